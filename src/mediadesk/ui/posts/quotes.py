"""The minister's quotes for a visit: kept from a post's text, inserted into another."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPlainTextEdit, QPushButton, QWidget

from mediadesk.services.posts import PostService
from mediadesk.ui.widgets.access import named


class QuoteBar(QWidget):
    """A list of the visit's quotes with Insert and 'Keep selection as a quote'."""

    message = Signal(str)

    def __init__(self, service: Callable[[], PostService], editor: QPlainTextEdit) -> None:
        super().__init__()
        self._service = service
        self._editor = editor
        self._visit_id: int | None = None
        self.quotes = QComboBox()
        self.quotes.setMinimumContentsLength(30)
        named(self.quotes, self.tr("Minister's quotes"))
        insert = QPushButton(self.tr("&Insert quote"))
        insert.clicked.connect(self.insert_quote)
        keep = QPushButton(self.tr("&Keep selection as a quote"))
        keep.clicked.connect(self.keep_quote)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.quotes, 1)
        row.addWidget(insert)
        row.addWidget(keep)

    def load(self, visit_id: int | None) -> None:
        """Show the quotes kept for a visit (none without one)."""
        self._visit_id = visit_id
        self.quotes.clear()
        if visit_id is None:
            return
        for _id, text in self._service().snippets(visit_id):
            self.quotes.addItem(text if len(text) < 80 else text[:77] + "…", text)

    def insert_quote(self) -> None:
        text = self.quotes.currentData()
        if text:
            self._editor.insertPlainText(f"“{text}”")

    def keep_quote(self) -> None:
        if self._visit_id is None:
            return
        chosen = self._editor.textCursor().selectedText().replace("\u2029", "\n").strip("“” ")
        if not chosen:
            self.message.emit(self.tr("Select the minister's words in the text first."))
            return
        self._service().add_snippet(self._visit_id, chosen)
        self.load(self._visit_id)
        self.message.emit(self.tr("Quote kept for this visit."))
