"""A lazy table model over enquiry ids: rows are fetched a page at a time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from mediadesk.domain.deadlines import Urgency, countdown, urgency
from mediadesk.domain.enquiry import Enquiry
from mediadesk.domain.enquiry_filter import SortKey
from mediadesk.ui import i18n
from mediadesk.words import QT_TRANSLATE_NOOP

PAGE = 60  # rows read per fetch: a screenful and some (each row read costs ~10 µs)
CACHE_LIMIT = 5_000
Index = QModelIndex | QPersistentModelIndex
# A row as the list shows it: the text of each column, the deadline's urgency, the enquiry.
RowView = tuple[tuple[str, ...], Urgency, Enquiry]


class Column(IntEnum):
    """The list's columns, in order."""

    REF = 0
    DEADLINE = 1
    SUBJECT = 2
    STATUS = 3
    PRIORITY = 4
    JOURNALIST = 5
    OUTLET = 6
    OWNER = 7
    RECEIVED = 8


HEADERS = {
    Column.REF: QT_TRANSLATE_NOOP("Labels", "Reference"),
    Column.DEADLINE: QT_TRANSLATE_NOOP("Labels", "Deadline"),
    Column.STATUS: QT_TRANSLATE_NOOP("Labels", "Status"),
    Column.PRIORITY: QT_TRANSLATE_NOOP("Labels", "Priority"),
    Column.JOURNALIST: QT_TRANSLATE_NOOP("Labels", "Journalist"),
    Column.OUTLET: QT_TRANSLATE_NOOP("Labels", "Outlet"),
    Column.SUBJECT: QT_TRANSLATE_NOOP("Labels", "Subject"),
    Column.OWNER: QT_TRANSLATE_NOOP("Labels", "Owner"),
    Column.RECEIVED: QT_TRANSLATE_NOOP("Labels", "Received"),
}
SORT_KEYS = {
    Column.REF: SortKey.REF,
    Column.DEADLINE: SortKey.DEADLINE,
    Column.STATUS: SortKey.STATUS,
    Column.PRIORITY: SortKey.PRIORITY,
    Column.JOURNALIST: SortKey.JOURNALIST,
    Column.OUTLET: SortKey.OUTLET,
    Column.SUBJECT: SortKey.SUBJECT,
    Column.OWNER: SortKey.OWNER,
    Column.RECEIVED: SortKey.RECEIVED,
}
URGENCY_COLOURS = {Urgency.OVERDUE: QColor("#f4c7c3"), Urgency.DUE_SOON: QColor("#fce8b2")}
ID_ROLE = Qt.ItemDataRole.UserRole + 1
# data() runs for every visible cell and role (about 1,400 calls for a first screen): roles as
# plain ints, and a quick "not ours" for the many roles the list does not use.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_ID = int(ID_ROLE)
_ROLES = frozenset({_DISPLAY, _ACCESSIBLE, _TOOLTIP, _BACKGROUND, _FOREGROUND, _FONT, _ID})
_DEADLINE = int(Column.DEADLINE)
_SUBJECT = int(Column.SUBJECT)


class EnquiryTableModel(QAbstractTableModel):
    """Shows the enquiries whose ids it holds; fetches their rows on demand."""

    def __init__(
        self,
        fetch: Callable[[Sequence[int]], dict[int, Enquiry]],
        clock: Callable[[], datetime],
        on_sort: Callable[[SortKey, bool], None] | None = None,
    ) -> None:
        super().__init__()
        self._fetch = fetch  # the rows for some ids (the Desk's enquiries.get_many)
        self._clock = clock
        self._ids: list[int] = []
        self._rows: dict[int, Enquiry] = {}
        self._views: dict[int, RowView] = {}
        self._on_sort = on_sort
        self._now = clock()
        self._brushes = {state: QBrush(colour) for state, colour in URGENCY_COLOURS.items()}
        self._ink = QBrush(QColor("#202124"))  # dark text on the light highlight, in any theme
        self._bold = QFont()
        self._bold.setBold(True)

    # -- contents --------------------------------------------------------------------------
    def set_ids(self, ids: list[int]) -> None:
        """Show these enquiries, in this order."""
        self.beginResetModel()
        self._ids = ids
        self._rows.clear()
        self._views.clear()
        self._now = self._clock()
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def enquiry_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, enquiry_id: int) -> int | None:
        try:
            return self._ids.index(enquiry_id)
        except ValueError:
            return None

    def enquiry(self, row: int) -> Enquiry | None:
        """The enquiry on a row, fetching its page if needed."""
        if not 0 <= row < len(self._ids):
            return None
        found = self._rows.get(self._ids[row])
        if found is None:
            if len(self._rows) > CACHE_LIMIT:
                self._rows.clear()
                self._views.clear()
            start = max(0, row - PAGE // 4)
            self._rows.update(self._fetch(self._ids[start : start + PAGE]))
            found = self._rows.get(self._ids[row])
        return found

    def refresh_row(self, enquiry_id: int) -> None:
        """Re-read one enquiry after it changed."""
        row = self.row_of(enquiry_id)
        self._rows.pop(enquiry_id, None)
        self._views.pop(enquiry_id, None)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def tick(self) -> None:
        """Move the countdowns on; repaints only the deadline column."""
        self._now = self._clock()
        self._views.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, Column.DEADLINE), self.index(len(self._ids) - 1, Column.DEADLINE)
            )

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)  # tooltip: elided
        if orientation == Qt.Orientation.Horizontal and role in shown:
            return (
                i18n.translate_label(HEADERS[Column(section)])
                if 0 <= section < len(Column)
                else None
            )
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _ROLES:
            return None
        row = index.row()  # the cached row inline: Qt asks ~1,600 times per repaint
        view = self._views.get(self._ids[row]) if 0 <= row < len(self._ids) else None
        if view is None and (view := self._view(row)) is None:
            return None
        column = index.column()
        if not 0 <= column < len(view[0]):
            return None
        texts, state, enquiry = view
        if role in (_DISPLAY, _ACCESSIBLE):
            return texts[column]
        if role == _BACKGROUND:
            return self._brushes.get(state)
        if role == _FOREGROUND:
            return self._ink if state in self._brushes else None
        if role == _FONT:
            return self._bold if column == _DEADLINE and state is Urgency.OVERDUE else None
        if role == _ID:
            return enquiry.id
        if column == _DEADLINE and enquiry.deadline:  # the tooltip
            return i18n.long_date(enquiry.deadline)
        if column == _SUBJECT:
            return enquiry.questions[:500] or None
        return None

    def _view(self, row: int) -> RowView | None:
        """A row's texts and urgency, worked out once per row (and again after each tick)."""
        if not 0 <= row < len(self._ids):
            return None
        view = self._views.get(self._ids[row])
        if view is None:
            enquiry = self.enquiry(row)
            if enquiry is None:
                return None
            state = urgency(enquiry.deadline, self._now, enquiry.status.is_open)
            view = (tuple(self._text(enquiry, column) for column in Column), state, enquiry)
            self._views[enquiry.id] = view
        return view

    def _text(self, e: Enquiry, column: Column) -> str:
        if column is Column.REF:
            return e.ref
        if column is Column.DEADLINE:
            if e.deadline is None:
                return ""
            return (
                countdown(e.deadline, self._now, i18n.countdown_words)
                if e.status.is_open
                else i18n.short(e.deadline)
            )
        if column is Column.STATUS:
            return i18n.label(e.status)
        if column is Column.PRIORITY:
            return i18n.label(e.priority)
        if column is Column.JOURNALIST:
            return e.journalist
        if column is Column.OUTLET:
            return e.outlet
        if column is Column.SUBJECT:
            return e.subject
        if column is Column.OWNER:
            return e.owner
        return i18n.date_time(e.received)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._on_sort is not None and 0 <= column < len(Column):
            self._on_sort(SORT_KEYS[Column(column)], order == Qt.SortOrder.DescendingOrder)
