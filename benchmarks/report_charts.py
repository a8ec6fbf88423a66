"""Opening the report's charts: Qt Charts (imported, built and painted in a fresh process) vs
the same four bar charts painted by hand with QPainter, the way the old widget drew them.

Each side runs in its own process so the import is counted; medians of RUNS runs.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys

RUNS = 7

COMMON = r"""
import sys, time
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
BARS = [[(f"w{i}", (i * 7) % 11) for i in range(26)], [(n, 3 + len(n)) for n in
        ("National", "Regional", "Trade", "Broadcast", "Online")],
        [(f"tag{i}", 9 - i) for i in range(8)], [("Within", 49), ("Late", 12), ("Not yet", 6)]]
t0 = time.perf_counter()
"""

QT_CHARTS = (
    COMMON
    + r"""
from mediadesk.ui.widgets.charts import BarChart
charts = []
for i, bars in enumerate(BARS):
    chart = BarChart(f"Chart {i}")
    chart.resize(540, 240)
    chart.set_bars(bars)
    chart.grab()
    charts.append(chart)
print(time.perf_counter() - t0)
"""
)

BY_HAND = (
    COMMON
    + r"""
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

class Bars(QWidget):
    def __init__(self, bars):
        super().__init__()
        self.bars = bars
    def paintEvent(self, event):
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        peak = max(v for _, v in self.bars) or 1
        slot = self.width() / len(self.bars)
        for i, (label, value) in enumerate(self.bars):
            h = (self.height() - 40) * value / peak
            p.fillRect(QRectF(i * slot + 4, self.height() - 20 - h, slot - 8, h), QColor("#1a73e8"))
            centre = Qt.AlignmentFlag.AlignHCenter
            p.drawText(QRectF(i * slot, self.height() - 18, slot, 16), centre, label)
            p.drawText(QRectF(i * slot, self.height() - 38 - h, slot, 16), centre, str(value))
        p.end()

charts = []
for bars in BARS:
    chart = Bars(bars)
    chart.resize(540, 240)
    chart.grab()
    charts.append(chart)
print(time.perf_counter() - t0)
"""
)


def _median(script: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    times = []
    for _ in range(RUNS):
        out = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
        )
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(times)


def main() -> None:
    """Print the figure and its ratio to the hand-painted baseline."""
    charts = _median(QT_CHARTS)
    by_hand = _median(BY_HAND)
    print(f"report charts (Qt Charts, import + 4 charts painted): {charts * 1000:.0f} ms")
    print(f"same 4 charts painted by hand with QPainter: {by_hand * 1000:.0f} ms")
    added = 1000 * (charts - by_hand)
    print(f"ratio: {charts / by_hand:.1f}x (added to opening the report: {added:.0f} ms)")


if __name__ == "__main__":
    main()
