"""Time to lock: from the lock to the data hidden, connections closed and key dropped.

Baseline: the raw floor of the same steps on a bare window (swap its central widget, close one
SQLCipher connection). `python benchmarks/lock_time.py [ENQUIRIES]` (default 100,000).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget

from _data import build_profile
from mediadesk.config.policy import Policy
from mediadesk.context import AppContext
from mediadesk.secrets import MemoryStore
from mediadesk.ui.mainwindow import MainWindow

COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
RUNS = 15


def bare(app: QApplication, window: QMainWindow, database: object) -> float:
    """The same steps on a bare window: swap the central widget, close one connection."""
    conn = database.connect()  # type: ignore[attr-defined]
    app.processEvents()
    began = time.perf_counter()
    taken = window.takeCentralWidget()
    window.setCentralWidget(QLabel("locked"))
    conn.close()
    app.processEvents()
    spent = time.perf_counter() - began
    if taken is not None:
        window.setCentralWidget(taken)
    app.processEvents()
    return spent


def main() -> None:
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        store = MemoryStore()
        database = build_profile(Path(tmp) / "profile", COUNT, store)
        ctx = AppContext.open(database, Policy(), secrets=store)
        window = MainWindow(ctx, identity_check=lambda password: password == "x")
        window.show()
        while window.monitoring is None:  # every tab built, as after a minute of use
            app.processEvents()
        plain = QMainWindow()
        plain.setCentralWidget(QTabWidget())
        plain.resize(window.size())
        plain.show()
        mediadesk, baseline = [], []
        for _ in range(RUNS):
            began = time.perf_counter()
            window.lock_control.lock("benchmark")
            app.processEvents()
            mediadesk.append(time.perf_counter() - began)
            window.lock_control.try_unlock("x")
            while window.lock_control.is_locked:  # the check answers from its thread
                app.processEvents()
            baseline.append(bare(app, plain, database))
        window.tasks.wait()
        plain.close()
        window.close()
        ctx.close()
    ours = statistics.median(mediadesk) * 1000
    floor = statistics.median(baseline) * 1000
    print(f"lock with {COUNT:,} enquiries: {ours:.1f} ms median of {RUNS}")
    print(f"bare window, same steps: {floor:.1f} ms; ratio {ours / floor:.2f}x")


if __name__ == "__main__":
    main()
