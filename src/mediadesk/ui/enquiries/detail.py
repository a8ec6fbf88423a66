"""The enquiry editor: autosaved fields, workflow buttons and the history panel."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mediadesk.domain.audit import describe_change
from mediadesk.domain.enquiry import (
    TRANSITIONS,
    Channel,
    Enquiry,
    Priority,
    ResponseType,
    Status,
)
from mediadesk.errors import KnownError
from mediadesk.services.enquiries import NEEDS_LINES, NOT_A_CLEARER, EnquiryService
from mediadesk.services.enquiry_drafts import DRAFT_PREFIX, changes_from_form
from mediadesk.ui import i18n
from mediadesk.ui.enquiries.quicklog import from_qt, to_qt
from mediadesk.ui.enquiries.workflow import ACTION_LABELS, in_reading_order
from mediadesk.ui.widgets.access import named
from mediadesk.ui.widgets.forms import PlainText, buddy, enum_combo
from mediadesk.ui.widgets.labels import plain_label
from mediadesk.words import QT_TRANSLATE_NOOP

DRAFT_DELAY_MS = 300  # what is typed reaches the database within about half a second
MAX_DIRTY_S = 1.5
COMMIT_IDLE_MS = 4000


class EnquiryEditor(QWidget):
    """Edits one enquiry; every keystroke is kept, changes are audited when committed."""

    changed = Signal(int)
    shown = Signal()  # another enquiry, or another state of it, is on screen

    def __init__(self, service: EnquiryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.current: Enquiry | None = None
        self._loading = False
        self._dirty_since: float | None = None
        self.setAccessibleName(self.tr("Enquiry details"))

        self.title = plain_label()
        self.title.setObjectName("enquiryTitle")
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.state = plain_label()
        self.state.setWordWrap(True)
        self.banner = plain_label()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("color: #b00020; font-weight: bold;")
        self.banner.setVisible(False)

        self.subject = QLineEdit()
        self.journalist = QLineEdit()
        self.outlet = QLineEdit()
        self.channel = enum_combo(list(Channel))
        self.priority = enum_combo(list(Priority))
        self.owner = QLineEdit()
        self.tags = QLineEdit()
        self.deadline = QDateTimeEdit()
        self.deadline.setDisplayFormat("ddd dd/MM/yyyy HH:mm")
        self.deadline.setCalendarPopup(True)
        self.no_deadline = QCheckBox(self.tr("No deadline"))
        self.questions = PlainText()
        self.questions.setMinimumHeight(80)
        self.response = PlainText()
        self.response.setPlaceholderText(self.tr("The lines to give, for clearance"))
        self.response.setMinimumHeight(80)
        self.response_type = enum_combo(list(ResponseType))
        for widget, name in (
            (self.subject, QT_TRANSLATE_NOOP("EnquiryEditor", "Subject")),
            (self.journalist, QT_TRANSLATE_NOOP("EnquiryEditor", "Journalist")),
            (self.outlet, QT_TRANSLATE_NOOP("EnquiryEditor", "Outlet")),
            (self.channel, QT_TRANSLATE_NOOP("EnquiryEditor", "Channel")),
            (self.priority, QT_TRANSLATE_NOOP("EnquiryEditor", "Priority")),
            (self.owner, QT_TRANSLATE_NOOP("EnquiryEditor", "Owner")),
            (self.tags, QT_TRANSLATE_NOOP("EnquiryEditor", "Tags")),
            (self.deadline, QT_TRANSLATE_NOOP("EnquiryEditor", "Deadline")),
            (self.no_deadline, QT_TRANSLATE_NOOP("EnquiryEditor", "No deadline")),
            (self.questions, QT_TRANSLATE_NOOP("EnquiryEditor", "Questions")),
            (self.response, QT_TRANSLATE_NOOP("EnquiryEditor", "Response lines")),
            (self.response_type, QT_TRANSLATE_NOOP("EnquiryEditor", "Response given as")),
        ):
            named(widget, self.tr(name))

        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.deadline, 1)
        deadline_row.addWidget(self.no_deadline)
        form = QFormLayout()
        form.addRow(buddy(self.tr("S&ubject"), self.subject), self.subject)
        form.addRow(buddy(self.tr("Journalist"), self.journalist), self.journalist)
        form.addRow(buddy(self.tr("Outlet"), self.outlet), self.outlet)
        form.addRow(buddy(self.tr("Channel"), self.channel), self.channel)
        form.addRow(buddy(self.tr("Deadline"), self.deadline), deadline_row)
        form.addRow(buddy(self.tr("Priority"), self.priority), self.priority)
        form.addRow(buddy(self.tr("Owner"), self.owner), self.owner)
        form.addRow(buddy(self.tr("Tags"), self.tags), self.tags)
        form.addRow(buddy(self.tr("Questions"), self.questions), self.questions)

        response_box = QGroupBox(self.tr("Response"))
        response_form = QFormLayout(response_box)
        response_form.addRow(buddy(self.tr("&Lines"), self.response), self.response)
        response_form.addRow(buddy(self.tr("Given as"), self.response_type), self.response_type)
        self.clearance = plain_label()
        response_form.addRow(self.clearance)

        self.action_row = QHBoxLayout()
        self.history = QTreeWidget()
        self.history.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Change")])
        self.history.setRootIsDecorated(False)
        self.history.setAccessibleName(self.tr("History"))
        self.history.setMinimumHeight(120)
        history_box = QGroupBox(self.tr("History"))
        QVBoxLayout(history_box).addWidget(self.history)

        self.body = QWidget()
        inner = QVBoxLayout(self.body)
        inner.addLayout(self.action_row)
        inner.addLayout(form)
        inner.addWidget(response_box)
        inner.addWidget(history_box, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.title)
        outer.addWidget(self.state)
        outer.addWidget(self.banner)
        outer.addWidget(scroll, 1)

        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self._commit_timer = QTimer(self, singleShot=True, interval=COMMIT_IDLE_MS)
        self._commit_timer.timeout.connect(self.commit)
        for edit in (self.subject, self.journalist, self.outlet, self.owner, self.tags):
            edit.textEdited.connect(self._edited)
            edit.editingFinished.connect(self.commit)
        for text in (self.questions, self.response):
            text.textChanged.connect(self._edited)
            text.editingFinished.connect(self.commit)
        for combo in (self.channel, self.priority, self.response_type):
            combo.currentIndexChanged.connect(self._edited_now)
        self.deadline.dateTimeChanged.connect(self._edited)
        self.deadline.editingFinished.connect(self.commit)
        self.no_deadline.toggled.connect(self._edited_now)
        self._empty()

    # -- loading -----------------------------------------------------------------------

    def widest(self) -> int:
        """The width its form needs without a sideways scroll bar."""
        inner = self.findChild(QScrollArea)
        shown = inner.widget() if inner is not None else None
        return 0 if shown is None else shown.minimumSizeHint().width()

    def minimumSizeHint(self) -> QSize:
        """As wide as its widest row, so nothing scrolls sideways (a 1366×768 laptop hid the
        buttons and "No deadline"); the list beside it takes the rest. 40: the scroll bar."""
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self.widest() + 40), hint.height())

    def show_enquiry(self, enquiry_id: int | None) -> None:
        """Switch to another enquiry, committing the current one first."""
        self.commit()
        if enquiry_id is None:
            self._empty()
            return
        self._fill(self.service.get(enquiry_id))

    def _empty(self) -> None:
        self.current = None
        self.body.setEnabled(False)
        self.body.setVisible(False)  # no placeholder values for an enquiry that isn't there
        self.title.setText(self.tr("No enquiry selected"))
        self.state.setText(self.tr("Select an enquiry in the list, or press Ctrl+N to log one."))
        self.shown.emit()

    def _fill(self, enquiry: Enquiry) -> None:
        self._loading = True
        try:
            self.current = enquiry
            self.body.setEnabled(True)
            self.body.setVisible(True)
            self.title.setText(f"{enquiry.ref} · {enquiry.subject}")
            received = i18n.date_time(enquiry.received)
            self.state.setText(
                self.tr("{status} · received {when} by {channel}").format(
                    status=i18n.label(enquiry.status),
                    when=received,
                    channel=i18n.label(enquiry.channel).lower(),
                )
            )
            for edit, value in (
                (self.subject, enquiry.subject),
                (self.journalist, enquiry.journalist),
                (self.outlet, enquiry.outlet),
                (self.owner, enquiry.owner),
                (self.tags, ", ".join(enquiry.tags)),
            ):
                if edit.text() != value:
                    edit.setText(value)
            for text, value in (
                (self.questions, enquiry.questions),
                (self.response, enquiry.response),
            ):
                if text.toPlainText() != value:
                    text.setPlainText(value)
            self.channel.set_value(enquiry.channel)
            self.priority.set_value(enquiry.priority)
            self.response_type.set_value(enquiry.response_type)
            self.no_deadline.setChecked(enquiry.deadline is None)
            self.deadline.setEnabled(enquiry.deadline is not None)
            if enquiry.deadline is not None:
                self.deadline.setDateTime(to_qt(enquiry.deadline))
            if enquiry.cleared_by and enquiry.cleared_at:
                self.clearance.setText(
                    self.tr("Cleared by {who} at {when}").format(
                        who=enquiry.cleared_by,
                        when=i18n.date_time(enquiry.cleared_at),
                    )
                )
            else:
                self.clearance.setText(self.tr("Not cleared yet"))
            self._fill_actions(enquiry.status)
            self._fill_history(enquiry.id)
        finally:
            self._loading = False

    def _fill_actions(self, status: Status) -> None:
        focused = QApplication.focusWidget()
        was_here = (
            focused is not None and self.isAncestorOf(focused) and isinstance(focused, QPushButton)
        )
        self._build_actions(status)
        first = self.action_row.itemAt(0)
        button = first.widget() if first is not None else None
        if was_here and button is not None:
            # The step's button went: focus stays with the steps (once the new ones show).
            QTimer.singleShot(0, button, button.setFocus)
        self.shown.emit()

    def _build_actions(self, status: Status) -> None:
        while self.action_row.count():
            item = self.action_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)  # out of the focus chain now, not when deleted
                widget.deleteLater()
        for target in sorted(TRANSITIONS[status], key=list(Status).index):
            label = ACTION_LABELS[target]
            if target is Status.IN_PROGRESS and not status.is_open:
                label = QT_TRANSLATE_NOOP("Workflow", "Reopen")
            button = QPushButton(QCoreApplication.translate("Workflow", label))
            named(button, button.text())
            if target is Status.CLEARED and not self.service.may_clear():
                button.setEnabled(False)
                button.setToolTip(i18n.message(NOT_A_CLEARER))
            button.clicked.connect(lambda _=False, t=target: self.move_to(t))
            self.action_row.addWidget(button)
        self.action_row.addStretch(1)
        # Tab reaches the steps where they are shown: before the subject, not 18 Tabs later.
        in_reading_order(self.action_row, self.subject)

    def _fill_history(self, enquiry_id: int) -> None:
        self.history.clear()
        for entry in reversed(self.service.history(enquiry_id)):
            when = i18n.date_time(entry.ts)
            if entry.action == "created":
                change = self.tr("Logged as {ref}").format(ref=entry.new or "")
            elif entry.action == "disposed":
                change = self.tr("Disposed of under the retention policy ({how})").format(
                    how=entry.field
                )
            elif entry.old is None and entry.new is None:
                change = self.tr("{field} changed (removed under retention)").format(
                    field=entry.field
                )
            else:
                change = describe_change(entry.field, entry.old, entry.new)
            item = QTreeWidgetItem([when, entry.actor, change])
            item.setToolTip(2, f"{entry.field}\n{entry.old}\n→\n{entry.new}")
            self.history.addTopLevelItem(item)
        self.history.resizeColumnToContents(0)

    # -- editing ---------------------------------------------------------------------------
    def _edited(self, *_: object) -> None:
        if self._loading or self.current is None:
            return
        self.deadline.setEnabled(not self.no_deadline.isChecked())
        now = time.monotonic()
        if self._dirty_since is None:
            self._dirty_since = now
        if now - self._dirty_since >= MAX_DIRTY_S:
            self.save_draft()
        else:
            self._draft_timer.start()
        self._commit_timer.start()

    def _edited_now(self, *_: object) -> None:
        self._edited()
        if not self._loading:
            self.commit()

    def form(self) -> dict[str, Any]:
        """What the editor holds now, as stored in a draft."""
        return {
            "subject": self.subject.text(),
            "journalist": self.journalist.text(),
            "outlet": self.outlet.text(),
            "owner": self.owner.text(),
            "tags": self.tags.text(),
            "questions": self.questions.toPlainText(),
            "response": self.response.toPlainText(),
            "channel": self.channel.value().value,
            "priority": self.priority.value().value,
            "response_type": self.response_type.value().value,
            "deadline": None
            if self.no_deadline.isChecked()
            else int(from_qt(self.deadline.dateTime()).timestamp()),
        }

    def save_draft(self) -> None:
        """Keep what is typed in the database so a crash loses at most a moment of it."""
        self._draft_timer.stop()
        if self.current is None or self._dirty_since is None:
            return
        try:
            self.service.save_draft(f"{DRAFT_PREFIX}{self.current.id}", self.form())
            self._dirty_since = None
        except KnownError as exc:
            self._warn(i18n.message(exc.message))

    def commit(self) -> None:
        """Apply the edits to the enquiry (audited) and drop the draft."""
        self._commit_timer.stop()
        self._draft_timer.stop()
        if self.current is None or self._loading:
            return
        changes = changes_from_form(self.current, self.form())
        if not changes:
            self._dirty_since = None
            return
        try:
            updated = self.service.update(self.current.id, **changes)
            self.service.discard_draft(f"{DRAFT_PREFIX}{self.current.id}")
        except KnownError as exc:
            self.save_draft()
            self._warn(i18n.message(exc.message))
            return
        self._dirty_since = None
        self.banner.setVisible(False)
        if updated.status is not self.current.status:
            self._warn(self.tr("The response changed after clearance, so it needs clearing again."))
        self._fill(updated)
        self.changed.emit(updated.id)

    def move_to(self, target: Status) -> None:
        """Apply a workflow step after committing any edits (clearing is confirmed first)."""
        self.commit()
        if self.current is None:
            return
        if target is Status.CLEARED:
            if not self.current.response.strip():
                self._warn(self.tr(NEEDS_LINES))
                return
            from mediadesk.ui.enquiries.clearance import ClearForReleaseDialog

            who, fixed = self.service.clearer()
            dialog = ClearForReleaseDialog(self.current.response, who, fixed, self)
            dialog.accepted.connect(lambda: self._move(target, dialog.who.text()))
            dialog.open()
            return
        self._move(target)

    def _move(self, target: Status, cleared_by: str | None = None) -> None:
        if self.current is None:
            return
        try:
            updated = self.service.set_status(self.current.id, target, cleared_by)
        except KnownError as exc:
            self._warn(i18n.message(exc.message))
            return
        self.banner.setVisible(False)
        self._fill(updated)
        self.changed.emit(updated.id)

    def _warn(self, message: str) -> None:
        self.banner.setText(message)
        self.banner.setVisible(True)
