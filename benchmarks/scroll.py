"""Scrolling 100,000 enquiries: time per page repaint vs a bare QTableView over plain data."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTableView

from _data import build_profile
from mediadesk.services.enquiries import utc_now
from mediadesk.storage import enquiries as repo
from mediadesk.ui.enquiries.model import EnquiryTableModel

COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
STEPS = 200


class Plain(QAbstractTableModel):
    """The baseline: the same number of rows of constant strings, no database."""

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COUNT

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 9

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        return "ENQ-2026-00042" if role == Qt.ItemDataRole.DisplayRole else None


def _view(app: QApplication, model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.resize(1200, 800)
    view.setModel(model)
    view.show()
    app.processEvents()
    return view


def _jump(view: QTableView, step: int) -> float:
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() * step // STEPS)
    began = time.perf_counter()
    view.viewport().repaint()
    return time.perf_counter() - began


def main() -> None:
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        database = build_profile(Path(tmp) / "profile", COUNT)
        conn = database.connect()
        model = EnquiryTableModel(lambda ids: repo.get_many(conn, ids), utc_now)
        model.set_ids(repo.search_ids(conn, repo.EnquiryFilter()))
        ours, bare = _view(app, model), _view(app, Plain())
        # Interleaved, jump for jump, so both sides see the same noise from this machine.
        mine: list[float] = []
        theirs: list[float] = []
        for step in range(STEPS):
            mine.append(_jump(ours, step))
            theirs.append(_jump(bare, step))
        ours.close()
        bare.close()
        median_ours = statistics.median(mine) * 1000
        median_bare = statistics.median(theirs) * 1000
        p95 = statistics.quantiles(mine, n=20)[18] * 1000
        print(
            f"scrolling {COUNT:,} enquiries: median repaint {median_ours:.1f} ms per jump "
            f"(p95 {p95:.1f} ms; bare QTableView {median_bare:.1f} ms); "
            f"ratio {median_ours / median_bare:.2f}x (a frame is 16 ms)"
        )
        conn.close()


if __name__ == "__main__":
    main()
