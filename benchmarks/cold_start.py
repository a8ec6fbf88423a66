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

# The same first frame written as directly as PySide allows, with nothing of MediaDesk: the
# encrypted file opened with the raw key, the open enquiries read, and a window with the menu
# titles, three tabs, the filter bar, the nine-column list and the status bar. What this
# costs over the bare window is what any PySide app showing that frame pays (Qt's enum
# classes, fonts, the first text field, SQLCipher, painting the rows).
FLOOR = r"""
import sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, QDate
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit, QHBoxLayout,
    QLabel, QLineEdit, QMainWindow, QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget)
app = QApplication(sys.argv)
import sqlcipher3
conn = sqlcipher3.connect(sys.argv[1] + "/mediadesk.db")
conn.execute(f"PRAGMA key = \"x'{sys.argv[2]}'\"")
rows = conn.execute(
    "SELECT e.ref, e.deadline, e.subject, e.status, e.priority, coalesce(c.name, ''),"
    " coalesce(o.name, ''), e.owner, e.received FROM enquiries e"
    " LEFT JOIN contacts c ON c.id = e.contact_id LEFT JOIN outlets o ON o.id = e.outlet_id"
    " WHERE e.status IN ('new', 'in_progress', 'awaiting_clearance', 'cleared')"
    " ORDER BY e.deadline, e.id").fetchall()
class Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()): return len(rows)
    def columnCount(self, parent=QModelIndex()): return 9
    def data(self, index, role=0):
        return str(rows[index.row()][index.column()]) if role == 0 else None
w = QMainWindow(); w.resize(1440, 860)
for title in ("&File", "E&nquiries", "&Posts", "&Help"):
    w.menuBar().addMenu(title)
tabs = QTabWidget(); w.setCentralWidget(tabs)
page = QWidget(); layout = QVBoxLayout(page); bar = QHBoxLayout(); layout.addLayout(bar)
bar.addWidget(QPushButton("&New enquiry"))
search = QLineEdit(); search.setPlaceholderText("Search"); search.setClearButtonEnabled(True)
bar.addWidget(search, 3)
for choice in ("Open enquiries", "Any owner", "Any outlet", "Any tag"):
    combo = QComboBox(); combo.addItem(choice); bar.addWidget(combo)
bar.addWidget(QCheckBox("Received"))
for _ in range(2):
    edit = QDateEdit(QDate.currentDate()); edit.setCalendarPopup(True); bar.addWidget(edit)
view = QTableView(); view.setModel(Model()); view.setSortingEnabled(True)
layout.addWidget(view); layout.addWidget(QLabel(f"{len(rows)} enquiries"))
for title in ("&Enquiries", "&Visit posts", "&Monitoring"):
    tabs.addTab(page if title == "&Enquiries" else QWidget(), title)
w.statusBar().addPermanentWidget(QLabel(sys.argv[1]))
w.show()
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
from mediadesk.cli import parse_args
args = parse_args(["--profile", sys.argv[1]])
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
        profile = str(Path(tmp) / "profile")
        timed(FLOOR, profile, key)
        bare = [timed(BARE)[0] for _ in range(RUNS)]
        floor = [timed(FLOOR, profile, key)[0] for _ in range(RUNS)]
        ours = [timed(MEDIADESK, profile, key) for _ in range(RUNS)]
        b = statistics.median(bare) * 1000
        f = statistics.median(floor) * 1000
        usable = statistics.median(o[0] for o in ours) * 1000
        complete = statistics.median(o[1] for o in ours) * 1000
        print(
            f"start to a usable window with {COUNT:,} enquiries: {usable:.0f} ms "
            f"(bare PySide6 window {b:.0f} ms); ratio {usable / b:.2f}x (target <= 1.5x); "
            f"window complete at {complete:.0f} ms ({complete / b:.2f}x)"
        )
        print(
            f"the same first frame hand-written in PySide, nothing of MediaDesk: {f:.0f} ms "
            f"({f / b:.2f}x the bare window); MediaDesk is {usable / f:.2f}x that"
        )


if __name__ == "__main__":
    main()
