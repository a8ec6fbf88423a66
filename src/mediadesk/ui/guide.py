"""Help: the user guide (F1), every keyboard shortcut, and switching tabs from anywhere."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mediadesk.ui.links import open_link
from mediadesk.words import QT_TRANSLATE_NOOP

# Keys that are not menu items, as a person would look for them.
OTHER_KEYS = (
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Next tab"), "Ctrl+Tab, Ctrl+PgDown"),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Previous tab"), "Ctrl+Shift+Tab, Ctrl+PgUp"),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Log the enquiry (quick log)"), "Ctrl+Return"),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Leave the enquiry list (arrows move within it)"), "Tab"),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "An item's menu (monitoring)"), "Shift+F10, Menu"),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Open a monitoring item"), "Return"),
)


def guide_path() -> Path | None:
    """Where the user guide is: beside the frozen app, or in this checkout's docs."""
    frozen = getattr(sys, "_MEIPASS", None)
    places = [Path(frozen) / "docs"] if frozen else []
    places.append(Path(__file__).resolve().parents[3] / "docs")
    return next((p / "user-guide.md" for p in places if (p / "user-guide.md").is_file()), None)


class GuideDialog(QDialog):
    """The user guide, read inside MediaDesk (its web links open in the browser)."""

    def __init__(self, guide: Path, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("MediaDesk user guide"))
        self.resize(820, 640)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenLinks(False)  # only http(s) leaves MediaDesk; nothing else opens
        self.browser.anchorClicked.connect(lambda url: open_link(url.toString()))
        self.browser.setSearchPaths([str(guide.parent)])
        self.browser.setSource(
            QUrl.fromLocalFile(str(guide)), QTextDocument.ResourceType.MarkdownResource
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


def shortcuts(window: QMainWindow) -> list[tuple[str, str]]:
    """(what, keys) for every menu item with a shortcut, then the other keys."""
    found: list[tuple[str, str]] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys:
                where = top.text().replace("&", "")
                found.append((f"{where} → {action.text().replace('&', '')}", keys))
    return found + list(OTHER_KEYS)


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut in one table."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 520)
        rows = shortcuts(window)
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Does"), self.tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(self.tr(what)))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)


def install(window: QMainWindow, menu: QMenu, tabs: QTabWidget) -> None:
    """The Help menu's guide and shortcuts, and tab switching wherever the focus is."""

    def guide() -> None:
        found = guide_path()
        if found is None:
            QMessageBox.information(
                window,
                "MediaDesk",
                QCoreApplication.translate(
                    "Guide", "The user guide is not installed with this copy."
                ),
            )
            return
        GuideDialog(found, window).open()

    for text, slot, key in (
        (QCoreApplication.translate("Guide", "&User guide"), guide, "F1"),
        (
            QCoreApplication.translate("Guide", "&Keyboard shortcuts"),
            lambda: ShortcutsDialog(window).open(),
            "",
        ),
    ):
        action = QAction(text, window)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        menu.addAction(action)
    menu.addSeparator()

    def step(by: int) -> None:
        tabs.setCurrentIndex((tabs.currentIndex() + by) % max(tabs.count(), 1))

    # A text box or a list keeps Ctrl+Tab and Ctrl+PgDown for itself otherwise.
    for keys, by in (
        ("Ctrl+Tab", 1),
        ("Ctrl+PgDown", 1),
        ("Ctrl+Shift+Tab", -1),
        ("Ctrl+PgUp", -1),
    ):
        QShortcut(QKeySequence(keys), window).activated.connect(lambda b=by: step(b))
