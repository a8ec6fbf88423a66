"""The Monitoring tab: columns side by side, polled in the background, searchable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mediadesk.context import AppContext
from mediadesk.domain.monitoring import Column
from mediadesk.errors import KnownError
from mediadesk.services import digest
from mediadesk.services.desk import Desk
from mediadesk.services.monitoring import PollResult
from mediadesk.ui import i18n
from mediadesk.ui.monitoring.column import MIME, ColumnWidget
from mediadesk.ui.monitoring.gallery import ColumnDialog
from mediadesk.ui.monitoring.model import ItemDelegate, ItemListModel
from mediadesk.ui.monitoring.publish import PublishButton
from mediadesk.ui.tasks import TaskRunner
from mediadesk.ui.widgets.access import named

SCHEDULE_MS = 15_000


class MonitoringTab(QWidget):
    """Columns over feeds and GOV.UK search, with alerts and 'log as enquiry'."""

    alert = Signal(object)  # a list of StoredItem
    message = Signal(str)
    log_enquiry = Signal(object)  # a StoredItem
    draft_response = Signal(object)  # a StoredItem
    polled = Signal(object)  # a PollResult

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.columns = ctx.desk.monitoring
        self.setAccessibleName(self.tr("Monitoring"))
        self.tasks = tasks  # the window's; polls run as background work, a few at a time
        self.in_flight: set[int] = set()
        self.widgets: dict[int, ColumnWidget] = {}

        self.add_button = QPushButton(self.tr("&Add column"))
        self.add_button.clicked.connect(self.add_column)
        self.refresh_button = QPushButton(self.tr("&Refresh all"))
        self.refresh_button.clicked.connect(self.refresh_all)
        self.digest_button = QPushButton(self.tr("Export &digest…"))
        self.digest_button.setToolTip(self.tr("Starred items as HTML, PDF or CSV"))
        self.digest_button.clicked.connect(self.export_digest)
        self.publish_button = PublishButton(ctx.desk, self)
        self.publish_button.published.connect(self.message)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search everything"))
        self.search.setClearButtonEnabled(True)
        named(self.search, self.tr("Search every column"))
        buttons = (self.add_button, self.refresh_button, self.digest_button, self.publish_button)
        top = QHBoxLayout()
        for button in buttons:
            named(button, button.text().replace("&", "").rstrip("…"))
            top.addWidget(button)
        top.addWidget(self.search, 1)

        self.results_model = ItemListModel(ctx.clock)
        self.results = QListView()
        self.results.setModel(self.results_model)
        self.results.setItemDelegate(ItemDelegate(ctx.clock))
        self.results.setAccessibleName(self.tr("Search results"))
        self.results_label = QLabel()
        self.results_panel = QWidget()
        panel = QVBoxLayout(self.results_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.addWidget(self.results_label)
        panel.addWidget(self.results, 1)
        self.results_panel.setMinimumWidth(300)
        self.results_panel.hide()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setAcceptDrops(True)
        self.splitter.installEventFilter(self)
        self.splitter.splitterMoved.connect(lambda *_: self._save_widths())
        self.empty = QLabel(
            self.tr(
                "No columns yet. Add one with Add column: a GOV.UK news feed, any RSS or Atom "
                "feed, or a GOV.UK search."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.results_panel)
        row.addWidget(self.splitter, 1)
        row.addWidget(self.empty, 1)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

        self._dirty: set[int] = set()
        self._closed = False
        self._repaint = QTimer(self, singleShot=True, interval=100)
        self._repaint.timeout.connect(self._reload_dirty)
        self.search_timer = QTimer(self, singleShot=True, interval=150)
        self.search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self.search_timer.start)
        self.scheduler = QTimer(self, interval=SCHEDULE_MS)
        self.scheduler.timeout.connect(self.poll_due)
        self.ticker = QTimer(self, interval=60_000)
        self.ticker.timeout.connect(self._tick)
        self.retention = QTimer(self, interval=3_600_000)
        self.retention.timeout.connect(self.apply_retention)
        self.retention.start()
        QTimer.singleShot(3000, self.apply_retention)
        self.rebuild()
        self.scheduler.start()
        self.ticker.start()
        QTimer.singleShot(1500, self.poll_due)

    # -- columns ---------------------------------------------------------------------------
    def rebuild(self) -> None:
        """Lay the columns out from the database."""
        self.publish_button.refresh()  # joined, or the office's set changed
        columns = self.columns.all()
        for widget in self.widgets.values():
            widget.setParent(None)
            widget.deleteLater()
        self.widgets.clear()
        for column in columns:
            widget = ColumnWidget(self.columns, column, self.ctx.clock)
            widget.edit_requested.connect(self.edit_column)
            widget.remove_requested.connect(self.remove_column)
            widget.refresh_requested.connect(lambda cid: self.poll_columns([cid], manual=True))
            widget.mute_toggled.connect(self.toggle_mute)
            widget.log_enquiry.connect(self.log_enquiry)
            widget.draft_response.connect(self.draft_response)
            self.splitter.addWidget(widget)
            self.widgets[column.id] = widget
        if columns:
            self.splitter.setSizes([c.width for c in columns])
        self.splitter.setVisible(bool(columns))
        self.empty.setVisible(not columns)

    def add_column(self) -> None:
        dialog = ColumnDialog(parent=self)
        if dialog.exec() != ColumnDialog.DialogCode.Accepted or dialog.result_column is None:
            return
        column_id = self.columns.add(dialog.result_column)
        self.rebuild()
        self.poll_columns([column_id])

    def edit_column(self, column_id: int) -> None:
        column = self.columns.get(column_id)
        if column is None:
            return
        dialog = ColumnDialog(column, self)
        if dialog.exec() != ColumnDialog.DialogCode.Accepted or dialog.result_column is None:
            return
        changed = dialog.result_column
        if self.columns.change(changed):  # it watches something else now: fetch it afresh
            self.poll_columns([column_id])
        self.widgets[column_id].apply(changed)

    def remove_column(self, column_id: int) -> None:
        column = self.columns.get(column_id)
        if column is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove column"),
            self.tr("Remove the column '{title}'? Starred items are kept.").format(
                title=column.title
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.columns.remove(column_id)
        self.rebuild()

    def toggle_mute(self, column_id: int) -> None:
        changed = self.columns.toggle_mute(column_id)
        if changed is not None:
            self.widgets[column_id].apply(changed)

    def _save_widths(self) -> None:
        self.columns.set_widths(list(zip(self._order(), self.splitter.sizes(), strict=False)))

    def _order(self) -> list[int]:
        ids = []
        for index in range(self.splitter.count()):
            widget = self.splitter.widget(index)
            if isinstance(widget, ColumnWidget):
                ids.append(widget.column.id)
        return ids

    def move_column(self, column_id: int, index: int) -> None:
        """Move a column to a position (drag and drop lands here)."""
        order = [i for i in self._order() if i != column_id]
        order.insert(max(0, min(index, len(order))), column_id)
        self.columns.reorder(order)
        self.rebuild()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.splitter
            and isinstance(event, QDragEnterEvent)
            and event.mimeData().hasFormat(MIME)
        ):
            event.acceptProposedAction()
            return True
        if (
            watched is self.splitter
            and isinstance(event, QDropEvent)
            and event.mimeData().hasFormat(MIME)
        ):
            column_id = int(bytes(event.mimeData().data(MIME).data()).decode())
            x = event.position().x()
            centres = [
                w.geometry().center().x()
                for i in range(self.splitter.count())
                if (w := self.splitter.widget(i)) is not None
            ]
            target = len([c for c in centres if c < x])
            self.move_column(column_id, target)
            event.acceptProposedAction()
            return True
        return super().eventFilter(watched, event)

    # -- polling ---------------------------------------------------------------------------
    def apply_retention(self) -> None:
        """Drop items past the retention period (starred ones stay), in a worker."""
        if self._closed:  # the first run is a single shot that may outlive the tab
            return
        days = self.ctx.settings.number("monitoring.retention_days")
        now = self.ctx.clock()

        def job(desk: Desk) -> int:
            return desk.monitoring.apply_retention(days, now)

        def done(removed: int) -> None:
            if removed and not self._closed:
                self.rebuild()
                self.message.emit(
                    self.tr("Removed {n} monitoring items older than {d} days.").format(
                        n=removed, d=days
                    )
                )

        self.tasks.run(job, done, lambda exc: self._failed(0, exc), background=True)

    def poll_due(self) -> None:
        """Start polls for columns whose time has come (never more than the limit at once)."""
        if self._closed:  # the first poll is a single shot that may outlive the tab
            return
        due = [c.id for c in self.columns.due()]
        self.poll_columns(due)

    def refresh_all(self) -> None:
        self.poll_columns([c.id for c in self.columns.all() if not c.muted], manual=True)

    def poll_columns(self, ids: list[int], manual: bool = False) -> None:
        """Queue polls; the workers take a few at a time, as background work.

        A manual refresh still waits out a failing server's Retry-After and backoff.
        """
        wanted = set(ids) - self.in_flight
        for column in self.columns.all():
            if column.id not in wanted:
                continue
            self.in_flight.add(column.id)
            widget = self.widgets.get(column.id)
            if widget is not None:
                widget.state.setText(self.tr("Checking…"))

            def job(desk: Desk, column: Column = column) -> PollResult:
                return desk.monitoring.poll(column, manual=manual)

            def failed(exc: BaseException, cid: int = column.id) -> None:
                self._failed(cid, exc)

            self.tasks.run(job, self._polled, failed, background=True)

    def _polled(self, result: PollResult) -> None:
        self.in_flight.discard(result.column_id)
        self._dirty.add(result.column_id)
        if not self._repaint.isActive():
            self._repaint.start()
        if result.alerts:
            self.alert.emit(list(result.alerts))
        self.polled.emit(result)

    def _reload_dirty(self) -> None:
        """Refresh the columns that received results since the last pass (coalesced)."""
        dirty, self._dirty = self._dirty, set()
        if self._closed:
            return
        for column_id in dirty:
            widget = self.widgets.get(column_id)
            if widget is not None:
                widget.reload()

    def _failed(self, column_id: int, exc: BaseException) -> None:
        self.in_flight.discard(column_id)
        if isinstance(exc, KnownError):
            self.message.emit(i18n.message(exc.message))
            widget = self.widgets.get(column_id)
            if widget is not None:
                widget.state.setText(i18n.message(exc.message))
            return
        raise exc

    def _tick(self) -> None:
        for widget in self.widgets.values():
            widget.refresh_state()
            widget.view.viewport().update()

    # -- search and digest -----------------------------------------------------------------
    def run_search(self) -> None:
        text = self.search.text().strip()
        if not text:
            self.results_panel.hide()
            return
        hits = self.columns.search(text)
        self.results_model.set_items(hits)
        self.results_label.setText(
            self.tr("{n} items match '{text}'").format(n=len(hits), text=text)
        )
        self.results_panel.show()

    def export_digest(self) -> None:
        items = self.columns.starred()
        if not items:
            QMessageBox.information(
                self,
                self.tr("Export digest"),
                self.tr("Star the items to include first (right-click an item, then Star)."),
            )
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export monitoring digest"),
            str(Path.home() / "monitoring.html"),
            self.tr("Web page (*.html);;PDF (*.pdf);;CSV (*.csv)"),
        )
        if not name:
            return
        path = Path(name)
        try:
            if path.suffix.lower() == ".pdf":
                from mediadesk.ui.enquiries.handover import write_pdf

                write_pdf(
                    digest.digest_html(
                        items, self.tr("Monitoring digest"), self.ctx.clock(), i18n.speech()
                    ),
                    path,
                )
            else:
                digest.write_digest(
                    items, self.tr("Monitoring digest"), self.ctx.clock(), path, i18n.speech()
                )
        except (KnownError, OSError) as exc:
            QMessageBox.warning(self, "MediaDesk", str(exc))
            return
        self.message.emit(
            self.tr("Exported {n} starred items to {path}.").format(n=len(items), path=path)
        )

    def shutdown(self) -> None:
        self._closed = True
        self.scheduler.stop()
        self.ticker.stop()
        self.retention.stop()
        self._repaint.stop()
        self._dirty.clear()
