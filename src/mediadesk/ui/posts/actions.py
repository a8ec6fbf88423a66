"""The composer's action bar: clearance, the outbox, the clearance sheet and manual posting."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget

from mediadesk.context import AppContext
from mediadesk.domain.posts import Post, PostStatus
from mediadesk.errors import KnownError
from mediadesk.services.posts import PostService
from mediadesk.ui import i18n
from mediadesk.words import QT_TRANSLATE_NOOP


class EditedPost(Protocol):
    """What the bar needs of the editor it sits in (the composer), without importing it."""

    ctx: AppContext
    post: Post | None
    changed: SignalInstance
    queued: SignalInstance
    message: SignalInstance

    @property
    def service(self) -> PostService: ...

    def save(self) -> None: ...

    def show_state(self, post: Post) -> None: ...


Action = Callable[[PostService, int], Post]
BUTTONS = (
    ("submit", QT_TRANSLATE_NOOP("ActionBar", "&Submit for clearance")),
    ("clear", QT_TRANSLATE_NOOP("ActionBar", "Record &clearance…")),
    ("draft", QT_TRANSLATE_NOOP("ActionBar", "&Return to draft")),
    ("now", QT_TRANSLATE_NOOP("ActionBar", "Publish &now")),
    ("at", QT_TRANSLATE_NOOP("ActionBar", "P&ublish at…")),
    ("unqueue", QT_TRANSLATE_NOOP("ActionBar", "Take out of the outbo&x")),
    ("retry", QT_TRANSLATE_NOOP("ActionBar", "&Retry")),
    ("sheet", QT_TRANSLATE_NOOP("ActionBar", "Clearance sheet (PDF)…")),  # every letter is taken
    ("copy", QT_TRANSLATE_NOOP("ActionBar", "Cop&y for manual posting…")),
)


def shown_for(status: PostStatus) -> dict[str, bool]:
    """Which actions a post in `status` offers."""
    return {
        "submit": status is PostStatus.DRAFT,
        "clear": status is PostStatus.SUBMITTED,
        "draft": status in (PostStatus.SUBMITTED, PostStatus.CLEARED),
        "now": status is PostStatus.CLEARED,
        "at": status is PostStatus.CLEARED,
        "unqueue": status in (PostStatus.QUEUED, PostStatus.FAILED),
        "retry": status is PostStatus.FAILED,
        "sheet": True,
        "copy": True,
    }


class ActionBar(QWidget):
    """Buttons for what can happen to the composer's post next."""

    def __init__(self, composer: EditedPost, parent: QWidget) -> None:
        super().__init__(parent)
        self.composer = composer
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        slots = {
            "submit": self.submit,
            "clear": self.record_clearance,
            "draft": self.return_to_draft,
            "now": self.publish_now,
            "at": self.publish_at,
            "unqueue": self.unqueue,
            "retry": self.retry,
            "sheet": self.clearance_sheet,
            "copy": self.copy_for_manual,
        }
        self.buttons: dict[str, QPushButton] = {}
        for key, text in BUTTONS:
            button = QPushButton(self.tr(text))
            button.clicked.connect(slots[key])
            button.setVisible(False)  # until a post says which apply (all nine are too wide)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)

    def show_for(self, status: PostStatus) -> None:
        offered = shown_for(status)
        # In an office only a clearer clears (the office holds everyone to it as well).
        offered["clear"] = offered["clear"] and self.composer.service.may_clear()
        for key, visible in offered.items():
            self.buttons[key].setVisible(visible)

    def _act(self, action: Action) -> bool:
        composer = self.composer
        if composer.post is None:
            return False
        composer.save()
        try:
            post = action(composer.service, composer.post.id)
        except KnownError as exc:
            QMessageBox.warning(self, "MediaDesk", i18n.message(exc.message))
            return False
        composer.show_state(post)
        composer.changed.emit()
        return True

    def submit(self) -> None:
        self._act(lambda s, pid: s.submit(pid))

    def record_clearance(self) -> None:
        from mediadesk.ui.posts.dialogs import ClearanceDialog

        dialog = ClearanceDialog(self.composer.ctx.user, self)
        if dialog.exec() == ClearanceDialog.DialogCode.Accepted:
            who, note = dialog.who.text(), dialog.note.text()
            self._act(lambda s, pid: s.clear(pid, who, note))

    def return_to_draft(self) -> None:
        reason = self.tr("Returned to draft.")
        self._act(lambda s, pid: s.return_to_draft(pid, reason))

    def publish_now(self) -> None:
        if self._act(lambda s, pid: s.queue(pid)):
            self.composer.queued.emit()

    def publish_at(self) -> None:
        from mediadesk.domain.review import earliest_publish
        from mediadesk.ui.posts.dialogs import ScheduleDialog

        composer = self.composer
        if composer.post is None:
            return
        visit = composer.service.visit(composer.post.visit_id)
        dialog = ScheduleDialog(earliest_publish(visit, composer.ctx.clock()), self)
        if dialog.exec() == ScheduleDialog.DialogCode.Accepted:
            when = dialog.value()
            if self._act(lambda s, pid: s.queue(pid, when)):
                composer.queued.emit()

    def unqueue(self) -> None:
        self._act(lambda s, pid: s.unqueue(pid))

    def retry(self) -> None:
        composer = self.composer
        if composer.post is None:
            return
        composer.ctx.desk.outbox().retry_failed(composer.post.id)
        composer.show_state(composer.service.post(composer.post.id))
        composer.changed.emit()
        composer.queued.emit()

    def clearance_sheet(self) -> None:
        from mediadesk.ui.posts.sheet import save_clearance_sheet

        composer = self.composer
        if composer.post is None:
            return
        composer.save()
        post = composer.service.post(composer.post.id)
        save_clearance_sheet(self, composer.ctx, post, composer.message.emit)

    def copy_for_manual(self) -> None:
        from mediadesk.ui.posts.sheet import copy_for_manual_posting

        composer = self.composer
        if composer.post is None:
            return
        composer.save()
        post = composer.service.post(composer.post.id)
        copy_for_manual_posting(self, composer.ctx, post, composer.message.emit)
