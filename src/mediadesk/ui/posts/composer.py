"""The post composer: text and variants, photos, live counts, previews, checks and actions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mediadesk.context import AppContext
from mediadesk.domain.platforms import Platform
from mediadesk.domain.posts import ALL_PLATFORMS, Post, PostStatus, count
from mediadesk.errors import KnownError
from mediadesk.media.photos import READABLE
from mediadesk.services.posts import PostService
from mediadesk.ui import i18n
from mediadesk.ui.posts.actions import ActionBar
from mediadesk.ui.posts.photos import PhotoStrip
from mediadesk.ui.posts.quotes import QuoteBar
from mediadesk.ui.posts.review import ReviewPanel
from mediadesk.ui.tasks import TaskRunner
from mediadesk.ui.widgets.access import named
from mediadesk.ui.widgets.labels import markup_label, plain_label

AUTOSAVE_MS = 300  # what is typed reaches the database within about half a second
REVIEW_MS = 150


class Composer(QWidget):
    """Edits one post; saves as you type; shows what each platform will get."""

    changed = Signal()  # the post's status or summary changed: refresh the list
    message = Signal(str)
    queued = Signal()  # a post went into the outbox: run it
    photos_requested = Signal(list)  # paths to prepare and attach

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = tasks
        self._mastodon_limit: int | None = None  # the connected instance's, cached
        self.post: Post | None = None
        self.pixmaps: dict[int, QPixmap] = {}
        self._loading = False
        self.setAcceptDrops(True)
        self.setAccessibleName(self.tr("Post composer"))
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save)
        self._review = QTimer(self, singleShot=True, interval=REVIEW_MS)
        self._review.timeout.connect(self.refresh_review)
        self._alt_edits: dict[int, str] = {}
        self._build()

    @property
    def service(self) -> PostService:
        return self.ctx.posts()

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.banner = QLabel(
            self.tr(
                "Election period: check every post against the propriety guidance. "
                "No new policy, no party political content."
            )
        )
        self.banner.setObjectName("banner")
        self.banner.setStyleSheet(
            "background:#fff3cd; color:#5c4400; padding:6px; border:1px solid #e0c36a;"
        )
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Election period notice"))
        outer.addWidget(self.banner)
        self.visit_label = plain_label()
        self.visit_label.setWordWrap(True)
        outer.addWidget(self.visit_label)
        self.status_label = plain_label()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Post status"))
        outer.addWidget(self.status_label)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self._editor_side())
        self.review = ReviewPanel()
        self.review.finding_chosen.connect(self.select_text)
        self.previews, self.checks = self.review.previews, self.review.checks
        self.results = self.review.results
        split.addWidget(self.review)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([620, 520])
        outer.addWidget(split, 1)
        self.action_bar = ActionBar(self, self)
        self.buttons = self.action_bar.buttons
        outer.addWidget(self.action_bar)

    def _editor_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.platform_boxes: dict[Platform, QCheckBox] = {}
        for platform in ALL_PLATFORMS:
            box = QCheckBox(platform.label)
            named(box, self.tr("Post to {p}").format(p=platform.label))
            box.toggled.connect(self._edited)
            self.platform_boxes[platform] = box
            row.addWidget(box)
        self.thread_box = QCheckBox(self.tr("Post as a &thread where too long"))
        self.thread_box.toggled.connect(self._edited)
        row.addStretch(1)
        row.addWidget(self.thread_box)
        layout.addLayout(row)
        self.texts = QTabWidget()
        self.main_text = self._text_editor(self.tr("Post text"), self.tr("Write the post…"))
        self.texts.addTab(self.main_text, self.tr("All platforms"))
        self.variants: dict[Platform, QPlainTextEdit] = {}
        for platform in ALL_PLATFORMS:
            editor = self._text_editor(
                self.tr("{p} version").format(p=platform.label),
                self.tr("Leave empty to use the main text on {p}.").format(p=platform.label),
            )
            self.variants[platform] = editor
            self.texts.addTab(editor, platform.label)
        layout.addWidget(self.texts, 1)
        self.counts = markup_label()
        self.counts.setAccessibleName(self.tr("Length on each platform"))
        layout.addWidget(self.counts)
        form = QFormLayout()
        self.link = QLineEdit()
        self.link.setPlaceholderText("https://www.gov.uk/…")
        named(self.link, self.tr("Link"))
        self.link.textEdited.connect(self._edited)
        self.hashtags = QLineEdit()
        self.hashtags.setPlaceholderText(self.tr("e.g. SchoolMeals (added at the end)"))
        named(self.hashtags, self.tr("Hashtags"))
        self.hashtags.textEdited.connect(self._edited)
        form.addRow(self.tr("&Link"), self.link)
        form.addRow(self.tr("Hashta&gs"), self.hashtags)
        self.quote_bar = QuoteBar(lambda: self.service, self.main_text)
        self.quote_bar.message.connect(self.message)
        self.quotes = self.quote_bar.quotes
        form.addRow(self.tr("Quotes"), self.quote_bar)
        layout.addLayout(form)
        self.photos = PhotoStrip()
        self.photos.add_requested.connect(self.choose_photos)
        layout.addWidget(self.photos)
        return side

    def _text_editor(self, name: str, placeholder: str) -> QPlainTextEdit:
        editor = QPlainTextEdit()
        editor.setPlaceholderText(placeholder)
        editor.setTabChangesFocus(True)
        named(editor, name)
        editor.textChanged.connect(self._edited)
        return editor

    def shutdown(self) -> None:
        """Save what is typed and stop the timers (the database is about to close)."""
        self.save()
        self._review.stop()
        self._autosave.stop()

    # -- showing a post --------------------------------------------------------------------
    def editing(self) -> bool:
        """Whether words typed here wait to be saved."""
        return self._autosave.isActive() or bool(self._alt_edits)

    def show_post(self, post: Post | None) -> None:
        """Show `post` (None: nothing selected)."""
        if self.post is not None and self.editing():
            self.save()
        self.post = post
        self.setEnabled(post is not None)
        self.banner.setVisible(self.ctx.settings.flag("posts.election_period"))
        if post is None:
            self.status_label.setText(self.tr("Choose or create a post."))
            return
        self._loading = True
        try:
            self.main_text.setPlainText(post.text)
            for platform, editor in self.variants.items():
                editor.setPlainText(post.variants.get(platform, ""))
            self.link.setText(post.link)
            self.hashtags.setText(post.hashtags)
            for platform, box in self.platform_boxes.items():
                box.setChecked(platform in post.platforms)
            self.thread_box.setChecked(post.thread)
            self.quote_bar.load(None if self.post is None else self.post.visit_id)
        finally:
            self._loading = False
        self.show_state(post)

    def show_state(self, post: Post) -> None:
        """Everything that depends on the stored post: status, photos, buttons, review."""
        self.post = post
        visit = self.service.visit(post.visit_id)
        parts = [f"{visit.title}, {visit.date}"]
        if visit.embargo:
            parts.append(self.tr("embargo {t}").format(t=f"{i18n.short(visit.embargo)}"))
        if visit.location_sensitive_until:
            parts.append(
                self.tr("location sensitive until {t}").format(
                    t=f"{i18n.short(visit.location_sensitive_until)}"
                )
            )
        self.visit_label.setText(" · ".join(parts))
        status = i18n.label(post.status)
        if post.status is PostStatus.CLEARED and post.cleared_by:
            status += self.tr(" by {who}").format(who=post.cleared_by)
            if post.clearance_note:
                status += f" ({post.clearance_note})"
        if post.publish_at and post.status is PostStatus.QUEUED:
            status += self.tr(", publishing {t}").format(t=f"{i18n.short(post.publish_at)}")
        if post.status_note:
            status += f" — {post.status_note}"
        self.status_label.setText(status)
        editable = post.editable
        for editor in (self.main_text, *self.variants.values()):
            editor.setReadOnly(not editable)
        for widget in (self.link, self.hashtags):
            widget.setReadOnly(not editable)
        for box in (*self.platform_boxes.values(), self.thread_box):
            box.setEnabled(editable)
        for photo in post.photos:
            if photo.id not in self.pixmaps:
                pixmap = QPixmap()
                pixmap.loadFromData(self.service.photo_data(photo.id))
                self.pixmaps[photo.id] = pixmap
        self.photos.show_photos(post.photos, self.pixmaps, editable)
        for card in self.photos.cards:
            card.alt_edited.connect(self._alt_edited)
            card.moved.connect(self._move_photo)
            card.removed.connect(self._remove_photo)
        self.action_bar.show_for(post.status)
        self._show_results(post)
        self.refresh_review()

    def _show_results(self, post: Post) -> None:
        self.review.show_results(self.ctx.desk.outbox().publications(post.id))

    # -- editing ---------------------------------------------------------------------------
    def draft(self) -> Post | None:
        """The post as it is on screen (not yet saved)."""
        if self.post is None:
            return None
        return replace(
            self.post,
            text=self.main_text.toPlainText(),
            variants={p: e.toPlainText() for p, e in self.variants.items() if e.toPlainText()},
            link=self.link.text().strip(),
            hashtags=self.hashtags.text().strip(),
            platforms=tuple(p for p, b in self.platform_boxes.items() if b.isChecked()),
            thread=self.thread_box.isChecked(),
        )

    def _edited(self, *_: object) -> None:
        if self._loading or self.post is None or not self.post.editable:
            return
        self.update_counts()
        if not self._autosave.isActive():  # 300 ms after the first unsaved keystroke, even
            self._autosave.start()  # while typing goes on: a crash loses at most that
        self._review.start()

    def update_counts(self) -> None:
        """The live per-platform counters (cheap: run on every keystroke)."""
        post = self.draft()
        if post is None:
            return
        if self._mastodon_limit is None:  # read again by refresh_review, not per keystroke
            self._mastodon_limit = self.service.mastodon_limit()
        limit = self._mastodon_limit
        shown = []
        for platform in post.platforms:
            used = count(platform, post.composed(platform), limit)
            colour = "#c62828" if used.over else "gray"
            shown.append(
                f"{platform.label} <span style='color:{colour}'>{used.used}/{used.limit}</span>"
            )
        self.counts.setText(" · ".join(shown))

    def refresh_review(self) -> None:
        """Previews and checks for what is on screen."""
        post = self.draft()
        if post is None:
            return
        self._mastodon_limit = self.service.mastodon_limit()  # the account may have changed
        self.update_counts()
        pixmaps = [self.pixmaps.get(p.id, QPixmap()) for p in post.photos]
        self.review.show_review(self.service.review(post), pixmaps, self._account_names())

    def _account_names(self) -> dict[Platform, tuple[str, str]]:
        return {p: (self.tr("Press Office"), h) for p, h in self.service.account_handles().items()}

    def select_text(self, start: int, end: int) -> None:
        """Select the words a finding is about in the main text."""
        if end > len(self.main_text.toPlainText()):
            return
        cursor = self.main_text.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.texts.setCurrentWidget(self.main_text)
        self.main_text.setTextCursor(cursor)
        self.main_text.setFocus()

    def save(self) -> None:
        """Save what is on screen (autosave); says so if it returned the post to draft."""
        self._autosave.stop()
        post = self.draft()
        if post is None or not self.post or not self.post.editable:
            return
        before = self.post.status
        try:
            saved = self.service.save_content(
                post.id,
                text=post.text,
                variants=post.variants,
                hashtags=post.hashtags,
                link=post.link,
                platforms=post.platforms,
                thread=post.thread,
            )
            for photo_id, alt in list(self._alt_edits.items()):
                saved = self.service.set_alt(post.id, photo_id, alt)
            self._alt_edits.clear()
        except KnownError as exc:
            self.message.emit(i18n.message(exc.message))
            return
        self.post = saved
        if saved.status is not before:
            self.message.emit(saved.status_note or i18n.label(saved.status))
            self.show_state(saved)
            self.changed.emit()

    def _alt_edited(self, photo_id: int, text: str) -> None:
        self._alt_edits[photo_id] = text
        if self.post is not None:
            self.post = replace(
                self.post,
                photos=tuple(
                    replace(p, alt=text) if p.id == photo_id else p for p in self.post.photos
                ),
            )
        if not self._autosave.isActive():
            self._autosave.start()
        self._review.start()

    def _move_photo(self, photo_id: int, offset: int) -> None:
        self._photo_op(lambda s, pid: s.move_photo(pid, photo_id, offset))

    def _remove_photo(self, photo_id: int) -> None:
        self._photo_op(lambda s, pid: s.remove_photo(pid, photo_id))

    def _photo_op(self, op: Callable[[PostService, int], Post]) -> None:
        if self.post is None:
            return
        self.save()
        try:
            post = op(self.service, self.post.id)
        except KnownError as exc:
            self.message.emit(i18n.message(exc.message))
            return
        self.show_state(post)
        self.changed.emit()

    # -- photos ----------------------------------------------------------------------------
    def choose_photos(self) -> None:
        patterns = " ".join(f"*.{ext}" for ext in READABLE)
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), "", self.tr("Photos ({p})").format(p=patterns)
        )
        if paths:
            self.photos_requested.emit([Path(p) for p in paths])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.post is not None and self.post.editable:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.photos_requested.emit(paths)
            event.acceptProposedAction()

    # -- clearance and publishing ------------------------------------------------------------
