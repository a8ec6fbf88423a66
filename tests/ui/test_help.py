"""Help from the keyboard: F1 opens the guide, every shortcut listed, tabs switched anywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mediadesk.ui.guide import GuideDialog, ShortcutsDialog, guide_path
from mediadesk.ui.mainwindow import MainWindow


def test_f1_opens_the_user_guide_with_its_pictures(qtbot: QtBot, window: MainWindow) -> None:
    assert guide_path() is not None
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(window.findChildren(GuideDialog)))
    dialog = window.findChildren(GuideDialog)[-1]
    text = dialog.browser.toPlainText()
    assert "Log a call" in text and "Clear a response" in text and "Offline" in text
    assert "screenshots/quick-log.png" in dialog.browser.toHtml()  # the pictures are found
    dialog.close()


def test_the_shortcuts_list_has_every_menu_key_and_the_others(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    rows = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
        for r in range(dialog.table.rowCount())
    }
    assert rows["Enquiries → New enquiry"] == "Ctrl+N"
    assert rows["File → Lock MediaDesk"] == "Ctrl+L"
    assert rows["Help → User guide"] == "F1"
    assert "Shift+F10" in rows["An item's menu (monitoring)"]
    assert len(set(rows.values()) - {""}) >= 10


def test_ctrl_page_down_switches_tabs_even_from_a_text_box(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.tabs.setCurrentIndex(0)
    search = window.enquiries.filters.search
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    qtbot.keyClick(search, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier
    )
    assert window.tabs.currentIndex() == 0
