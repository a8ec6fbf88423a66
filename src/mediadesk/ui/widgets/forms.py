"""Helpers for building accessible, keyboard-friendly forms."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit, QPlainTextEdit, QWidget

from mediadesk.ui import i18n


class EnumCombo(QComboBox):
    """A combo box of enum members shown by label (Qt turns str enums into plain str)."""

    def __init__(self, members: list[Any], current: Any = None) -> None:
        super().__init__()
        self.members = list(members)
        for member in self.members:
            self.addItem(i18n.label(member) if hasattr(member, "label") else str(member.value))
        if current is not None:
            self.set_value(current)

    def value(self) -> Any:
        """The selected member."""
        return self.members[max(self.currentIndex(), 0)]

    def set_value(self, member: Any) -> None:
        """Select a member."""
        self.setCurrentIndex(self.members.index(member))


def enum_combo(members: list[Any], current: Any = None) -> EnumCombo:
    """A combo box listing enum members by their label."""
    return EnumCombo(members, current)


def set_completions(edit: QLineEdit, words: list[str]) -> None:
    """Offer `words` as case-insensitive, contains-matching completions."""
    completer = QCompleter(words, edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    edit.setCompleter(completer)


def buddy(text: str, widget: QWidget) -> QLabel:
    """A label with a mnemonic that moves focus to `widget`."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


class PlainText(QPlainTextEdit):
    """A plain text box where Tab moves focus on and leaving it signals editingFinished."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.FocusOut:
            self.editingFinished.emit()
        if (
            watched is self
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            event.ignore()  # let the window's Ctrl+Enter shortcut have it
            return True
        return False
