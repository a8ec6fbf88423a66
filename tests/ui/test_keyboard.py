"""Keyboard only: the enquiry list is no trap, and Ctrl+Tab goes from tab to tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mediadesk.context import AppContext
from mediadesk.domain.enquiry import Channel, NewEnquiry, Status
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


def test_the_workflow_steps_come_in_reading_order_before_the_subject(
    qtbot: QtBot, ctx: AppContext
) -> None:
    from PySide6.QtWidgets import QPushButton

    made = ctx.enquiries().create(NewEnquiry(ctx.clock(), Channel.PHONE, "Bus lanes"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.enquiries.refresh(select=made.id)
    editor = window.enquiries.editor
    qtbot.waitUntil(lambda: editor.current is not None)

    def steps() -> list[str]:
        row = editor.action_row
        found = [row.itemAt(i).widget() for i in range(row.count())]  # type: ignore[union-attr]
        return [w.text() for w in found if isinstance(w, QPushButton)]

    first = steps()
    editor.move_to(Status.IN_PROGRESS)  # a step rebuilds the buttons: the order must hold
    qtbot.waitUntil(lambda: steps() != first)
    qtbot.wait(50)  # focus stays with the steps once the new ones show
    shown = steps()
    editor.subject.setFocus()
    for name in reversed(shown):  # Shift+Tab from the subject walks back over the steps
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        focused = QApplication.focusWidget()
        assert isinstance(focused, QPushButton) and focused.text() == name
    for _ in shown:  # and Tab from the first step walks on over them to the subject
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.subject
    window.close()
