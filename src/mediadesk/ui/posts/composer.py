"""The post composer: text and variants, photos, live counts, previews, checks and actions."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mediadesk.context import AppContext
from mediadesk.domain.post_checks import Finding, Severity
from mediadesk.domain.posts import ALL_PLATFORMS, Platform, Post, PostStatus, count
from mediadesk.errors import KnownError
from mediadesk.media.photos import READABLE
from mediadesk.services.posts import PostService
from mediadesk.ui.posts.photos import PhotoStrip
from mediadesk.ui.posts.preview import PostPreview
from mediadesk.ui.tasks import TaskRunner
from mediadesk.ui.widgets.forms import named

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
        self.visit_label = QLabel()
        self.visit_label.setWordWrap(True)
        outer.addWidget(self.visit_label)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Post status"))
        outer.addWidget(self.status_label)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self._editor_side())
        split.addWidget(self._review_side())
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([620, 520])
        outer.addWidget(split, 1)
        outer.addLayout(self._actions())

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
        self.counts = QLabel()
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
        form.addRow(self.tr("&Hashtags"), self.hashtags)
        quotes = QHBoxLayout()
        self.quotes = QComboBox()
        self.quotes.setMinimumContentsLength(30)
        named(self.quotes, self.tr("Minister's quotes"))
        insert = QPushButton(self.tr("&Insert quote"))
        insert.clicked.connect(self.insert_quote)
        keep = QPushButton(self.tr("Keep selection as a &quote"))
        keep.clicked.connect(self.keep_quote)
        quotes.addWidget(self.quotes, 1)
        quotes.addWidget(insert)
        quotes.addWidget(keep)
        form.addRow(self.tr("Quotes"), quotes)
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

    def _review_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        stack = QVBoxLayout(holder)
        self.previews = {p: PostPreview(p) for p in ALL_PLATFORMS}
        for preview in self.previews.values():
            stack.addWidget(preview)
        stack.addStretch(1)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 3)
        layout.addWidget(QLabel(self.tr("<b>Checks</b>")))
        self.checks = QListWidget()
        self.checks.setWordWrap(True)
        self.checks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        named(self.checks, self.tr("Checks before clearance"))
        self.checks.itemActivated.connect(self._show_finding)
        self.checks.itemClicked.connect(self._show_finding)
        layout.addWidget(self.checks, 1)
        self.results = QLabel()
        self.results.setOpenExternalLinks(True)
        self.results.setWordWrap(True)
        self.results.setAccessibleName(self.tr("Publishing results"))
        layout.addWidget(self.results)
        return side

    def _actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("submit", "&Submit for clearance", self.submit),
            ("clear", "Record &clearance…", self.record_clearance),
            ("draft", "Return to &draft", self.return_to_draft),
            ("now", "Publish &now", self.publish_now),
            ("at", "Publish &at…", self.publish_at),
            ("unqueue", "Take out of the &outbox", self.unqueue),
            ("retry", "&Retry", self.retry),
            ("sheet", "Clearance s&heet (PDF)…", self.clearance_sheet),
            ("copy", "Copy for &manual posting…", self.copy_for_manual),
        ):
            button = QPushButton(self.tr(text))
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        return row

    def shutdown(self) -> None:
        """Save what is typed and stop the timers (the database is about to close)."""
        self.save()
        self._review.stop()
        self._autosave.stop()

    # -- showing a post --------------------------------------------------------------------
    def show_post(self, post: Post | None) -> None:
        """Show `post` (None: nothing selected)."""
        if self.post is not None and (self._autosave.isActive() or self._alt_edits):
            self.save()
        self.post = post
        self.setEnabled(post is not None)
        self.banner.setVisible(bool(self.ctx.settings.get("posts.election_period")))
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
            self._load_quotes()
        finally:
            self._loading = False
        self._show_state(post)

    def _show_state(self, post: Post) -> None:
        """Everything that depends on the stored post: status, photos, buttons, review."""
        self.post = post
        visit = self.service.visit(post.visit_id)
        parts = [f"<b>{visit.title}</b>, {visit.date}"]
        if visit.embargo:
            parts.append(
                self.tr("embargo {t}").format(t=f"{visit.embargo.astimezone():%d/%m %H:%M}")
            )
        if visit.location_sensitive_until:
            parts.append(
                self.tr("location sensitive until {t}").format(
                    t=f"{visit.location_sensitive_until.astimezone():%d/%m %H:%M}"
                )
            )
        self.visit_label.setText(" · ".join(parts))
        status = f"<b>{post.status.label}</b>"
        if post.status is PostStatus.CLEARED and post.cleared_by:
            status += self.tr(" by {who}").format(who=post.cleared_by)
            if post.clearance_note:
                status += f" ({post.clearance_note})"
        if post.publish_at and post.status is PostStatus.QUEUED:
            status += self.tr(", publishing {t}").format(
                t=f"{post.publish_at.astimezone():%d/%m %H:%M}"
            )
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
        s = post.status
        visible = {
            "submit": s is PostStatus.DRAFT,
            "clear": s is PostStatus.SUBMITTED,
            "draft": s in (PostStatus.SUBMITTED, PostStatus.CLEARED),
            "now": s is PostStatus.CLEARED,
            "at": s is PostStatus.CLEARED,
            "unqueue": s in (PostStatus.QUEUED, PostStatus.FAILED),
            "retry": s is PostStatus.FAILED,
            "sheet": True,
            "copy": True,
        }
        for key, button in self.buttons.items():
            button.setVisible(visible[key])
        self._show_results(post)
        self.refresh_review()

    def _show_results(self, post: Post) -> None:
        from mediadesk.services.outbox import Outbox

        lines = []
        for pub in Outbox(self.ctx.conn, lambda _p: None, self.ctx.user).publications(post.id):
            part = f" ({pub.part + 1})" if pub.part else ""
            if pub.state == "published":
                lines.append(
                    f"{pub.platform.label}{part}: <a href='{pub.remote_url}'>{pub.remote_url}</a>"
                )
            elif pub.last_error:
                lines.append(f"{pub.platform.label}{part}: {pub.last_error}")
            else:
                lines.append(
                    self.tr("{p}{part}: waiting to publish").format(p=pub.platform.label, part=part)
                )
        self.results.setText("<br>".join(lines))

    def _load_quotes(self) -> None:
        self.quotes.clear()
        if self.post is None:
            return
        for _id, text in self.service.snippets(self.post.visit_id):
            self.quotes.addItem(text if len(text) < 80 else text[:77] + "…", text)

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
        limit = self.service.mastodon_limit()
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
        self.update_counts()
        review = self.service.review(post)
        pixmaps = [self.pixmaps.get(p.id, QPixmap()) for p in post.photos]
        accounts = self._account_names()
        for platform, preview in self.previews.items():
            preview.setVisible(platform in review.texts)
            if platform in review.texts:
                name, handle = accounts.get(platform, ("Press Office", "@pressoffice"))
                preview.show_text(review.texts[platform], name, handle, pixmaps)
        self.checks.clear()
        for finding in (*review.blocking, *review.warnings):
            item = QListWidgetItem(describe(finding))
            item.setData(Qt.ItemDataRole.UserRole, (finding.start, finding.end))
            if finding.severity is Severity.BLOCKING:
                item.setForeground(Qt.GlobalColor.red)
            self.checks.addItem(item)
        if not review.findings:
            self.checks.addItem(self.tr("✔ No problems found."))

    def _account_names(self) -> dict[Platform, tuple[str, str]]:
        rows = self.ctx.conn.execute("SELECT platform, handle FROM accounts").fetchall()
        return {
            Platform(r[0]): ("Press Office", str(r[1]) if str(r[1]).startswith("@") else f"@{r[1]}")
            for r in rows
        }

    def _show_finding(self, item: QListWidgetItem) -> None:
        span = item.data(Qt.ItemDataRole.UserRole)
        if not span or span == (0, 0):
            return
        start, end = span
        text = self.main_text.toPlainText()
        if end > len(text):
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
            self.message.emit(exc.message)
            return
        self.post = saved
        if saved.status is not before:
            self.message.emit(saved.status_note or saved.status.label)
            self._show_state(saved)
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

    def _photo_op(self, op: object) -> None:
        if self.post is None:
            return
        self.save()
        try:
            post = op(self.service, self.post.id)  # type: ignore[operator]
        except KnownError as exc:
            self.message.emit(exc.message)
            return
        self._show_state(post)
        self.changed.emit()

    def insert_quote(self) -> None:
        text = self.quotes.currentData()
        if text:
            self.main_text.insertPlainText(f"“{text}”")

    def keep_quote(self) -> None:
        if self.post is None:
            return
        chosen = self.main_text.textCursor().selectedText().replace("\u2029", "\n").strip("“” ")
        if not chosen:
            self.message.emit(self.tr("Select the minister's words in the text first."))
            return
        self.service.add_snippet(self.post.visit_id, chosen)
        self._load_quotes()
        self.message.emit(self.tr("Quote kept for this visit."))

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
    def _act(self, action: object) -> None:
        if self.post is None:
            return
        self.save()
        try:
            post = action(self.service, self.post.id)  # type: ignore[operator]
        except KnownError as exc:
            QMessageBox.warning(self, "MediaDesk", exc.message)
            return
        self._show_state(post)
        self.changed.emit()

    def submit(self) -> None:
        self._act(lambda s, pid: s.submit(pid))

    def record_clearance(self) -> None:
        from mediadesk.ui.posts.dialogs import ClearanceDialog

        dialog = ClearanceDialog(self.ctx.user, self)
        if dialog.exec() == ClearanceDialog.DialogCode.Accepted:
            who, note = dialog.who.text(), dialog.note.text()
            self._act(lambda s, pid: s.clear(pid, who, note))

    def return_to_draft(self) -> None:
        self._act(lambda s, pid: s.return_to_draft(pid, self.tr("Returned to draft.")))

    def publish_now(self) -> None:
        self._act(lambda s, pid: s.queue(pid))
        self.queued.emit()

    def publish_at(self) -> None:
        from mediadesk.domain.review import earliest_publish
        from mediadesk.ui.posts.dialogs import ScheduleDialog

        if self.post is None:
            return
        visit = self.service.visit(self.post.visit_id)
        dialog = ScheduleDialog(earliest_publish(visit, self.ctx.clock()), self)
        if dialog.exec() == ScheduleDialog.DialogCode.Accepted:
            when = dialog.value()
            self._act(lambda s, pid: s.queue(pid, when))
            self.queued.emit()

    def unqueue(self) -> None:
        self._act(lambda s, pid: s.unqueue(pid))

    def retry(self) -> None:
        from mediadesk.services.outbox import Outbox

        if self.post is None:
            return
        Outbox(self.ctx.conn, lambda _p: None, self.ctx.user, self.ctx.clock).retry_failed(
            self.post.id
        )
        self._show_state(self.service.post(self.post.id))
        self.changed.emit()
        self.queued.emit()

    def clearance_sheet(self) -> None:
        from mediadesk.ui.posts.sheet import save_clearance_sheet

        if self.post is None:
            return
        self.save()
        save_clearance_sheet(self, self.ctx, self.service.post(self.post.id), self.message.emit)

    def copy_for_manual(self) -> None:
        from mediadesk.ui.posts.sheet import copy_for_manual_posting

        if self.post is None:
            return
        self.save()
        copy_for_manual_posting(self, self.ctx, self.service.post(self.post.id), self.message.emit)


def describe(finding: Finding) -> str:
    """How a finding reads in the checks list."""
    mark = "✖" if finding.severity is Severity.BLOCKING else "⚠"
    return f"{mark} {finding.message}"
