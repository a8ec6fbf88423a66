"""The Visit posts tab driven by real input: photos, alt text, checks, clearance, outbox."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from mediadesk.context import AppContext
from mediadesk.domain.platforms import Platform
from mediadesk.domain.posts import PostStatus, Visit
from mediadesk.secrets import MemoryStore
from mediadesk.services.accounts import Accounts
from mediadesk.ui.mainwindow import MainWindow
from mediadesk.ui.posts.composer import Composer
from mediadesk.ui.posts.tab import VisitPostsTab
from tests.platforms import Platforms, serving_platforms


@pytest.fixture
def loopback() -> Iterator[tuple[Platforms, str]]:
    with serving_platforms() as running:
        yield running


def photo_files(tmp_path: Path, count: int) -> list[Path]:
    paths = []
    for n in range(count):
        image = QImage(1600, 1200, QImage.Format.Format_RGB32)
        image.fill(QColor.fromHsv(40 * n, 160, 220))
        path = tmp_path / f"visit-{n}.jpg"
        assert image.save(str(path), "JPEG", 90)
        paths.append(path)
    return paths


def drop_files(widget: Composer, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted(), "the composer refused the drag"
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def in_next_dialog(qtbot: QtBot, act: Callable[[QDialog], None]) -> None:
    """Act on the modal dialog that the next click opens."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, run)
            return
        act(dialog)

    QTimer.singleShot(20, run)


def clear_in_dialog(qtbot: QtBot, composer: Composer, who: str) -> None:
    def fill(dialog: QDialog) -> None:
        name = dialog.findChildren(QLineEdit)[0]
        name.selectAll()
        qtbot.keyClicks(name, who)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    in_next_dialog(qtbot, fill)
    qtbot.mouseClick(composer.buttons["clear"], Qt.MouseButton.LeftButton)


@pytest.fixture
def tab(window: MainWindow, ctx: AppContext) -> VisitPostsTab:
    assert window.posts is not None
    window.tabs.setCurrentWidget(window.posts_page)
    visit = ctx.posts().save_visit(
        Visit(
            0,
            "Jo Minister",
            "2026-11-20",
            "Wrexham",
            embargo=ctx.clock() - timedelta(hours=1),
        )
    )
    window.posts.reload_visits(visit.id)
    return window.posts


def test_compose_attach_photos_clear_edit_and_publish(
    qtbot: QtBot,
    tab: VisitPostsTab,
    ctx: AppContext,
    tmp_path: Path,
    loopback: tuple[Platforms, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    platforms, base = loopback
    ctx.secrets = MemoryStore()
    with httpx.Client() as client:
        accounts = Accounts(ctx.conn, ctx.secrets, ctx.database.manifest.profile_id, client)
        accounts.connect(Platform.MASTODON, {"server": base, "token": platforms.mastodon_token})
        accounts.connect(
            Platform.BLUESKY,
            {"server": base, "handle": platforms.bsky_handle, "password": platforms.app_password},
        )
    composer = tab.composer
    qtbot.mouseClick(tab.new_post_button, Qt.MouseButton.LeftButton)
    composer.platform_boxes[Platform.X].setChecked(False)
    qtbot.keyClicks(composer.main_text, "The minister met apprentices at the new college.")
    qtbot.keyClicks(composer.hashtags, "Apprenticeships")
    assert "Bluesky" in composer.counts.text() and "X " not in composer.counts.text()

    drop_files(composer, photo_files(tmp_path, 2))
    qtbot.waitUntil(lambda: len(composer.photos.cards) == 2, timeout=10_000)
    assert not composer.photos.progress.isVisible()
    qtbot.waitUntil(
        lambda: any(
            "alt text" in composer.checks.item(i).text() for i in range(composer.checks.count())
        )
    )
    preview = composer.previews[Platform.BLUESKY]
    assert "#Apprenticeships" in preview.parts[0].text()

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    qtbot.mouseClick(composer.buttons["submit"], Qt.MouseButton.LeftButton)
    assert warned and "need alt text" in warned[0]

    for n, card in enumerate(composer.photos.cards):
        qtbot.keyClicks(card.alt, f"Apprentice {n + 1} fitting a window frame")
    qtbot.mouseClick(composer.buttons["submit"], Qt.MouseButton.LeftButton)
    post_id = composer.post.id if composer.post else 0
    assert ctx.posts().post(post_id).status is PostStatus.SUBMITTED
    assert [p.alt for p in ctx.posts().post(post_id).photos] == [
        "Apprentice 1 fitting a window frame",
        "Apprentice 2 fitting a window frame",
    ]
    clear_in_dialog(qtbot, composer, "Head of News")
    assert ctx.posts().post(post_id).status is PostStatus.CLEARED
    assert "Head of News" in composer.status_label.text()

    qtbot.keyClicks(composer.main_text, " Thanks to all the staff.")
    qtbot.waitUntil(lambda: ctx.posts().post(post_id).status is PostStatus.DRAFT)
    assert "changed after it was cleared" in composer.status_label.text()
    assert composer.buttons["submit"].isVisible() and not composer.buttons["now"].isVisible()

    qtbot.mouseClick(composer.buttons["submit"], Qt.MouseButton.LeftButton)
    clear_in_dialog(qtbot, composer, "Head of News")
    qtbot.mouseClick(composer.buttons["now"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: ctx.posts().post(post_id).status is PostStatus.PUBLISHED, timeout=15_000
    )
    qtbot.waitUntil(lambda: "bsky.app/profile/" in composer.results.text())
    assert len(platforms.posts("mastodon")) == 1 and len(platforms.posts("bluesky")) == 1
    assert platforms.posts("x") == []
    assert platforms.posts("mastodon")[0]["text"].endswith(
        "Thanks to all the staff.\n\n#Apprenticeships"
    )
    assert composer.main_text.isReadOnly()


def test_a_file_that_is_not_a_photo_gets_a_clear_message(
    qtbot: QtBot, tab: VisitPostsTab, tmp_path: Path
) -> None:
    said: list[str] = []
    tab.message.connect(said.append)
    qtbot.mouseClick(tab.new_post_button, Qt.MouseButton.LeftButton)
    broken = tmp_path / "minutes.docx"
    broken.write_bytes(b"PK\x03\x04 not a photo")
    good = photo_files(tmp_path, 1)
    drop_files(tab.composer, [broken, *good])
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert "minutes.docx is not a photo MediaDesk can read" in said[0]
    assert len(tab.composer.photos.cards) == 1


def test_a_finding_points_at_the_offending_words(qtbot: QtBot, tab: VisitPostsTab) -> None:
    composer = tab.composer
    qtbot.mouseClick(tab.new_post_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(composer.main_text, "Read the plan. CLICK HERE for details.")
    qtbot.waitUntil(lambda: composer.checks.count() > 0 and not composer._review.isActive())
    item = next(
        composer.checks.item(i)
        for i in range(composer.checks.count())
        if "click here" in composer.checks.item(i).text()
    )
    rect = composer.checks.visualItemRect(item)
    qtbot.mouseClick(composer.checks.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert composer.main_text.textCursor().selectedText() == "CLICK HERE"


def test_election_period_mode_shows_a_banner_on_every_draft(
    qtbot: QtBot, tab: VisitPostsTab, ctx: AppContext
) -> None:
    qtbot.mouseClick(tab.new_post_button, Qt.MouseButton.LeftButton)
    assert not tab.composer.banner.isVisible()
    ctx.settings.set("posts.election_period", True)
    qtbot.mouseClick(tab.new_post_button, Qt.MouseButton.LeftButton)
    assert tab.composer.banner.isVisible()
    assert "Election period" in tab.composer.banner.text()


def test_plan_a_visit_from_the_empty_tab(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    from mediadesk.ui.posts.dialogs import VisitDialog

    assert window.posts is not None
    tab = window.posts
    window.tabs.setCurrentWidget(window.posts_page)
    assert tab.pages.currentIndex() == 0 and "Plan a visit" in tab.empty_title.text()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, VisitDialog)
        qtbot.keyClicks(dialog.minister, "Rt Hon Jo Minister MP")
        qtbot.keyClicks(dialog.place, "Ysgol Bro Dinefwr, Llandeilo")
        dialog.embargo.enabled.setChecked(True)
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    in_next_dialog(qtbot, fill)
    qtbot.mouseClick(tab.empty_button, Qt.MouseButton.LeftButton)
    (visit,) = ctx.posts().visits()
    assert visit.place == "Ysgol Bro Dinefwr, Llandeilo" and visit.embargo is not None
    assert tab.pages.currentIndex() == 1  # a first post is ready to write
    assert tab.composer.post is not None and tab.composer.post.visit_id == visit.id
    assert "Ysgol Bro Dinefwr" in tab.composer.visit_label.text()


def test_connect_bluesky_in_the_accounts_dialog(
    qtbot: QtBot, ctx: AppContext, loopback: tuple[Platforms, str]
) -> None:
    from mediadesk.ui.posts.accounts import AccountsDialog
    from mediadesk.ui.tasks import TaskRunner

    platforms, base = loopback
    ctx.secrets = MemoryStore()
    dialog = AccountsDialog(ctx, TaskRunner(ctx.desks()))
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.forms[Platform.BLUESKY]
    assert form.state.text() == "Not connected"
    form.server.selectAll()
    qtbot.keyClicks(form.server, base)
    qtbot.keyClicks(form.handle, platforms.bsky_handle)
    qtbot.keyClicks(form.password, "wrong-password")
    connect = next(b for b in form.findChildren(QPushButton) if "Connect" in b.text())
    qtbot.mouseClick(connect, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "app password" in dialog.error.text(), timeout=10_000)
    assert form.password.text() == ""  # never left in the form
    qtbot.keyClicks(form.password, platforms.app_password)
    qtbot.mouseClick(connect, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.state.text() == "Connected as pressoffice.test", timeout=10_000)
    assert ctx.secrets.get(f"account:{ctx.database.manifest.profile_id}:bluesky:refresh")
    dialog.done(0)


def test_draft_a_response_without_a_visit_plans_one_and_makes_one_post(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    from datetime import UTC, datetime

    from mediadesk.domain.monitoring import FeedItem, StoredItem

    item = FeedItem(
        "url:x",
        "Daily Bugle",
        "https://bugle.example/a",
        "Schools short of cooks",
        "",
        "Jane",
        datetime(2026, 11, 20, tzinfo=UTC),
    )

    def fill(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.minister, "Jo Minister")  # type: ignore[attr-defined]
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    in_next_dialog(qtbot, fill)
    window.draft_response(StoredItem(1, item, item.published, False, False))
    (visit,) = ctx.posts().visits()
    (post,) = ctx.posts().posts(visit.id)
    assert post.text.startswith("Responding to Jane: “Schools short of cooks”")
    assert post.link == "https://bugle.example/a"
