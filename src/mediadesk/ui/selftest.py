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


def _checks(root: Path, say: Callable[[str], None]) -> None:
    from mediadesk.config.policy import Policy
    from mediadesk.context import AppContext
    from mediadesk.services import self_check

    database, store, manifest = self_check.scratch_profile(root, say)
    try:
        ctx = AppContext.open(database, Policy())
        self_check.check_data(ctx.desk, say)
        self_check.check_libraries(say)

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
