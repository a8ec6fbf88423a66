"""Small forms of the Visit posts tab: a visit, a clearance, a publishing time."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import QDate, QDateTime, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from mediadesk.domain.posts import Visit
from mediadesk.errors import KnownError
from mediadesk.services.posts import PostService
from mediadesk.ui import i18n
from mediadesk.ui.widgets.access import named
from mediadesk.ui.widgets.labels import plain_label


def _to_qt(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())


def _from_qt(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


class OptionalTime(QWidget):
    """A date and time that may be left unset (a tick box switches it on)."""

    def __init__(self, name: str, value: datetime | None, default: datetime) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox()
        named(self.enabled, name)
        self.edit = QDateTimeEdit(_to_qt(value or default))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        named(self.edit, name)
        self.enabled.toggled.connect(self.edit.setEnabled)
        self.enabled.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        row.addWidget(self.enabled)
        row.addWidget(self.edit, 1)
        self.setFocusProxy(self.enabled)  # its label's access key ticks in here, then Tab on

    def value(self) -> datetime | None:
        return _from_qt(self.edit.dateTime()) if self.enabled.isChecked() else None


class VisitDialog(QDialog):
    """Create or edit a visit."""

    def __init__(self, service: PostService, visit: Visit | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.service = service
        self.visit = visit or Visit(0, "", datetime.now().date().isoformat(), "")
        self.saved: Visit | None = None
        self.setWindowTitle(self.tr("Visit") if visit else self.tr("New visit"))
        form = QFormLayout(self)
        self.minister = QLineEdit(self.visit.minister)
        named(self.minister, self.tr("Minister"))
        self.date = QDateEdit(QDate.fromString(self.visit.date, "yyyy-MM-dd"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        named(self.date, self.tr("Date of the visit"))
        self.place = QLineEdit(self.visit.place)
        named(self.place, self.tr("Place"), self.tr("Named in the location-sensitivity check"))
        self.notes = QPlainTextEdit(self.visit.notes)
        self.notes.setTabChangesFocus(True)
        named(self.notes, self.tr("Programme notes"))
        day = datetime.fromisoformat(self.visit.date).astimezone()
        self.embargo = OptionalTime(self.tr("Embargo"), self.visit.embargo, day)
        self.sensitive = OptionalTime(
            self.tr("Location sensitive until"), self.visit.location_sensitive_until, day
        )
        form.addRow(self.tr("&Minister"), self.minister)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Place"), self.place)
        form.addRow(self.tr("Programme &notes"), self.notes)
        form.addRow(self.tr("&Embargo (nothing publishes before)"), self.embargo)
        form.addRow(self.tr("Location &sensitive until"), self.sensitive)
        self.error = plain_label()
        self.error.setStyleSheet("color: #c62828")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        try:
            self.saved = self.service.save_visit(
                replace(
                    self.visit,
                    minister=self.minister.text().strip(),
                    date=self.date.date().toString("yyyy-MM-dd"),
                    place=self.place.text().strip(),
                    notes=self.notes.toPlainText(),
                    embargo=self.embargo.value(),
                    location_sensitive_until=self.sensitive.value(),
                )
            )
        except KnownError as exc:
            self.error.setText(i18n.message(exc.message))
            return
        self.accept()


class ClearanceDialog(QDialog):
    """Record who cleared a post, and their note."""

    def __init__(self, default_name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record clearance"))
        form = QFormLayout(self)
        self.who = QLineEdit(default_name)
        named(self.who, self.tr("Cleared by"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. Cleared by SpAd by email 10:42"))
        named(self.note, self.tr("Clearance note"))
        form.addRow(self.tr("Cleared &by"), self.who)
        form.addRow(self.tr("&Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class ScheduleDialog(QDialog):
    """Choose when a cleared post goes out (never before the embargo)."""

    def __init__(self, earliest: datetime, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Publish at a time"))
        form = QFormLayout(self)
        self.when = QDateTimeEdit(_to_qt(earliest))
        self.when.setMinimumDateTime(_to_qt(earliest))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd/MM/yyyy HH:mm")
        named(self.when, self.tr("Publishing time"))
        form.addRow(self.tr("Publish &at"), self.when)
        form.addRow(QLabel(self.tr("It will not go before the embargo.")))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> datetime:
        return _from_qt(self.when.dateTime())
