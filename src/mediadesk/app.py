"""Composition root of the GUI: open the profile, then show the main window."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from mediadesk import APP_NAME, __version__
from mediadesk.config.policy import load_policy
from mediadesk.context import AppContext
from mediadesk.errors import KeyringUnavailable, KnownError
from mediadesk.logs import setup as setup_logs
from mediadesk.paths import ProfilePaths, resolve_profile
from mediadesk.secrets import KeyringStore, SecretStore
from mediadesk.storage.profile import (
    Database,
    needs_passphrase,
    open_profile,
    read_manifest,
    writable_problem,
)
from mediadesk.words import QT_TRANSLATE_NOOP, Said

if TYPE_CHECKING:
    from mediadesk.ui.mainwindow import MainWindow

log = logging.getLogger("mediadesk.app")
Keyring = Callable[[], tuple[SecretStore | None, str]]


def os_keyring() -> tuple[SecretStore | None, str]:
    """The OS keyring, or None and the sentence that says why it cannot be used."""
    try:
        return KeyringStore(), ""
    except KeyringUnavailable as exc:
        return None, exc.message


def open_database_interactively(
    paths: ProfilePaths, passphrase_allowed: bool, keyring: tuple[SecretStore | None, str]
) -> Database | None:
    """Open the profile, asking for a passphrase where the profile or machine needs one."""
    store, why = keyring
    if not needs_passphrase(paths) and (store is not None or read_manifest(paths) is not None):
        try:
            return open_profile(paths, store)  # the usual start: the key is in the keyring
        except KeyringUnavailable as exc:
            if read_manifest(paths) is not None:
                raise  # its key is in the keyring: a passphrase cannot open it
            why = exc.message  # a new profile, and the keyring refused its key
            store = None
    from PySide6.QtWidgets import QMessageBox

    from mediadesk.ui.dialogs.passphrase import PassphraseDialog
    from mediadesk.ui.i18n import Words, message

    if needs_passphrase(paths):
        while True:
            dialog = PassphraseDialog(
                Words.tr("Enter the passphrase of the profile in {root}.").format(root=paths.root),
                confirm=False,
            )
            if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
                return None
            try:
                return open_profile(paths, None, passphrase=dialog.passphrase())
            except KnownError as exc:
                if "different key" not in exc.message:
                    raise
                QMessageBox.warning(
                    None, APP_NAME, Words.tr("That passphrase is not right. Try again.")
                )
    # A new profile on a machine with no usable keyring: protect it with a passphrase.
    if not passphrase_allowed:
        raise KnownError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{why} Your organisation does not allow passphrase-protected profiles, so "
                    "MediaDesk cannot start. Contact IT support.",
                ),
                why=why,
            )
        )
    dialog = PassphraseDialog(
        Words.tr(
            "{why}\n\nChoose a passphrase of at least 12 characters. You will need it each time "
            "MediaDesk starts; if it is lost, the data cannot be recovered."
        ).format(why=message(why)),
        confirm=True,
    )
    if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
        return None
    return open_profile(paths, None, passphrase=dialog.passphrase())


def show_main_window(ctx: AppContext) -> MainWindow:
    """Apply the theme and show the main window; it completes itself after the first frame."""
    from mediadesk.ui import i18n
    from mediadesk.ui.crash import CrashHandler
    from mediadesk.ui.mainwindow import MainWindow
    from mediadesk.ui.tasks import settle_heap
    from mediadesk.ui.theme import apply_theme, make_application

    app = make_application()
    apply_theme(app, ctx.settings.text("ui.theme"))
    i18n.install(app, i18n.choose(ctx.settings.text("ui.language")))
    window = MainWindow(ctx)
    CrashHandler(window, window.damage_from_error).install()
    window.completed.connect(settle_heap)
    window.show()
    return window


def start_gui(profile: str | None, keyring: Keyring = os_keyring) -> MainWindow | int:
    """Everything from the application object to the main window on screen, or an exit code."""
    from PySide6.QtWidgets import QMessageBox

    from mediadesk.ui.single_instance import ask_running_instance, claim_profile
    from mediadesk.ui.theme import make_application

    app = make_application()
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    from mediadesk.ui import i18n

    # Until the profile is open only IT's policy or the system can name the language.
    policy = load_policy()
    i18n.install(app, i18n.choose(str(policy.values.get("ui.language", "system"))))
    from mediadesk.ui.i18n import Words

    paths = resolve_profile(profile)
    problem = writable_problem(paths)
    if problem:
        QMessageBox.critical(None, APP_NAME, i18n.message(problem))
        return 1
    new_profile = read_manifest(paths) is None and not paths.database.exists()
    lock = claim_profile(paths)
    if lock is None:
        if ask_running_instance(paths):
            print("MediaDesk is already running with this profile; brought it to the front.")
            return 0
        QMessageBox.critical(
            None,
            APP_NAME,
            Words.tr(
                "MediaDesk is already running with the profile in {root}, but it did not "
                "answer. Close it (or end it in the Task Manager) and start MediaDesk again."
            ).format(root=paths.root),
        )
        return 1
    setup_logs(paths.logs)
    log.info("MediaDesk %s starting", __version__)
    store = keyring()
    try:
        from mediadesk.config.settings import BY_KEY, coerce

        allowed = policy.values.get("profile.passphrase_allowed", True)
        try:
            allowed = coerce(BY_KEY["profile.passphrase_allowed"], allowed)
        except KnownError:
            allowed = True
        database = open_database_interactively(paths, bool(allowed), store)
    except KnownError as exc:
        log.warning("profile did not open: %s", type(exc).__name__)
        QMessageBox.critical(None, APP_NAME, exc.message)
        return 1
    if database is None:
        return 1
    ctx = AppContext.open(database, policy, secrets=store[0])
    window = show_main_window(ctx)
    window.profile_lock = lock

    def listen() -> None:  # a later start on this profile asks here to be brought forward
        from mediadesk.ui.single_instance import InstanceServer

        InstanceServer(paths, window).raise_requested.connect(window.bring_to_front)

    window.completed.connect(listen)

    def welcome() -> None:  # a new officer's name, before anything is logged
        window.joining.welcome()

    window.completed.connect(welcome)
    if new_profile:
        window.say(f"Created a new MediaDesk profile in {paths.root}.")
    return window


def run_gui(profile: str | None) -> int:
    """Start the desktop application; returns its exit code."""
    from PySide6.QtWidgets import QApplication

    window = start_gui(profile)
    if isinstance(window, int):
        return window
    code = QApplication.exec()
    window.ctx.close()
    if window.profile_lock is not None:
        window.profile_lock.unlock()
    return int(code)
