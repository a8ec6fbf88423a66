"""Resident memory with 1,000,000 monitoring items and 20 columns open vs a bare window."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import build_monitoring

COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000

BARE = r"""
import resource, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1600, 900); w.show()
QTimer.singleShot(500, app.quit)
app.exec()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

OURS = r"""
import resource, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from mediadesk.config.policy import Policy
from mediadesk.context import AppContext
from mediadesk.paths import ProfilePaths
from mediadesk.secrets import MemoryStore
from mediadesk.storage.profile import open_profile, read_manifest
paths = ProfilePaths(Path(sys.argv[1]), custom=True)
store = MemoryStore()
store.set(read_manifest(paths).keyring_entry, sys.argv[2])
ctx = AppContext.open(open_profile(paths, store), Policy())
from mediadesk.ui.mainwindow import MainWindow
w = MainWindow(ctx); w.resize(1600, 900)
def ready():  # the Monitoring tab is built after the first frame: wait for it, not a delay
    w.monitoring.scheduler.stop()
    w.tabs.setCurrentWidget(w.monitoring_page)
    QTimer.singleShot(0, done)
def done():
    assert len(w.monitoring.widgets) == 20, len(w.monitoring.widgets)
    w.monitoring.search.setText("school minister")
    w.monitoring.run_search()
    app.processEvents()
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    app.quit()
w.monitoring_ready.connect(ready)
w.show()
app.exec()
"""


def peak_kib(code: str, *args: str) -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True
    )
    return int(out.stdout.strip().splitlines()[-1])


def main() -> None:
    from mediadesk.secrets import MemoryStore

    with tempfile.TemporaryDirectory() as tmp:
        store = MemoryStore()
        build_monitoring(Path(tmp) / "profile", COUNT, store=store)
        key = next(iter(store._items.values()))
        bare = peak_kib(BARE) / 1024
        ours = peak_kib(OURS, str(Path(tmp) / "profile"), key) / 1024
        print(
            f"peak resident memory, {COUNT:,} items and 20 columns open: {ours:.0f} MB "
            f"(bare PySide6 window {bare:.0f} MB); ratio {ours / bare:.2f}x "
            "(target < 300 MB)"
        )


if __name__ == "__main__":
    main()
