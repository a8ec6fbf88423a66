"""The enquiry list's columns share the list's width, so none hides past the right edge."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QTableView

from mediadesk.ui.enquiries.model import Column

# How the width is shared (the subject takes most); each column keeps at least LEAST pixels.
WEIGHTS = {
    Column.REF: 125,
    Column.DEADLINE: 130,
    Column.SUBJECT: 220,
    Column.STATUS: 130,
    Column.PRIORITY: 70,
    Column.JOURNALIST: 120,
    Column.OUTLET: 130,
    Column.OWNER: 100,
    Column.RECEIVED: 115,
}
LEAST = 56
SUBJECT_LEAST = 150


class FitColumns(QObject):
    """Re-shares the columns whenever the list's visible width changes (text elides, with
    the whole of it in the tooltip); a width the officer set by hand lasts until then."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a long (Welsh) name elides
        table.viewport().installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _least(self, column: Column) -> int:
        """Room for the column's name where the list can spare it (never over 110 px)."""
        model = self.table.model()
        name = str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model else ""
        wanted = self.table.horizontalHeader().fontMetrics().horizontalAdvance(name) + 24
        return max(LEAST, min(wanted, 110))

    def fit(self) -> None:
        # A reference is never cut short: it is what the journalist quotes back.
        ref = self.table.fontMetrics().horizontalAdvance("ENQ-2026-00000") + 16
        total = sum(WEIGHTS.values())
        # Narrower than every column's least, the list scrolls sideways.
        room = max(self.table.viewport().width(), ref + LEAST * (len(WEIGHTS) - 1))
        first = max(ref, room * WEIGHTS[Column.REF] // total)
        self.table.setColumnWidth(Column.REF, first)
        rest, weights = room - first, total - WEIGHTS[Column.REF]
        others = [c for c in WEIGHTS if c is not Column.REF]
        widths = {c: max(LEAST, rest * WEIGHTS[c] // weights) for c in others}
        # A column's name shows whole where the subject can spare the room.
        spare = max(widths[Column.SUBJECT] - SUBJECT_LEAST, 0)
        for column in others:
            grow = min(max(self._least(column) - widths[column], 0), spare)
            widths[column] += grow
            widths[Column.SUBJECT] -= grow
            spare -= grow
        last = others[-1]  # the last takes what rounding left
        widths[last] = max(LEAST // 2, rest - sum(w for c, w in widths.items() if c is not last))
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
