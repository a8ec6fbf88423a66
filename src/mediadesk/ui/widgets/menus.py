"""Context menus from the keyboard: Shift+F10 wherever the Menu key opens one."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView


def keyboard_menu(view: QAbstractItemView) -> QShortcut | None:
    """Let Shift+F10 (and the Menu key) open `view`'s context menu at its current item.

    Windows turns Shift+F10 into a context-menu event itself; Qt on Linux does not, and the
    Menu key asks for the menu at the middle of the view, which may fall between items.
    """
    if sys.platform == "win32":  # Windows sends Shift+F10 as the context-menu event itself
        return None
    shortcut = QShortcut(QKeySequence("Shift+F10"), view)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(lambda: view.customContextMenuRequested.emit(at_current(view)))
    return shortcut


def at_current(view: QAbstractItemView) -> QPoint:
    """Where a keyboard-opened menu belongs: the current item (in viewport coordinates)."""
    index = view.currentIndex()
    if not index.isValid():
        return view.viewport().rect().center()
    return view.visualRect(index).center()
