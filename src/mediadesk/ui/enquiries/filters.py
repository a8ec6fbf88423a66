"""The filter bar above the enquiry list: search, status, owner, outlet, tag, dates."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QWidget

from mediadesk.domain.enquiry import OPEN_STATUSES, Status
from mediadesk.domain.enquiry_filter import EnquiryFilter, SortKey
from mediadesk.services.desk import Desk
from mediadesk.ui import i18n
from mediadesk.ui.widgets.access import named

ALL = "__all__"
OPEN = "__open__"


class FilterBar(QWidget):
    """Emits `changed` (debounced while typing) whenever the filter changes."""

    changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search subject, questions, response, people…"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.addItem(self.tr("Open enquiries"), OPEN)
        self.status.addItem(self.tr("All statuses"), ALL)
        for status in Status:
            self.status.addItem(i18n.label(status), status)
        self.owner = QComboBox()
        self.outlet = QComboBox()
        self.tag = QComboBox()
        self.use_dates = QCheckBox(self.tr("Received"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-1))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setEnabled(False)
        named(
            self.search,
            self.tr("Search enquiries"),
            self.tr("Finds words in subject, questions, response, journalist and outlet"),
        )
        named(self.status, self.tr("Status filter"))
        named(self.owner, self.tr("Owner filter"))
        named(self.outlet, self.tr("Outlet filter"))
        named(self.tag, self.tr("Tag filter"))
        named(self.use_dates, self.tr("Filter by date received"))
        named(self.date_from, self.tr("Received from"))
        named(self.date_to, self.tr("Received to"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        for widget in (
            self.status,
            self.owner,
            self.outlet,
            self.tag,
            self.use_dates,
            self.date_from,
            self.date_to,
        ):
            layout.addWidget(widget)

        self._typing = QTimer(self, singleShot=True, interval=120)
        self._typing.timeout.connect(self.changed)
        self.search.textChanged.connect(self._typing.start)
        for combo in (self.status, self.owner, self.outlet, self.tag):
            combo.currentIndexChanged.connect(self.changed)
        self.use_dates.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(self._dates_changed)
        self.date_to.dateChanged.connect(self._dates_changed)
        # The choices themselves are read by reload_choices() once the window is on screen.
        for combo, label in self._any():
            combo.addItem(label, None)

    def _any(self) -> tuple[tuple[QComboBox, str], ...]:
        return (
            (self.owner, self.tr("Any owner")),
            (self.outlet, self.tr("Any outlet")),
            (self.tag, self.tr("Any tag")),
        )

    def reload_choices(self) -> None:
        """Refresh the owner, outlet and tag lists from the database."""
        choices: tuple[list[tuple[str, object]], ...] = (
            [(o, o) for o in self._desk.enquiries.owners()],
            [(o.name, o.id) for o in self._desk.directory.outlets()],
            [(t, t) for t in self._desk.enquiries.tags()],
        )
        for (combo, label), items in zip(self._any(), choices, strict=True):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(label, None)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.changed.emit()

    def _dates_changed(self) -> None:
        if self.use_dates.isChecked():
            self.changed.emit()

    def current(self, sort: SortKey, descending: bool) -> EnquiryFilter:
        """The filter the bar shows."""
        chosen = self.status.currentData()
        statuses: frozenset[Status] = frozenset()
        if chosen == OPEN:
            statuses = OPEN_STATUSES
        elif isinstance(chosen, Status):
            statuses = frozenset({chosen})
        received_from = received_to = None
        if self.use_dates.isChecked():
            start = date(
                self.date_from.date().year(),
                self.date_from.date().month(),
                self.date_from.date().day(),
            )
            end = date(
                self.date_to.date().year(), self.date_to.date().month(), self.date_to.date().day()
            )
            received_from = datetime.combine(start, time.min).astimezone()
            received_to = datetime.combine(end, time.min).astimezone() + timedelta(days=1)
        return EnquiryFilter(
            text=self.search.text(),
            statuses=statuses,
            owner=self.owner.currentData() or "",
            outlet_id=self.outlet.currentData(),
            tag=self.tag.currentData() or "",
            received_from=received_from,
            received_to=received_to,
            sort=sort,
            descending=descending,
        )
