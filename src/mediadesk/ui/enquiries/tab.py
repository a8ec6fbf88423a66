"""The Enquiries tab: filter bar, lazy list with live countdowns, and the editor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mediadesk.context import AppContext
from mediadesk.domain.enquiry_filter import EnquiryFilter, SortKey
from mediadesk.ui.enquiries.columns import FitColumns
from mediadesk.ui.enquiries.filters import FilterBar
from mediadesk.ui.enquiries.model import Column, EnquiryTableModel
from mediadesk.ui.tasks import TaskRunner
from mediadesk.ui.widgets.access import named
from mediadesk.ui.widgets.labels import plain_label

if TYPE_CHECKING:
    from mediadesk.domain.enquiry import Enquiry
    from mediadesk.services.desk import Desk
    from mediadesk.services.enquiries import EnquiryService
    from mediadesk.ui.enquiries.detail import EnquiryEditor

COUNTDOWN_TICK_MS = 30_000


class EnquiriesTab(QWidget):
    """Everything about enquiries in one tab.

    It is built in two steps so that the list shows first: the constructor makes the filter
    bar and the list of open enquiries; `complete()` adds the editor, the filter choices, the
    countdown and draft recovery once the window is on screen.
    """

    message = Signal(str)
    searched = Signal(int)

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = tasks
        self._editor: EnquiryEditor | None = None
        self._sort = SortKey.DEADLINE
        self._descending = False
        self._generation = 0
        self.setAccessibleName(self.tr("Enquiries"))

        self.filters = FilterBar(ctx.desk)
        self.new_button = QPushButton(self.tr("&New enquiry"))
        self.new_button.setToolTip(self.tr("Log a new enquiry (Ctrl+N)"))
        named(self.new_button, self.tr("New enquiry"))
        self.new_button.clicked.connect(self.new_enquiry)
        self.count = plain_label()

        self.model = EnquiryTableModel(ctx.desk.enquiries.get_many, ctx.clock, self._sort_requested)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Enquiry list"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Arrow keys move within the list; Tab leaves it and Ctrl+Tab switches tabs, as in
        # Outlook and Explorer (with tab-key navigation on, both walked the cells for ever).
        self.table.setTabKeyNavigation(False)
        # The indicator first: switching sorting on then asks for the order already shown.
        self.table.horizontalHeader().setSortIndicator(Column.DEADLINE, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        FitColumns(self.table)  # every column in view at 1366×768, text elided with tooltips
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.filters, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count)
        self._splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(QWidget())  # where the editor goes once the tab is complete
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([900, 540])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.filters.changed.connect(self.refresh)
        self._ticker = QTimer(self, interval=COUNTDOWN_TICK_MS)
        self._ticker.timeout.connect(self.model.tick)
        self.setTabOrder(self.new_button, self.filters.search)
        self.setTabOrder(self.filters.date_to, self.table)
        # Open enquiries are few (an office's live workload) and indexed by status: reading
        # them here takes well under a millisecond, and the list is filled in the first frame.
        self._show_ids(ctx.desk.enquiries.search_ids(self.current_filter()), None)

    def complete(self) -> None:
        """Add what the first frame can do without: editor, filter choices, countdown."""
        if self._editor is not None:
            return
        from mediadesk.services.enquiry_drafts import recover
        from mediadesk.ui.enquiries.detail import EnquiryEditor

        self.service: EnquiryService = self.ctx.enquiries()
        self._editor = EnquiryEditor(self.service)
        self._editor.changed.connect(self._enquiry_changed)
        placeholder = self._splitter.replaceWidget(1, self._editor)
        if placeholder is not None:
            placeholder.deleteLater()
        self.setTabOrder(self.table, self._editor)
        self.filters.reload_choices()
        self._ticker.start()
        if self.selected_id() is not None:
            self._row_changed()
        recovered = recover(self.service)
        if recovered:
            self.message.emit(
                self.tr("Recovered unsaved changes to {refs}.").format(refs=", ".join(recovered))
            )

    @property
    def editor(self) -> EnquiryEditor:
        """The editor beside the list (completing the tab if it is not yet)."""
        self.complete()
        assert self._editor is not None
        return self._editor

    # -- list ------------------------------------------------------------------------------
    def _sort_requested(self, key: SortKey, descending: bool) -> None:
        if (key, descending) == (self._sort, self._descending):
            return  # the view re-announces its order (as when sorting is switched on)
        self._sort, self._descending = key, descending
        self.refresh()

    def current_filter(self) -> EnquiryFilter:
        return self.filters.current(self._sort, self._descending)

    def refresh(self, select: int | None = None) -> None:
        """Re-run the filter in a worker thread and show the result when it arrives."""
        self._generation += 1
        generation = self._generation
        flt = self.current_filter()
        keep = select if select is not None else self.selected_id()

        def job(desk: Desk) -> list[int]:
            return desk.enquiries.search_ids(flt)

        def done(ids: list[int]) -> None:
            if generation == self._generation:  # else a newer search has been started
                self._show_ids(ids, keep)

        self.tasks.run(job, done, on_problem=self.message.emit)

    def _show_ids(self, ids: list[int], keep: int | None) -> None:
        self.model.set_ids(ids)
        said = self._counted(len(ids), self.current_filter().text.strip())
        self.count.setText(said)
        self.count.setAccessibleName(said)  # a screen reader says the number, not the label
        if keep is not None:
            self.select(keep)
        # Queued, so that whoever listens sees it from the event loop even for the first list.
        QTimer.singleShot(0, self, lambda: self.searched.emit(len(ids)))

    def _counted(self, n: int, searched: str) -> str:
        """How many the list shows, in words (an empty search says it found nothing)."""
        if n == 0 and searched:
            return self.tr("No enquiries match “{text}”").format(text=searched)
        if n == 0:
            return self.tr("No enquiries in this view")
        return self.tr("%Ln enquiry(s)", "", n)

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
        if self._editor is not None:
            self._editor.show_enquiry(self.selected_id())

    def _enquiry_changed(self, enquiry_id: int) -> None:
        self.model.refresh_row(enquiry_id)
        self.filters.reload_choices()

    # -- actions ---------------------------------------------------------------------------
    def new_enquiry(self) -> None:
        """Open the quick-log form."""
        from mediadesk.ui.enquiries.quicklog import QuickLogDialog

        self.editor.commit()
        dialog = QuickLogDialog(self.ctx.desk, self)
        dialog.logged.connect(self._logged)
        dialog.open()

    def _logged(self, enquiry: Enquiry) -> None:
        self.message.emit(self.tr("Logged {ref}.").format(ref=enquiry.ref))
        self.filters.reload_choices()
        self.refresh(select=enquiry.id)

    def shutdown(self) -> None:
        """Commit any edit in progress."""
        if self._editor is not None:
            self._editor.commit()
        self._ticker.stop()
