"""The Visit posts tab: visits and their posts, the composer, and the outbox in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mediadesk.context import AppContext
from mediadesk.domain.monitoring import FeedItem
from mediadesk.domain.posts import Post, PostStatus
from mediadesk.errors import ValidationError
from mediadesk.media.photos import Limits, prepare, strictest
from mediadesk.services.desk import Area, Desk
from mediadesk.services.outbox import Outbox
from mediadesk.services.posts import PostService
from mediadesk.ui import i18n
from mediadesk.ui.posts.composer import Composer
from mediadesk.ui.tasks import TaskRunner
from mediadesk.ui.widgets.access import named
from mediadesk.ui.widgets.labels import plain_label

OUTBOX_MS = 30_000
STATUS_MARK = {
    PostStatus.DRAFT: "✎",
    PostStatus.SUBMITTED: "…",
    PostStatus.CLEARED: "✔",
    PostStatus.QUEUED: "→",
    PostStatus.PUBLISHED: "●",
    PostStatus.FAILED: "⚠",
}


def _load_counters(_desk: Desk) -> None:
    from mediadesk.domain.counting import x_count

    x_count("MediaDesk")


def summary(post: Post) -> str:
    """One line for the post list."""
    first = (post.text.strip().splitlines() or [""])[0]
    first = first if len(first) <= 60 else first[:57] + "…"
    return f"{STATUS_MARK[post.status]} {i18n.label(post.status)}: {first or '(empty)'}"


class VisitPostsTab(QWidget):
    """Plan a visit's posts, clear them and publish them through the outbox."""

    message = Signal(str)

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Visit posts"))
        self.tasks = tasks  # the window's
        self._publishing = False
        self._preparing: list[Path] = []
        self._photo_errors: list[str] = []
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self._lists())
        self.composer = Composer(ctx, self.tasks)
        self.composer.changed.connect(self.reload_posts)
        self.composer.message.connect(self.message)
        self.composer.queued.connect(self.run_outbox)
        self.composer.photos_requested.connect(self.add_photos)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._empty_page())
        self.pages.addWidget(self.composer)
        split.addWidget(self.pages)
        split.setStretchFactor(1, 4)
        split.setSizes([300, 1100])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)
        self.outbox_timer = QTimer(self, interval=OUTBOX_MS)
        self.outbox_timer.timeout.connect(self.run_outbox)
        self.outbox_timer.start()
        self.reload_visits()
        # twitter-text takes ~0.2 s to import: load it now, not on the first keystroke.
        self.tasks.run(_load_counters, lambda _r: None, lambda _e: None)

    @property
    def service(self) -> PostService:
        return self.ctx.posts()

    def _empty_page(self) -> QWidget:
        """What shows until a post is chosen: what this tab is for and where to start."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.empty_title = plain_label()
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_title.setWordWrap(True)
        layout.addWidget(self.empty_title)
        self.empty_button = QPushButton(self.tr("New visit…"))  # the side's key does it
        self.empty_button.clicked.connect(self._empty_action)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.empty_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    def _empty_action(self) -> None:
        if self._current_visit() is None:
            self.new_visit()
        else:
            self.new_post()

    def _lists(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Visits</b>")))
        self.visits = QListWidget()
        named(self.visits, self.tr("Visits"))
        self.visits.currentItemChanged.connect(self._visit_chosen)
        self.visits.itemDoubleClicked.connect(lambda _i: self.edit_visit())
        layout.addWidget(self.visits, 2)
        row = QHBoxLayout()
        new_visit = QPushButton(self.tr("Ne&w visit…"))
        new_visit.clicked.connect(self.new_visit)
        edit_visit = QPushButton(self.tr("E&dit visit…"))
        edit_visit.clicked.connect(self.edit_visit)
        row.addWidget(new_visit)
        row.addWidget(edit_visit)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("<b>Posts</b>")))
        self.posts = QListWidget()
        named(self.posts, self.tr("Posts of this visit"))
        self.posts.currentItemChanged.connect(self._post_chosen)
        layout.addWidget(self.posts, 3)
        self.new_post_button = QPushButton(self.tr("New &post"))
        self.new_post_button.clicked.connect(self.new_post)
        layout.addWidget(self.new_post_button)
        self.outbox_label = plain_label()
        self.outbox_label.setWordWrap(True)
        self.outbox_label.setAccessibleName(self.tr("Outbox"))
        layout.addWidget(self.outbox_label)
        return side

    # -- visits and posts ------------------------------------------------------------------
    def reload_visits(self, select: int | None = None) -> None:
        current = select if select is not None else self._current_visit()
        self.visits.blockSignals(True)
        self.visits.clear()
        for visit in self.service.visits():
            item = QListWidgetItem(f"{visit.date}  {visit.title}")
            item.setData(Qt.ItemDataRole.UserRole, visit.id)
            self.visits.addItem(item)
            if visit.id == current:
                self.visits.setCurrentItem(item)
        self.visits.blockSignals(False)
        if self.visits.currentItem() is None and self.visits.count():
            self.visits.setCurrentRow(0)
        else:
            self._visit_chosen()
        self._show_outbox()

    def show_stored(self) -> None:
        """Visits and posts changed elsewhere (another laptop, the office): show them as
        stored, leaving alone words being typed."""
        self.reload_visits()
        shown = self.composer.post
        if shown is None or self.composer.editing():
            return
        try:
            stored = self.service.post(shown.id)
        except ValidationError:  # deleted by the office meanwhile
            self.composer.show_post(None)
            return
        if stored != shown:
            self.composer.show_post(stored)

    def _current_visit(self) -> int | None:
        item = self.visits.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _current_post(self) -> int | None:
        item = self.posts.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _visit_chosen(self, *_: object) -> None:
        self.new_post_button.setEnabled(self._current_visit() is not None)
        self.reload_posts()

    def reload_posts(self, select: int | None = None) -> None:
        current = select if select is not None else self._current_post()
        visit_id = self._current_visit()
        self.posts.blockSignals(True)
        self.posts.clear()
        for post in self.service.posts(visit_id) if visit_id else []:
            item = QListWidgetItem(summary(post))
            item.setData(Qt.ItemDataRole.UserRole, post.id)
            self.posts.addItem(item)
            if post.id == current:
                self.posts.setCurrentItem(item)
        self.posts.blockSignals(False)
        if self.posts.currentItem() is None and self.posts.count():
            self.posts.setCurrentRow(0)
        elif self.composer.post is None or self.composer.post.id != self._current_post():
            self._post_chosen()
        self._show_outbox()

    def _post_chosen(self, *_: object) -> None:
        post_id = self._current_post()
        self.composer.show_post(None if post_id is None else self.service.post(post_id))
        self.pages.setCurrentIndex(0 if post_id is None else 1)
        if post_id is None and self._current_visit() is None:
            self.empty_title.setText(
                self.tr(
                    "<h2>Plan a visit's posts</h2><p>Start with the visit: the minister, the "
                    "place, the embargo and until when the location is sensitive. Then write "
                    "its posts, add photos and send them for clearance.</p>"
                )
            )
            self.empty_button.setText(self.tr("New visit…"))
        elif post_id is None:
            self.empty_title.setText(
                self.tr("<h2>No posts for this visit yet</h2><p>Write the first one.</p>")
            )
            self.empty_button.setText(self.tr("New post"))

    def new_visit(self) -> None:
        """Plan a visit, then start its first post."""
        if self._plan_visit():
            self.new_post()

    def _plan_visit(self) -> bool:
        from mediadesk.ui.posts.dialogs import VisitDialog

        dialog = VisitDialog(self.service, None, self)
        if dialog.exec() == VisitDialog.DialogCode.Accepted and dialog.saved:
            self.reload_visits(dialog.saved.id)
            return True
        return False

    def edit_visit(self) -> None:
        from mediadesk.ui.posts.dialogs import VisitDialog

        visit_id = self._current_visit()
        if visit_id is None:
            return
        dialog = VisitDialog(self.service, self.service.visit(visit_id), self)
        if dialog.exec() == VisitDialog.DialogCode.Accepted and dialog.saved:
            self.reload_visits(dialog.saved.id)

    def new_post(self) -> None:
        visit_id = self._current_visit()
        if visit_id is None:
            return
        post = self.service.new_post(visit_id)
        self.reload_posts(post.id)
        self.composer.main_text.setFocus()

    def draft_quoting(self, item: FeedItem) -> None:
        """Start a draft that responds to a monitored item (on the chosen visit, or a new one)."""
        if self._current_visit() is None and not self._plan_visit():
            return
        visit_id = self._current_visit()
        assert visit_id is not None
        post = self.service.new_post(visit_id)
        who = f"{item.author} ({item.handle})" if item.handle else item.author or item.source
        quoted = item.title if len(item.title) <= 200 else item.title[:197] + "…"
        self.service.save_content(
            post.id,
            text=self.tr("Responding to {who}: “{quoted}”").format(who=who, quoted=quoted) + "\n\n",
            link=item.url,
        )
        self.reload_posts(post.id)
        self.composer.main_text.setFocus()
        self.composer.main_text.moveCursor(QTextCursor.MoveOperation.End)
        self.message.emit(self.tr("A draft response quoting the item is ready to edit."))

    # -- photos ----------------------------------------------------------------------------
    def _limits(self) -> Limits:
        post = self.composer.draft()
        names = [p.value for p in post.platforms] if post else []
        overrides = {}
        mastodon = self.service.mastodon_image_limits()
        if mastodon is not None:
            side = int(mastodon[1] ** 0.5)
            overrides["mastodon"] = Limits("Mastodon", mastodon[0], side, side * side)
        return strictest(names, overrides)

    def add_photos(self, paths: list[Path]) -> None:
        """Prepare photos one by one in a worker, attaching each when it is ready."""
        post = self.composer.post
        if post is None:
            return
        room = 4 - len(post.photos) - len(self._preparing)
        if len(paths) > room:
            self.message.emit(self.tr("A post can have at most 4 photos."))
            paths = paths[: max(room, 0)]
        if not paths:
            return
        self._preparing.extend(paths)
        bar = self.composer.photos.progress
        bar.setRange(0, bar.maximum() + len(paths) if bar.isVisible() else len(paths))
        if not bar.isVisible():
            bar.setValue(0)
            bar.show()
            self._photo_errors = []
            self._next_photo(post.id, self._limits())

    def _next_photo(self, post_id: int, limits: Limits) -> None:
        if not self._preparing:
            self.composer.photos.progress.hide()
            if self._photo_errors:
                self.message.emit(" ".join(self._photo_errors))
            return
        path = self._preparing[0]

        def job(desk: Desk) -> Post:
            """Strip and resize the photo, then store it: all off the UI thread."""
            prepared = prepare(path, limits)
            size = (prepared.width, prepared.height)
            return desk.posts.add_photo(post_id, prepared.data, prepared.format, size, path.name)

        def done(post: Post) -> None:
            self._preparing.pop(0)
            if self.composer.post is not None and self.composer.post.id == post_id:
                self.composer.show_state(post)
            self.reload_posts()
            self._photo_done(post_id, limits)

        def failed(message: str) -> None:
            self._preparing.pop(0)
            self._photo_errors.append(message)
            self._photo_done(post_id, limits)

        self.tasks.run(job, done, on_problem=failed, changes=frozenset({Area.POSTS}))

    def _photo_done(self, post_id: int, limits: Limits) -> None:
        self.composer.photos.progress.setValue(self.composer.photos.progress.value() + 1)
        self._next_photo(post_id, limits)

    # -- the outbox ------------------------------------------------------------------------
    def _show_outbox(self) -> None:
        waiting, failed = self._outbox().summary()
        parts = []
        if waiting:
            parts.append(
                self.tr("1 post waiting in the outbox")
                if waiting == 1
                else self.tr("{n} posts waiting in the outbox").format(n=waiting)
            )
        if failed:
            parts.append(self.tr("{n} failed").format(n=failed))
        self.outbox_label.setText(" · ".join(parts))

    def _outbox(self) -> Outbox:
        """The outbox on the UI thread's Desk, for reading its state."""
        return self.ctx.desk.outbox()

    def run_outbox(self) -> None:
        """Publish whatever is due, in a worker; the results come back to the composer."""
        if self._publishing or self.tasks.paused:  # paused: locked, nothing may be read
            return
        if not self._outbox().has_due():
            return
        self._publishing = True

        def job(desk: Desk) -> list[str]:
            return desk.outbox(publishing=True).run()

        def done(said: list[str]) -> None:
            self._publishing = False
            if said:
                self.message.emit(" · ".join(said))
            self.reload_posts()
            if self.composer.post is not None:
                self.composer.show_state(self.service.post(self.composer.post.id))

        def failed(message: str) -> None:
            self._publishing = False
            self.message.emit(message)

        self.tasks.run(job, done, on_problem=failed, background=True)

    def shutdown(self) -> None:
        self.outbox_timer.stop()
        self.composer.shutdown()
