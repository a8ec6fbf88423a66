"""Keyboard only: the enquiry list is no trap, and Ctrl+Tab goes from tab to tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mediadesk.context import AppContext
from mediadesk.domain.enquiry import Channel, NewEnquiry
from mediadesk.ui.mainwindow import MainWindow


def test_tab_leaves_the_enquiry_list_and_arrows_move_within_it(
    qtbot: QtBot, ctx: AppContext
) -> None:
    ctx.enquiries().create_many(
        [NewEnquiry(ctx.clock(), Channel.EMAIL, f"Subject {n}") for n in range(3)]
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    table = window.enquiries.table
    qtbot.waitUntil(lambda: window.enquiries.model.rowCount() == 3)
    with qtbot.waitActive(window):
        window.activateWindow()
    table.setFocus()
    assert table.hasFocus()
    table.setCurrentIndex(window.enquiries.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1  # arrows move within the list
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not None and focused is not table  # Tab left the list…
    assert window.isAncestorOf(focused)  # …for the next control of the window
    assert table.currentIndex().row() == 1  # and did not move the selection
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1  # Ctrl+Tab: the next tab, Visit posts
    window.close()
