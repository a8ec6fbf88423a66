"""The Enquiries tab: filter bar, lazy list with live countdowns, and the editor."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mediadesk.context import AppContext
from mediadesk.domain.enquiry import Enquiry
from mediadesk.errors import KnownError
from mediadesk.services.enquiries import EnquiryService
from mediadesk.storage import enquiries as repo
from mediadesk.storage.db import Connection
from mediadesk.ui.enquiries.detail import EnquiryEditor, recover_drafts
from mediadesk.ui.enquiries.filters import FilterBar
from mediadesk.ui.enquiries.model import Column, EnquiryTableModel
from mediadesk.ui.enquiries.quicklog import QuickLogDialog
from mediadesk.ui.tasks import TaskRunner
from mediadesk.ui.widgets.forms import named

COUNTDOWN_TICK_MS = 30_000


class EnquiriesTab(QWidget):
    """Everything about enquiries in one tab."""

    message = Signal(str)
    searched = Signal(int)

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = tasks
        self.service: EnquiryService = ctx.enquiries()
        self._sort = repo.SortKey.DEADLINE
        self._descending = False
        self._generation = 0
        self.setAccessibleName(self.tr("Enquiries"))

        self.filters = FilterBar(ctx.conn)
        self.new_button = QPushButton(self.tr("&New enquiry"))
        self.new_button.setToolTip(self.tr("Log a new enquiry (Ctrl+N)"))
        named(self.new_button, self.tr("New enquiry"))
        self.new_button.clicked.connect(self.new_enquiry)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of enquiries shown"))

        self.model = EnquiryTableModel(ctx.conn, ctx.clock, self._sort_requested)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Enquiry list"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.DEADLINE, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in (
            (Column.REF, 125),
            (Column.DEADLINE, 130),
            (Column.SUBJECT, 220),
            (Column.STATUS, 130),
            (Column.PRIORITY, 70),
            (Column.JOURNALIST, 120),
            (Column.OUTLET, 130),
            (Column.OWNER, 100),
            (Column.RECEIVED, 115),
        ):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.editor = EnquiryEditor(self.service)
        self.editor.changed.connect(self._enquiry_changed)

        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.filters, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([900, 540])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.filters.changed.connect(self.refresh)
        self._ticker = QTimer(self, interval=COUNTDOWN_TICK_MS)
        self._ticker.timeout.connect(self.model.tick)
        self._ticker.start()
        self.setTabOrder(self.new_button, self.filters.search)
        self.setTabOrder(self.filters.date_to, self.table)

        recovered = recover_drafts(self.service)
        if recovered:
            QTimer.singleShot(
                0,
                lambda: self.message.emit(
                    self.tr("Recovered unsaved changes to {refs}.").format(
                        refs=", ".join(recovered)
                    )
                ),
            )
        self.refresh()

    # -- list ------------------------------------------------------------------------------
    def _sort_requested(self, key: repo.SortKey, descending: bool) -> None:
        self._sort, self._descending = key, descending
        self.refresh()

    def current_filter(self) -> repo.EnquiryFilter:
        return self.filters.current(self._sort, self._descending)

    def refresh(self, select: int | None = None) -> None:
        """Re-run the filter in a worker thread and show the result when it arrives."""
        self._generation += 1
        generation = self._generation
        flt = self.current_filter()
        keep = select if select is not None else self.selected_id()

        def job(conn: Connection) -> list[int]:
            return repo.search_ids(conn, flt)

        def done(ids: list[int]) -> None:
            if generation != self._generation:
                return  # a newer search has been started; this answer is stale
            self.model.set_ids(ids)
            self.count.setText(self.tr("{n} enquiries").format(n=f"{len(ids):,}"))
            if keep is not None:
                self.select(keep)
            self.searched.emit(len(ids))

        self.tasks.run(job, done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            self.message.emit(exc.message)
            return
        raise exc

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.enquiry_id(index.row()) if index.isValid() else None

    def select(self, enquiry_id: int) -> None:
        """Select an enquiry in the list if it is shown."""
        row = self.model.row_of(enquiry_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _row_changed(self) -> None:
        self.editor.show_enquiry(self.selected_id())

    def _enquiry_changed(self, enquiry_id: int) -> None:
        self.model.refresh_row(enquiry_id)
        self.filters.reload_choices()

    # -- actions ---------------------------------------------------------------------------
    def new_enquiry(self) -> None:
        """Open the quick-log form."""
        self.editor.commit()
        dialog = QuickLogDialog(self.service, self)
        dialog.logged.connect(self._logged)
        dialog.open()

    def _logged(self, enquiry: Enquiry) -> None:
        self.message.emit(self.tr("Logged {ref}.").format(ref=enquiry.ref))
        self.filters.reload_choices()
        self.refresh(select=enquiry.id)

    def shutdown(self) -> None:
        """Commit any edit in progress."""
        self.editor.commit()
        self._ticker.stop()
