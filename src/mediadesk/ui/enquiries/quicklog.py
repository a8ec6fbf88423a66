"""The quick-log form: a phone call logged with the keyboard alone."""

from __future__ import annotations

import contextlib
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediadesk.domain.deadlines import QuickDeadline, quick_deadline
from mediadesk.domain.enquiry import (
    Channel,
    Contact,
    Enquiry,
    NewEnquiry,
    OutletType,
    Priority,
    name_key,
    normalise_tags,
)
from mediadesk.errors import KnownError
from mediadesk.services.desk import Desk
from mediadesk.services.email_intake import EmailEnquiry, as_new_enquiry
from mediadesk.ui import i18n
from mediadesk.ui.widgets.access import named
from mediadesk.ui.widgets.forms import PlainText, buddy, enum_combo, set_completions
from mediadesk.ui.widgets.labels import plain_label
from mediadesk.words import QT_TRANSLATE_NOOP

DRAFT = "quicklog"


def to_qt(moment: datetime) -> QDateTime:
    """A QDateTime for an aware datetime."""
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def from_qt(value: QDateTime) -> datetime:
    """An aware local datetime from a QDateTime."""
    return datetime.fromtimestamp(value.toSecsSinceEpoch()).astimezone()


class QuickLogDialog(QDialog):
    """Log a new enquiry; Ctrl+Enter saves, and what is typed survives a crash."""

    logged = Signal(object)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.service = desk.enquiries
        self.setWindowTitle(self.tr("Log an enquiry"))
        self.setAccessibleName(self.tr("Log an enquiry"))
        self.setMinimumWidth(560)
        now = self.service.clock().astimezone()

        self.received = QDateTimeEdit(to_qt(now))
        self.received.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.received.setCalendarPopup(True)
        self.channel = enum_combo(list(Channel), Channel.PHONE)
        self.journalist = QLineEdit()
        self.journalist.setPlaceholderText(self.tr("Name (new names are added to the directory)"))
        self.outlet = QLineEdit()
        self.outlet.setPlaceholderText(self.tr("Newspaper, broadcaster, site…"))
        self.outlet_type = QComboBox()  # asked only for an outlet new to the directory
        self.outlet_type.addItem(self.tr("What kind of outlet?"), None)
        for kind in OutletType:
            self.outlet_type.addItem(i18n.label(kind), kind)
        self.outlet_type.setVisible(False)
        self.subject = QLineEdit()
        self.subject.setPlaceholderText(self.tr("What it is about, in a few words"))
        self.questions = PlainText()
        self.questions.setPlaceholderText(self.tr("The questions, as asked"))
        self.questions.setMinimumHeight(90)
        self.deadline_choice = QComboBox()
        for choice in QuickDeadline:
            self.deadline_choice.addItem(i18n.translate_label(choice.value), choice)
        self.deadline_choice.setCurrentIndex(self.deadline_choice.findData(QuickDeadline.HOUR_2))
        self.deadline_custom = QDateTimeEdit(to_qt(now))
        self.deadline_custom.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.deadline_custom.setCalendarPopup(True)
        self.deadline_custom.setEnabled(False)
        self.priority = enum_combo(list(Priority), Priority.NORMAL)
        self.owner = QLineEdit(self.service.actor)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. health, nhs"))
        self.error = plain_label()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.restored = QLabel(self.tr("Restored what you were typing when MediaDesk closed."))
        self.restored.setVisible(False)

        for widget, name in (
            (self.received, QT_TRANSLATE_NOOP("QuickLogDialog", "Received")),
            (self.channel, QT_TRANSLATE_NOOP("QuickLogDialog", "Channel")),
            (self.journalist, QT_TRANSLATE_NOOP("QuickLogDialog", "Journalist")),
            (self.outlet, QT_TRANSLATE_NOOP("QuickLogDialog", "Outlet")),
            (self.outlet_type, QT_TRANSLATE_NOOP("QuickLogDialog", "Type of the new outlet")),
            (self.subject, QT_TRANSLATE_NOOP("QuickLogDialog", "Subject")),
            (self.questions, QT_TRANSLATE_NOOP("QuickLogDialog", "Questions")),
            (self.deadline_choice, QT_TRANSLATE_NOOP("QuickLogDialog", "Deadline")),
            (self.deadline_custom, QT_TRANSLATE_NOOP("QuickLogDialog", "Custom deadline")),
            (self.priority, QT_TRANSLATE_NOOP("QuickLogDialog", "Priority")),
            (self.owner, QT_TRANSLATE_NOOP("QuickLogDialog", "Owner")),
            (self.tags, QT_TRANSLATE_NOOP("QuickLogDialog", "Tags")),
        ):
            named(widget, self.tr(name))
        self._complete()

        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.deadline_choice)
        deadline_row.addWidget(self.deadline_custom, 1)
        form = QFormLayout()
        form.addRow(buddy(self.tr("&Received"), self.received), self.received)
        form.addRow(buddy(self.tr("C&hannel"), self.channel), self.channel)
        form.addRow(buddy(self.tr("&Journalist"), self.journalist), self.journalist)
        outlet_row = QHBoxLayout()
        outlet_row.addWidget(self.outlet, 1)
        outlet_row.addWidget(self.outlet_type)
        form.addRow(buddy(self.tr("&Outlet"), self.outlet), outlet_row)
        form.addRow(buddy(self.tr("&Subject"), self.subject), self.subject)
        form.addRow(buddy(self.tr("&Questions"), self.questions), self.questions)
        form.addRow(buddy(self.tr("&Deadline"), self.deadline_choice), deadline_row)
        # A deadline the message asks for is offered, never set without the officer.
        self.proposal = plain_label()
        self.proposal.setWordWrap(True)
        self.use_proposal = QPushButton(self.tr("Use this dead&line"))
        self.use_proposal.clicked.connect(self._use_proposal)
        self.proposed: datetime | None = None
        proposal_row = QHBoxLayout()
        proposal_row.addWidget(self.proposal, 1)
        proposal_row.addWidget(self.use_proposal)
        self.proposal.setVisible(False)
        self.use_proposal.setVisible(False)
        form.addRow("", proposal_row)
        form.addRow(buddy(self.tr("&Priority"), self.priority), self.priority)
        form.addRow(buddy(self.tr("O&wner"), self.owner), self.owner)
        form.addRow(buddy(self.tr("&Tags"), self.tags), self.tags)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save (Ctrl+Enter)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        named(self.save_button, self.tr("Save enquiry"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        named(cancel, self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.discard)

        layout = QVBoxLayout(self)
        layout.addWidget(self.restored)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        self.setTabOrder(self.received, self.channel)
        self.setTabOrder(self.channel, self.journalist)
        self.setTabOrder(self.journalist, self.outlet)
        self.setTabOrder(self.outlet, self.outlet_type)
        self.setTabOrder(self.outlet_type, self.subject)
        self.setTabOrder(self.subject, self.questions)
        self.setTabOrder(self.questions, self.deadline_choice)
        self.setTabOrder(self.deadline_choice, self.deadline_custom)
        self.setTabOrder(self.deadline_custom, self.priority)
        self.setTabOrder(self.priority, self.owner)
        self.setTabOrder(self.owner, self.tags)

        self.deadline_choice.currentIndexChanged.connect(self._deadline_changed)
        self._deadline_changed()
        self.journalist.editingFinished.connect(self._fill_outlet)
        self.outlet.textChanged.connect(self._outlet_typed)
        self._draft_timer = QTimer(self, singleShot=True, interval=400)
        self._draft_timer.timeout.connect(self._save_draft)
        for edit in (self.journalist, self.outlet, self.subject, self.owner, self.tags):
            edit.textChanged.connect(self._draft_timer.start)
        self.questions.textChanged.connect(self._draft_timer.start)
        self._restore_draft()
        self.journalist.setFocus()

    def _complete(self) -> None:
        people = self.desk.directory.contacts()
        self._outlet_of = {c.name.casefold(): c.outlet_name for c in people}
        set_completions(self.journalist, [c.name for c in people])
        outlets = self.desk.directory.outlets()
        self._known_outlets = {name_key(o.name) for o in outlets}
        set_completions(self.outlet, [o.name for o in outlets])
        set_completions(self.owner, self.service.owners())
        set_completions(self.tags, self.service.tags())

    def _fill_outlet(self) -> None:
        known = self._outlet_of.get(self.journalist.text().strip().casefold())
        if known and not self.outlet.text().strip():
            self.outlet.setText(known)

    def _new_outlet(self) -> bool:
        """Whether the outlet typed is one the directory does not have yet."""
        typed = self.outlet.text().strip()
        return bool(typed) and name_key(typed) not in self._known_outlets

    def _outlet_typed(self) -> None:
        self.outlet_type.setVisible(self._new_outlet())

    def _deadline_changed(self) -> None:
        choice = self.deadline_choice.currentData()
        custom = choice is QuickDeadline.CUSTOM
        self.deadline_custom.setEnabled(custom)
        if custom:  # it starts from the deadline last chosen, not from the time received
            self.deadline_custom.setFocus()
            return
        meant = quick_deadline(choice, self.service.clock().astimezone())
        if meant is not None:  # the box shows what the quick choice means
            self.deadline_custom.setDateTime(to_qt(meant))

    def _form(self) -> dict[str, Any]:
        return {
            "journalist": self.journalist.text(),
            "outlet": self.outlet.text(),
            "subject": self.subject.text(),
            "questions": self.questions.toPlainText(),
            "owner": self.owner.text(),
            "tags": self.tags.text(),
        }

    def _save_draft(self) -> None:
        try:
            self.service.save_draft(DRAFT, self._form())
        except KnownError as exc:
            self._show_error(i18n.message(exc.message))

    def _restore_draft(self) -> None:
        draft = self.service.load_draft(DRAFT)
        if not draft or not any(str(v).strip() for k, v in draft.items() if k != "owner"):
            return
        self.journalist.setText(draft.get("journalist", ""))
        self.outlet.setText(draft.get("outlet", ""))
        self.subject.setText(draft.get("subject", ""))
        self.questions.setPlainText(draft.get("questions", ""))
        self.owner.setText(draft.get("owner", "") or self.owner.text())
        self.tags.setText(draft.get("tags", ""))
        self.restored.setVisible(True)

    def prefill(
        self,
        *,
        received: datetime,
        channel: Channel,
        journalist: str,
        outlet: str,
        subject: str,
        questions: str,
    ) -> None:
        """Start from something seen elsewhere (a monitored post or article)."""
        self.received.setDateTime(to_qt(received))
        self.channel.set_value(channel)
        self.journalist.setText(journalist)
        self.outlet.setText(outlet)
        self.subject.setText(subject)
        self.questions.setPlainText(questions)
        self.restored.setVisible(False)
        self.subject.setFocus()

    def prefill_from_email(self, message: EmailEnquiry, contact: Contact | None) -> None:
        """Start from a journalist's email; a deadline it asks for is offered to confirm."""
        new = as_new_enquiry(message, contact)
        self.prefill(
            received=new.received,
            channel=new.channel,
            journalist=new.journalist,
            outlet=new.outlet,
            subject=new.subject,
            questions=new.questions,
        )
        self.proposed = message.deadline
        if message.deadline is not None:
            self.proposal.setText(
                self.tr("The message asks for a reply “{words}”: {when}.").format(
                    words=message.deadline_words, when=i18n.long_date(message.deadline)
                )
            )
        self.proposal.setVisible(message.deadline is not None)
        self.use_proposal.setVisible(message.deadline is not None)

    def _use_proposal(self) -> None:
        if self.proposed is None:
            return
        self.deadline_choice.setCurrentIndex(self.deadline_choice.findData(QuickDeadline.CUSTOM))
        self.deadline_custom.setDateTime(to_qt(self.proposed))
        self.use_proposal.setVisible(False)
        self.deadline_custom.setFocus()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)

    def deadline(self, received: datetime) -> datetime | None:
        """The deadline the form says, measured from now (quick choices) or as entered."""
        choice = self.deadline_choice.currentData()
        if choice is QuickDeadline.CUSTOM:
            return from_qt(self.deadline_custom.dateTime())
        return quick_deadline(choice, max(self.service.clock().astimezone(), received))

    def save(self) -> None:
        """Log the enquiry; on a problem, say what and keep everything typed."""
        received = from_qt(self.received.dateTime())
        chosen = self.outlet_type.currentData()  # Qt hands a StrEnum back as its text
        kind = OutletType(chosen) if chosen and self._new_outlet() else None
        if self._new_outlet() and kind is None:
            self._show_error(
                self.tr("{outlet} is new to the directory: say what kind of outlet it is.").format(
                    outlet=self.outlet.text().strip()
                )
            )
            self.outlet_type.setFocus()
            return
        try:
            new = NewEnquiry(
                received=received,
                channel=self.channel.value(),
                subject=self.subject.text(),
                journalist=self.journalist.text(),
                outlet=self.outlet.text(),
                questions=self.questions.toPlainText(),
                deadline=self.deadline(received),
                priority=self.priority.value(),
                owner=self.owner.text(),
                tags=normalise_tags(self.tags.text()),
                outlet_type=kind,
            )
            created: Enquiry = self.service.create(new)
            self._draft_timer.stop()
            self.service.discard_draft(DRAFT)
        except KnownError as exc:
            self._show_error(i18n.message(exc.message))
            if not self.subject.text().strip():
                self.subject.setFocus()
            return
        self.logged.emit(created)
        self.accept()

    def discard(self) -> None:
        """Cancel: forget the draft."""
        self._draft_timer.stop()
        with contextlib.suppress(KnownError):
            self.service.discard_draft(DRAFT)
        self.reject()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.discard()
            return
        super().keyPressEvent(event)
