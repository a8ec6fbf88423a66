"""A lazy table model over enquiry ids: rows are fetched a page at a time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from mediadesk.domain.deadlines import Urgency, countdown, urgency
from mediadesk.domain.enquiry import Enquiry
from mediadesk.storage import enquiries as repo
from mediadesk.storage.db import Connection

PAGE = 200
CACHE_LIMIT = 5_000
Index = QModelIndex | QPersistentModelIndex


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
    Column.REF: "Reference",
    Column.DEADLINE: "Deadline",
    Column.STATUS: "Status",
    Column.PRIORITY: "Priority",
    Column.JOURNALIST: "Journalist",
    Column.OUTLET: "Outlet",
    Column.SUBJECT: "Subject",
    Column.OWNER: "Owner",
    Column.RECEIVED: "Received",
}
SORT_KEYS = {
    Column.REF: repo.SortKey.REF,
    Column.DEADLINE: repo.SortKey.DEADLINE,
    Column.STATUS: repo.SortKey.STATUS,
    Column.PRIORITY: repo.SortKey.PRIORITY,
    Column.JOURNALIST: repo.SortKey.JOURNALIST,
    Column.OUTLET: repo.SortKey.OUTLET,
    Column.SUBJECT: repo.SortKey.SUBJECT,
    Column.OWNER: repo.SortKey.OWNER,
    Column.RECEIVED: repo.SortKey.RECEIVED,
}
URGENCY_COLOURS = {Urgency.OVERDUE: QColor("#f4c7c3"), Urgency.DUE_SOON: QColor("#fce8b2")}
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class EnquiryTableModel(QAbstractTableModel):
    """Shows the enquiries whose ids it holds; fetches their rows on demand."""

    def __init__(
        self,
        conn: Connection,
        clock: Callable[[], datetime],
        on_sort: Callable[[repo.SortKey, bool], None] | None = None,
    ) -> None:
        super().__init__()
        self._conn = conn
        self._clock = clock
        self._ids: list[int] = []
        self._rows: dict[int, Enquiry] = {}
        self._on_sort = on_sort
        self._now = clock()

    # -- contents --------------------------------------------------------------------------
    def set_ids(self, ids: list[int]) -> None:
        """Show these enquiries, in this order."""
        self.beginResetModel()
        self._ids = ids
        self._rows.clear()
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
            start = max(0, row - PAGE // 4)
            self._rows.update(repo.get_many(self._conn, self._ids[start : start + PAGE]))
            found = self._rows.get(self._ids[row])
        return found

    def refresh_row(self, enquiry_id: int) -> None:
        """Re-read one enquiry after it changed."""
        row = self.row_of(enquiry_id)
        self._rows.pop(enquiry_id, None)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def tick(self) -> None:
        """Move the countdowns on; repaints only the deadline column."""
        self._now = self._clock()
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
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)] if 0 <= section < len(Column) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        enquiry = self.enquiry(index.row())
        if enquiry is None:
            return None
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(enquiry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.DEADLINE and enquiry.deadline:
            return enquiry.deadline.astimezone().strftime("%A %d %B %Y, %H:%M")
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.SUBJECT:
            return enquiry.questions[:500] or None
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = URGENCY_COLOURS.get(
                urgency(enquiry.deadline, self._now, enquiry.status.is_open)
            )
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            state = urgency(enquiry.deadline, self._now, enquiry.status.is_open)
            return QBrush(QColor("#202124")) if state in URGENCY_COLOURS else None
        if (
            role == Qt.ItemDataRole.FontRole
            and column is Column.DEADLINE
            and urgency(enquiry.deadline, self._now, enquiry.status.is_open) is Urgency.OVERDUE
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == ID_ROLE:
            return enquiry.id
        return None

    def _text(self, e: Enquiry, column: Column) -> str:
        if column is Column.REF:
            return e.ref
        if column is Column.DEADLINE:
            if e.deadline is None:
                return ""
            return (
                countdown(e.deadline, self._now)
                if e.status.is_open
                else (e.deadline.astimezone().strftime("%d/%m %H:%M"))
            )
        if column is Column.STATUS:
            return e.status.label
        if column is Column.PRIORITY:
            return e.priority.label
        if column is Column.JOURNALIST:
            return e.journalist
        if column is Column.OUTLET:
            return e.outlet
        if column is Column.SUBJECT:
            return e.subject
        if column is Column.OWNER:
            return e.owner
        return e.received.astimezone().strftime("%d/%m/%Y %H:%M")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._on_sort is not None and 0 <= column < len(Column):
            self._on_sort(SORT_KEYS[Column(column)], order == Qt.SortOrder.DescendingOrder)
