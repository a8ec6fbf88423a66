"""Reminders stay in the window until acknowledged: Focus Assist hides tray balloons."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mediadesk.context import AppContext
from mediadesk.domain.enquiry import Channel, NewEnquiry
from mediadesk.ui.mainwindow import MainWindow
from tests.conftest import FakeClock


def test_a_deadline_reminder_stays_until_dismissed(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock
) -> None:
    service = ctx.enquiries()
    for n in range(4):  # due just after half an hour: reminded within the first minute
        deadline = clock.now + timedelta(minutes=30, seconds=10 * (n + 1))
        service.create(NewEnquiry(clock.now, Channel.PHONE, f"Story {n}", deadline=deadline))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.completed, timeout=10_000):
        window.show()
    clock.now += timedelta(minutes=1)
    window.notifier.check()
    bar = window.reminders_bar
    assert bar is not None and bar.isVisible()
    assert "is due soon: Story" in bar.text.text() and "and 1 more" in bar.text.text()
    assert len(bar.lines) == 4
    clock.now += timedelta(minutes=30)
    window.notifier.check()  # now due: added to what is still unacknowledged
    assert len(bar.lines) == 8 and "is now due: Story" in bar.text.text()
    qtbot.mouseClick(bar.dismiss, Qt.MouseButton.LeftButton)
    assert not bar.isVisible() and bar.lines == []
    window.close()
