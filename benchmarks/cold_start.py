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
QTimer.singleShot(0, lambda: (w.grab(), print(time.perf_counter() - t0), app.quit()))
app.exec()
"""

# MediaDesk's own start-up path: the command line, then app.start_gui as `mediadesk --profile
# DIR` runs it (application, single-instance check, logs, policy, profile, window), with the
# key handed over as the OS keyring would. "Usable" is when the window is on screen with the
# open enquiries in its list and the search box taking input; "complete" is when the menus'
# actions, the editor, the icon and the reminders have followed. Both windows are rendered
# once (grab) before their time is taken, so that painting the first frame is counted.
MEDIADESK = r"""
import sys, time
t0 = time.perf_counter()
from mediadesk.cli import build_parser
args = build_parser().parse_args(["--profile", sys.argv[1]])
from mediadesk.app import start_gui
from mediadesk.paths import resolve_profile
from mediadesk.secrets import MemoryStore
from mediadesk.storage.profile import read_manifest
def keyring():
    store = MemoryStore()
    store.set(read_manifest(resolve_profile(args.profile)).keyring_entry, sys.argv[2])
    return store, ""
w = start_gui(args.profile, keyring)
marks = []
w.enquiries.searched.connect(lambda n: (w.grab(), marks.append(time.perf_counter() - t0)))
def done():
    print(marks[0], time.perf_counter() - t0)
    w.close()
w.completed.connect(done)
from PySide6.QtWidgets import QApplication
QApplication.exec()
"""


def timed(code: str, *args: str) -> list[float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # An installed MediaDesk runs from bytecode (the bundle ships it; a venv writes it on the
    # first start), as PySide6 does from site-packages: never time compiling the sources.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True
    )
    return [float(x) for x in out.stdout.strip().splitlines()[-1].split()]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = MemoryStore()
        build_profile(Path(tmp) / "profile", COUNT, store)
        key = next(iter(store._items.values()))
        timed(BARE)  # warm-up: bytecode written, files in the page cache
        timed(MEDIADESK, str(Path(tmp) / "profile"), key)
        bare = [timed(BARE)[0] for _ in range(RUNS)]
        ours = [timed(MEDIADESK, str(Path(tmp) / "profile"), key) for _ in range(RUNS)]
        b = statistics.median(bare) * 1000
        usable = statistics.median(o[0] for o in ours) * 1000
        complete = statistics.median(o[1] for o in ours) * 1000
        print(
            f"start to a usable window with {COUNT:,} enquiries: {usable:.0f} ms "
            f"(bare PySide6 window {b:.0f} ms); ratio {usable / b:.2f}x (target <= 1.5x); "
            f"window complete at {complete:.0f} ms ({complete / b:.2f}x)"
        )


if __name__ == "__main__":
    main()
