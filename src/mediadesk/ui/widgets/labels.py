"""Labels for text MediaDesk did not write itself: shown as typed, never read as markup."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows `text` literally.

    QLabel's default (AutoText) renders anything that looks like HTML, so a feed title, a
    server's error or a journalist's name could draw images or links; these never do.
    """
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def markup_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label for MediaDesk's own markup (coloured counts); outside text in it is escaped."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(text)
    return label
