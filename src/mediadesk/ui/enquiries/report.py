"""The enquiries report: per week, by outlet type and tag, and answered within deadline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QRect, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mediadesk.services.reports import CUSTOM, PERIODS, Report
from mediadesk.ui import i18n
from mediadesk.ui.tasks import TaskRunner
from mediadesk.ui.widgets.access import named
from mediadesk.ui.widgets.charts import BarChart
from mediadesk.ui.widgets.forms import buddy


class ReportDialog(QDialog):
    """Charts over a report (built in a worker from the enquiries the list shows)."""

    def __init__(
        self,
        report: Report,
        parent: QWidget | None = None,
        remake: Callable[[str, date | None, date | None], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enquiries report"))
        self.resize(1100, 720)
        self.period = QComboBox()
        for name in PERIODS:
            self.period.addItem(i18n.translate_label(name), name)
        named(self.period, self.tr("Report period"))
        self.period.setEnabled(remake is not None)
        today = QDate.currentDate()
        self.first, self.last = QDateEdit(today.addDays(-27)), QDateEdit(today)
        for edit, name in ((self.first, self.tr("First day")), (self.last, self.tr("Last day"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            named(edit, name)
            edit.setVisible(False)  # until custom dates are chosen
        self.remake = remake
        self.asked = 0  # how many times the figures were asked for again
        if remake is not None:  # the figures are made again, off the UI thread, for the period
            self.period.currentIndexChanged.connect(lambda _i: self._period_changed())
            self.first.dateChanged.connect(lambda _d: self._period_changed())
            self.last.dateChanged.connect(lambda _d: self._period_changed())
        self.headline = QLabel()
        self.headline.setAccessibleName(self.tr("Summary"))
        self.per_week = BarChart(self.tr("Enquiries per week"))
        self.by_type = BarChart(self.tr("By outlet type"))
        self.by_tag = BarChart(self.tr("By topic tag"))
        self.on_time = BarChart(self.tr("Answered within deadline"), emphasis=True)
        self.show_report(report)
        grid = QGridLayout()
        grid.addWidget(self.per_week, 0, 0, 1, 2)
        grid.addWidget(self.by_type, 1, 0)
        grid.addWidget(self.by_tag, 1, 1)
        grid.addWidget(self.on_time, 2, 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for text, kind in ((self.tr("Save as &PDF…"), "pdf"), (self.tr("Save as PN&G…"), "png")):
            button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _=False, k=kind: self._save_as(k))
        self.page = QWidget()  # what is saved: the figures, not the buttons
        page = QVBoxLayout(self.page)
        page.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(buddy(self.tr("Peri&od"), self.period))
        top.addWidget(self.period)
        top.addWidget(self.first)
        top.addWidget(self.last)
        top.addWidget(self.headline, 1)
        page.addLayout(top)
        page.addLayout(grid, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)

    def _period_changed(self) -> None:
        custom = self.period.currentData() == CUSTOM
        self.first.setVisible(custom)
        self.last.setVisible(custom)
        if self.remake is not None:
            first, last = self.first.date(), self.last.date()
            self.remake(
                str(self.period.currentData()),
                date(first.year(), first.month(), first.day()) if custom else None,
                date(last.year(), last.month(), last.day()) if custom else None,
            )

    def show_report(self, report: Report) -> None:
        """Show these figures (a new period's, or the first)."""
        share = report.on_time_share
        words = self.tr("<b>%n</b> enquiry(s)", "", report.total) + " · "
        words += self.tr(
            "<b>{share}</b> of the %n due by now were answered within their deadline",
            "",
            report.with_deadline,
        ).format(share="—" if share is None else QLocale().toString(share * 100, "f", 0) + "%")
        if report.not_yet_due:
            words += self.tr(" · %n not yet due", "", report.not_yet_due)
        self.headline.setText(words)
        self.per_week.set_bars([(i18n.day_month(w), n) for w, n in report.per_week[-26:]])
        self.by_type.set_bars([(i18n.translate_label(t), n) for t, n in report.by_outlet_type])
        self.by_tag.set_bars(report.by_tag)
        self.on_time.set_bars(
            [
                (self.tr("Within"), report.answered_on_time),
                (self.tr("Late or not answered"), report.with_deadline - report.answered_on_time),
                (self.tr("Not yet due"), report.not_yet_due),
            ]
        )

    def _save_as(self, kind: str) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), f"enquiries-report.{kind}", f"*.{kind}"
        )
        if name:
            self.save(Path(name), kind)

    def save(self, path: Path, kind: str) -> None:
        """The report as a PNG picture or a one-page A4 PDF, as it is on screen."""
        picture = self.page.grab()
        if kind == "png":
            picture.save(str(path), "PNG")
            return
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
        writer.setTitle(self.tr("Enquiries report"))
        painter = QPainter(writer)
        area = painter.viewport()
        scaled = picture.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawPixmap(QRect(area.topLeft(), scaled), picture)
        painter.end()


def open_report(parent: QWidget, tasks: TaskRunner, ids: list[int]) -> None:
    """Build the figures for the enquiries listed in a worker, then show them; a period
    chosen in the dialog makes them again the same way."""

    def shown(report: Report) -> None:
        dialog = ReportDialog(report, parent, lambda *chosen: remake(dialog, *chosen))
        dialog.open()

    def remake(dialog: ReportDialog, period: str, first: date | None, last: date | None) -> None:
        dialog.asked += 1
        asked = dialog.asked

        def made(report: Report) -> None:
            if asked == dialog.asked:  # an answer to an earlier choice that came late is dropped
                dialog.show_report(report)

        tasks.run(lambda desk: desk.report(ids, period, first, last), made)

    tasks.run(lambda desk: desk.report(ids), shown)
