"""The report's charts: drawn by Qt Charts in the theme's colours, at WCAG 2.2 AA contrast,
with their figures for screen readers."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QBarSeries
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from mediadesk.ui.widgets.charts import BarChart, bar_colour, contrast


def _palette(window: str, text: str) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    return palette


def test_contrast_is_computed_as_wcag_defines_it() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize(
    ("window", "text"), [("#f0f0f0", "#000000"), ("#202124", "#e8eaed")], ids=["light", "dark"]
)
@pytest.mark.parametrize("emphasis", [False, True], ids=["counts", "emphasis"])
def test_bars_and_their_figures_meet_aa_in_either_theme(
    qtbot: QtBot, window: str, text: str, emphasis: bool
) -> None:
    chart = BarChart("Enquiries per week", emphasis=emphasis)
    qtbot.addWidget(chart)
    chart.setPalette(_palette(window, text))
    chart.set_bars([("1 Dec", 4), ("8 Dec", 9)])
    series = chart.chart().series()[0]
    assert isinstance(series, QBarSeries)
    bars = series.barSets()[0]
    background = chart.chart().backgroundBrush().color()
    assert background == QColor(window)
    assert contrast(bars.color(), background) >= 3.0  # 1.4.11 non-text contrast
    assert contrast(bars.labelColor(), background) >= 4.5  # 1.4.3 text contrast
    names = chart.chart().axes()[0]
    assert isinstance(names, QBarCategoryAxis)
    assert contrast(names.labelsColor(), background) >= 4.5
    assert list(names.categories()) == ["1 Dec", "8 Dec"]
    assert [bars.at(i) for i in range(bars.count())] == [4.0, 9.0]


def test_a_theme_change_redraws_the_chart_in_the_new_colours(qtbot: QtBot) -> None:
    chart = BarChart("By outlet type")
    qtbot.addWidget(chart)
    chart.set_bars([("National", 3)])
    chart.setPalette(_palette("#202124", "#e8eaed"))
    assert chart.chart().backgroundBrush().color() == QColor("#202124")
    assert bar_colour(QColor("#202124")) == chart.chart().series()[0].barSets()[0].color()


def test_a_screen_reader_hears_the_figures_and_an_empty_chart_says_so(qtbot: QtBot) -> None:
    chart = BarChart("By topic tag")
    qtbot.addWidget(chart)
    chart.set_bars([("health", 3), ("schools", 1)])
    assert chart.accessibleName() == "By topic tag"
    assert chart.accessibleDescription() == "health: 3; schools: 1"
    chart.set_bars([])
    assert chart.chart().title() == "By topic tag: no data"
    assert chart.chart().series() == []
