"""Composition root of the GUI: open the profile, then show the main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from mediadesk import APP_NAME, __version__
from mediadesk.config.policy import load_policy
from mediadesk.context import AppContext
from mediadesk.errors import KeyringUnavailable, KnownError
from mediadesk.logs import setup as setup_logs
from mediadesk.paths import ProfilePaths, resolve_profile
from mediadesk.secrets import KeyringStore, SecretStore
from mediadesk.storage.profile import Database, needs_passphrase, open_profile, read_manifest

log = logging.getLogger("mediadesk.app")


def _keyring() -> tuple[SecretStore | None, str]:
    try:
        return KeyringStore(), ""
    except KeyringUnavailable as exc:
        return None, exc.message


def open_database_interactively(paths: ProfilePaths, passphrase_allowed: bool) -> Database | None:
    """Open the profile, asking for a passphrase where the profile or machine needs one."""
    from mediadesk.ui.dialogs.passphrase import PassphraseDialog

    if needs_passphrase(paths):
        while True:
            dialog = PassphraseDialog(
                f"Enter the passphrase of the profile in {paths.root}.", confirm=False
            )
            if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
                return None
            try:
                return open_profile(paths, None, passphrase=dialog.passphrase())
            except KnownError as exc:
                if "different key" not in exc.message:
                    raise
                QMessageBox.warning(None, APP_NAME, "That passphrase is not right. Try again.")
    store, why = _keyring()
    if store is not None or read_manifest(paths) is not None:
        return open_profile(paths, store)
    if not passphrase_allowed:
        raise KnownError(
            f"{why} Your organisation does not allow passphrase-protected "
            "profiles, so MediaDesk cannot start. Contact IT support."
        )
    dialog = PassphraseDialog(
        f"{why}\n\nChoose a passphrase of at least 12 characters. You will need it each time "
        "MediaDesk starts; if it is lost, the data cannot be recovered.",
        confirm=True,
    )
    if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
        return None
    return open_profile(paths, None, passphrase=dialog.passphrase())


def run_gui(profile: str | None) -> int:
    """Start the desktop application; returns its exit code."""
    from mediadesk.ui.crash import CrashHandler
    from mediadesk.ui.single_instance import InstanceServer, ask_running_instance
    from mediadesk.ui.tasks import settle_heap
    from mediadesk.ui.theme import app_icon, apply_theme

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(app_icon())
    paths = resolve_profile(profile)
    if ask_running_instance(paths):
        print("MediaDesk is already running with this profile; brought it to the front.")
        return 0
    setup_logs(paths.logs)
    log.info("MediaDesk %s starting", __version__)
    policy = load_policy()
    server = InstanceServer(paths)
    try:
        from mediadesk.config.settings import BY_KEY, coerce

        allowed = policy.values.get("profile.passphrase_allowed", True)
        try:
            allowed = coerce(BY_KEY["profile.passphrase_allowed"], allowed)
        except KnownError:
            allowed = True
        database = open_database_interactively(paths, bool(allowed))
    except KnownError as exc:
        log.warning("profile did not open: %s", type(exc).__name__)
        QMessageBox.critical(None, APP_NAME, exc.message)
        return 1
    if database is None:
        return 1
    ctx = AppContext.open(database, policy, secrets=_keyring()[0])
    apply_theme(app, str(ctx.settings.get("ui.theme")))

    from mediadesk.ui.mainwindow import MainWindow

    window = MainWindow(ctx)
    CrashHandler(window).install()
    server.raise_requested.connect(window.bring_to_front)
    window.show()
    settle_heap()
    code = app.exec()
    ctx.close()
    return int(code)
