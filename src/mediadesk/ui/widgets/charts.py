"""Bar charts drawn by Qt Charts, in the theme's colours and at WCAG 2.2 AA contrast."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

# Bar colours to choose from, most wanted first: the first with 3:1 against the background
# is used (WCAG 2.2, 1.4.11 non-text contrast). Blue for counts; a deeper one for emphasis.
BAR_COLOURS = ("#1a73e8", "#0b57d0", "#8ab4f8", "#c2d7fa")
EMPHASIS_COLOURS = ("#0b57d0", "#174ea6", "#a8c7fa", "#d3e3fd")
MANY_BARS = 10  # more than this and the category names are set at an angle


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an opaque colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours, from 1 to 21."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def bar_colour(background: QColor, emphasis: bool = False) -> QColor:
    """The first bar colour that stands out 3:1 from background (the best one if none)."""
    candidates = [QColor(c) for c in (EMPHASIS_COLOURS if emphasis else BAR_COLOURS)]
    for colour in candidates:
        if contrast(colour, background) >= 3.0:
            return colour
    return max(candidates, key=lambda c: contrast(c, background))


class BarChart(QChartView):
    """Vertical bars with their values; the accessible description lists the data."""

    def __init__(self, title: str, parent: QWidget | None = None, emphasis: bool = False) -> None:
        super().__init__(parent)
        self.title = title
        self.emphasis = emphasis
        self.bars: list[tuple[str, int]] = []
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(title)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a picture: its data is in the description
        self._draw()

    def sizeHint(self) -> QSize:
        return QSize(480, 240)

    def set_bars(self, bars: list[tuple[str, int]]) -> None:
        """Show these (name, count) bars."""
        self.bars = bars
        self.setAccessibleDescription("; ".join(f"{label}: {value}" for label, value in bars))
        self._draw()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # the theme changed: redraw in it
            self._draw()
        super().changeEvent(event)

    def _draw(self) -> None:
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundBrush(background)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setVisible(False)
        bold = QFont(self.font())
        bold.setBold(True)
        chart.setTitleFont(bold)
        chart.setTitleBrush(text)
        empty = self.tr("{title}: no data").format(title=self.title)
        chart.setTitle(self.title if self.bars else empty)
        if self.bars:
            self._add_bars(chart, text, background)
        self.setChart(chart)

    def _add_bars(self, chart: QChart, text: QColor, background: QColor) -> None:
        values = QBarSet(self.title)
        values.append([float(value) for _, value in self.bars])
        values.setColor(bar_colour(background, self.emphasis))
        values.setBorderColor(Qt.GlobalColor.transparent)
        values.setLabelColor(text)
        series = QBarSeries()
        series.append(values)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(12)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([label for label, _ in self.bars])
        names.setLabelsColor(text)
        names.setGridLineVisible(False)
        names.setLinePenColor(text)
        if len(self.bars) > MANY_BARS:
            names.setLabelsAngle(-45)
        counts = QValueAxis()
        peak = max(value for _, value in self.bars)
        counts.setRange(0, max(peak * 1.15, 1))  # room above the tallest bar for its value
        counts.setLabelFormat("%d")
        counts.setVisible(False)  # each bar carries its value
        chart.addAxis(names, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        series.attachAxis(counts)
