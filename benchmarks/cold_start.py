"""Cold start to a usable window with a 100,000-enquiry profile vs a bare PySide6 window."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import build_profile
from mediadesk.secrets import MemoryStore

COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
RUNS = 5

BARE = r"""
import sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1440, 860); w.show()
QTimer.singleShot(0, lambda: (print(time.perf_counter() - t0), app.quit()))
app.exec()
"""

# MediaDesk's own start-up path (open profile, main window, first list query), with the key
# handed in as the keyring would.
MEDIADESK = r"""
import sys, time
t0 = time.perf_counter()
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
from mediadesk.ui.theme import apply_theme
apply_theme(app, "system")
from mediadesk.ui.mainwindow import MainWindow
w = MainWindow(ctx); w.show()
def ready(n):
    print(time.perf_counter() - t0)
    app.quit()
w.enquiries.searched.connect(ready)
app.exec()
"""


def timed(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # An installed MediaDesk runs from bytecode (the bundle ships it; a venv writes it on the
    # first start), as PySide6 does from site-packages: never time compiling the sources.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True
    )
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = MemoryStore()
        build_profile(Path(tmp) / "profile", COUNT, store)
        key = next(iter(store._items.values()))
        timed(BARE)  # warm-up: bytecode written, files in the page cache
        timed(MEDIADESK, str(Path(tmp) / "profile"), key)
        bare = [timed(BARE) for _ in range(RUNS)]
        ours = [timed(MEDIADESK, str(Path(tmp) / "profile"), key) for _ in range(RUNS)]
        b, o = statistics.median(bare) * 1000, statistics.median(ours) * 1000
        print(
            f"start to a usable window with {COUNT:,} enquiries: {o:.0f} ms "
            f"(bare PySide6 window {b:.0f} ms); ratio {o / b:.2f}x (target <= 1.5x)"
        )


if __name__ == "__main__":
    main()
