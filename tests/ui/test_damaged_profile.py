"""A damaged profile found after the window opens: writes stop, the backup is offered."""

from __future__ import annotations

import hashlib
import sys

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from mediadesk.context import AppContext
from mediadesk.domain.enquiry import Channel, NewEnquiry
from mediadesk.storage import integrity
from mediadesk.ui.crash import CrashHandler
from mediadesk.ui.dialogs.damaged import DamagedDialog
from mediadesk.ui.mainwindow import MainWindow
from tests.conftest import flip_middle_bytes


@pytest.mark.qt_no_exception_capture  # errors reach the crash handler, as in the app
def test_the_window_stops_writing_and_restores_the_newest_backup(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = ctx.enquiries()
    for n in range(300):
        service.create(NewEnquiry(ctx.clock(), Channel.PHONE, f"Before the backup {n}"))
    backup = integrity.take_backup(ctx.conn, ctx.paths, integrity.REGULAR)
    service.create(NewEnquiry(ctx.clock(), Channel.PHONE, "After the backup"))
    ctx.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    flip_middle_bytes(ctx.paths.database, at=0.75)  # the enquiries' pages, past the schema's
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    monkeypatch.setattr(QApplication, "quit", lambda: told.append("quit"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    crashes: list[str] = []  # what any message box (a crash report included) would have said
    handler = CrashHandler(window, window.damage_from_error)
    monkeypatch.setattr(sys, "excepthook", handler.handle)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: crashes.append(box.text()) or 0)
    with qtbot.waitSignal(window.profile_damaged, timeout=20_000) as damaged:
        window.show()
    assert "The profile database is damaged" in damaged.args[0]
    assert f"The newest backup is {backup.name}" in damaged.args[0]
    with pytest.raises(Exception, match=r"readonly|read-only|query_only"):
        service.create(NewEnquiry(ctx.clock(), Channel.PHONE, "Written after the damage"))
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, DamagedDialog))
    assert dialog.isVisible() and dialog.restore_button is not None
    dialog.restore_button.click()
    assert told[-1] == "quit" and "The backup is back in place" in told[0]
    restored = hashlib.sha256(ctx.paths.database.read_bytes()).hexdigest()
    assert restored == hashlib.sha256(backup.read_bytes()).hexdigest()
    assert list(ctx.paths.root.glob("mediadesk.db.damaged-*"))
    # Whichever found the damage first (the check, or a tab reading the damaged page), no
    # crash report said "your saved work is safe", and only one damage dialog was shown.
    assert not any("Something went wrong" in str(c) for c in crashes), crashes
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, DamagedDialog)]
    assert len(dialogs) == 1
    window.close()
