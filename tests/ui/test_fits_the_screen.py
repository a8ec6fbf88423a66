"""On a 1366×768 laptop nothing is cut off: the window opens within the screen, the editor
needs no sideways scroll bar, and the Visit posts tab no longer forces a 1,355-pixel width."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from mediadesk.context import AppContext
from mediadesk.domain.enquiry import Channel, NewEnquiry
from mediadesk.ui.mainwindow import MainWindow


def test_the_window_opens_within_the_screen(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    free = window.screen().availableGeometry()
    least = window.minimumSizeHint().width()
    assert least <= 1366 - 16  # it was 1,355: with its frame, wider than the laptop
    assert window.height() <= free.height()
    assert window.width() <= max(free.width(), least)  # not 1440 whatever the screen
    window.close()


def test_at_1366_by_768_the_editor_scrolls_only_down(qtbot: QtBot, ctx: AppContext) -> None:
    made = ctx.desk.enquiries.create(NewEnquiry(ctx.clock(), Channel.PHONE, "Bus lanes"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366 - 8, 768 - 40)
    window.show()
    qtbot.waitUntil(lambda: window.posts is not None)
    window.enquiries.refresh(select=made.id)
    qtbot.waitUntil(lambda: window.enquiries.editor.current is not None)
    qtbot.wait(50)
    form = window.enquiries.editor.findChild(QScrollArea)
    assert form is not None
    assert not form.horizontalScrollBar().isVisible()  # its buttons and "No deadline" show
    assert form.widget().width() <= form.viewport().width()
    table = window.enquiries.table  # every column in view, none past the right edge
    widths = [table.columnWidth(c) for c in range(table.model().columnCount())]
    assert sum(widths) <= table.viewport().width() and min(widths) > 20
    ref = window.enquiries.model.enquiry(0)
    assert ref is not None
    assert table.fontMetrics().horizontalAdvance(ref.ref) < widths[0]  # never cut short
    window.close()
