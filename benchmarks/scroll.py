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


def scroll(app: QApplication, model: QAbstractTableModel) -> float:
    view = QTableView()
    view.resize(1200, 800)
    view.setModel(model)
    view.show()
    app.processEvents()
    bar = view.verticalScrollBar()
    samples = []
    for step in range(STEPS):
        bar.setValue(bar.maximum() * step // STEPS)
        began = time.perf_counter()
        view.viewport().repaint()
        samples.append(time.perf_counter() - began)
    view.close()
    return statistics.quantiles(samples, n=20)[18] * 1000


def main() -> None:
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        database = build_profile(Path(tmp) / "profile", COUNT)
        conn = database.connect()
        model = EnquiryTableModel(lambda ids: repo.get_many(conn, ids), utc_now)
        model.set_ids(repo.search_ids(conn, repo.EnquiryFilter()))
        ours = scroll(app, model)
        bare = scroll(app, Plain())
        print(
            f"scrolling {COUNT:,} enquiries: p95 repaint {ours:.1f} ms per jump (bare "
            f"QTableView {bare:.1f} ms); ratio {ours / bare:.1f}x (a frame is 16 ms)"
        )
        conn.close()


if __name__ == "__main__":
    main()
