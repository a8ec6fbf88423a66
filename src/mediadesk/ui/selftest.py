"""`mediadesk --self-test`: prove a build works end to end with a throwaway profile."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from mediadesk import __version__
from mediadesk.errors import KnownError


def _checks(root: Path, say: Callable[[str], None]) -> None:
    from mediadesk.config.policy import Policy
    from mediadesk.context import AppContext
    from mediadesk.domain.enquiry import Channel, NewEnquiry
    from mediadesk.paths import ProfilePaths
    from mediadesk.secrets import KeyringStore
    from mediadesk.storage.profile import open_profile, read_manifest

    paths = ProfilePaths(root / "profile", custom=True)
    store: KeyringStore | None
    try:
        store = KeyringStore()
        say(f"keyring backend {store.backend_name}")
    except KnownError as exc:
        store = None
        say(f"no usable keyring ({exc.message.split(':')[0]}); using the passphrase path")
    database = open_profile(paths, store, passphrase=None if store else "self-test passphrase")
    manifest = read_manifest(paths)
    try:
        ctx = AppContext.open(database, Policy())
        created = ctx.enquiries().create(NewEnquiry(ctx.clock(), Channel.PHONE, "Self-test"))
        found = ctx.enquiries().get(created.id)
        assert found.subject == "Self-test"
        cipher = ctx.conn.execute("PRAGMA cipher_version").fetchone()[0]
        problems = list(ctx.conn.execute("PRAGMA cipher_integrity_check"))
        assert not problems, problems
        head = paths.database.read_bytes()[:16]
        assert not head.startswith(b"SQLite format 3"), "database is not encrypted"
        say(f"encrypted database (SQLCipher {cipher}) written, read back and verified")

        import openpyxl  # noqa: F401  (XLSX import and export)

        say("spreadsheet support loads")
        from mediadesk.domain.counting import bluesky_count, x_count

        weighed = x_count("Croeso 👩‍🍳 https://www.gov.wales/ 日本")
        assert weighed.used == 6 + 1 + 2 + 1 + 23 + 1 + 4, weighed
        assert bluesky_count("👩‍🍳").used == 1
        say("post counters load (X twitter-text data, Bluesky graphemes)")
        from mediadesk.net.client import ssl_context

        ssl_context()
        say("system TLS trust store loads")
        import spnego

        assert spnego.client("self-test", "-", protocol="ntlm").step(None), "no NTLM token"
        if sys.platform == "win32":  # Windows sign-in to proxies goes through SSPI
            import sspilib  # noqa: F401
        say("proxy sign-in (Negotiate/NTLM) loads")

        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([sys.argv[0]])
        from mediadesk.ui.mainwindow import MainWindow
        from mediadesk.ui.theme import apply_theme

        assert isinstance(app, QApplication)
        apply_theme(app, "system")
        window = MainWindow(ctx)
        window.show()
        deadline = 200
        while window.enquiries.model.rowCount() == 0 and deadline:
            app.processEvents()
            window.tasks.wait(20)
            deadline -= 1
        app.processEvents()
        image = window.grab().toImage()
        assert not image.isNull() and image.width() > 100
        assert window.enquiries.model.rowCount() == 1, "the enquiry list stayed empty"
        say(
            f"main window rendered ({image.width()}x{image.height()}, platform "
            f"{app.platformName()}) and lists the enquiry"
        )
        window.close()
        window.tasks.shutdown()
        ctx.close()
    finally:
        if store is not None and manifest is not None:
            store.delete(manifest.keyring_entry)


def run_self_test() -> int:
    """Run every check; print what was checked; 0 only if all passed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    build = "frozen" if getattr(sys, "frozen", False) else "source"
    print(f"MediaDesk {__version__} self-test ({build})")
    root = Path(tempfile.mkdtemp(prefix="mediadesk-selftest-"))
    try:
        _checks(root, lambda line: print(f"ok: {line}", flush=True))
    except Exception as exc:
        print(f"FAIL: {type(exc).__name__}: {exc}")
        traceback.print_exc()
        return 1
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print("self-test passed")
    return 0
