"""A small, accessible bar chart painted with QPainter (QtCharts is not in Essentials)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


class BarChart(QWidget):
    """Vertical bars with labels and values; its accessible description lists the data."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars: list[tuple[str, int]] = []
        self.colour = QColor("#1a73e8")
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(title)

    def set_bars(self, bars: list[tuple[str, int]]) -> None:
        self.bars = bars
        self.setAccessibleDescription("; ".join(f"{label}: {value}" for label, value in bars))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 240)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        line = metrics.height()
        painter.setPen(text)
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(
            QRectF(0, 0, self.width(), line + 4), Qt.AlignmentFlag.AlignLeft, self.title
        )
        painter.setFont(self.font())
        if not self.bars:
            painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, "No data")
            return
        top, bottom = line * 2 + 6, self.height() - line * 2 - 4
        height = max(bottom - top, 10)
        peak = max(value for _, value in self.bars) or 1
        slot = self.width() / len(self.bars)
        width = max(min(slot * 0.7, 60), 2)
        show_every = max(1, int(len(self.bars) / max(self.width() / 70, 1)))
        for index, (label, value) in enumerate(self.bars):
            x = index * slot + (slot - width) / 2
            bar_height = height * value / peak
            painter.fillRect(QRectF(x, bottom - bar_height, width, bar_height), self.colour)
            painter.setPen(text)
            if value:
                painter.drawText(
                    QRectF(x - 10, bottom - bar_height - line - 2, width + 20, line),
                    Qt.AlignmentFlag.AlignHCenter,
                    str(value),
                )
            if index % show_every == 0:
                shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(slot) - 4)
                painter.drawText(
                    QRectF(index * slot, bottom + 4, slot, line * 2),
                    Qt.AlignmentFlag.AlignHCenter,
                    shown,
                )
        painter.end()
