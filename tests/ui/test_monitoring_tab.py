"""The Monitoring tab driven by real input against a loopback feed server."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mediadesk.context import AppContext
from mediadesk.domain.monitoring import Column
from mediadesk.domain.platforms import ColumnKind
from mediadesk.storage import monitoring as store
from mediadesk.ui.enquiries.quicklog import QuickLogDialog
from mediadesk.ui.mainwindow import MainWindow
from mediadesk.ui.monitoring.gallery import ColumnDialog
from mediadesk.ui.tasks import settle_heap
from tests.feedserver import FeedServer, Route, serving

DATA = Path(__file__).resolve().parents[1] / "data" / "feeds"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with serving() as running:
        running.routes["/bugle.rss"] = Route(
            (DATA / "news.rss").read_bytes(), "application/rss+xml"
        )
        running.routes["/dfe.atom"] = Route((DATA / "govuk-news.atom").read_bytes())
        yield running


def test_add_a_column_from_the_gallery_and_receive_items(
    qtbot: QtBot, window: MainWindow, server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = window.monitoring
    window.tabs.setCurrentWidget(window.monitoring_page)
    assert tab.empty.isVisible()

    def fill(dialog: ColumnDialog) -> int:
        qtbot.keyClicks(dialog.title, "Bugle politics")
        qtbot.keyClicks(dialog.url, server.url("/bugle.rss"))
        qtbot.keyClicks(dialog.alert, "minister")
        dialog._check()
        return int(ColumnDialog.DialogCode.Accepted)

    monkeypatch.setattr(ColumnDialog, "exec", fill)
    with qtbot.waitSignal(tab.alert, timeout=10_000) as alert:
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert [s.item.title for s in alert.args[0]] == ["Minister under pressure over school meals"]
    widget = next(iter(tab.widgets.values()))
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2)
    assert widget.unread.text() == "2"
    assert widget.state.text().startswith("Updated just now")
    assert "Monitoring alert" in window.statusBar().currentMessage()
    qtbot.keyClicks(widget.filter, "rail")
    assert widget.model.rowCount() == 1
    stored = widget.model.item(0)
    assert stored is not None
    widget.set_read(stored, True)
    assert widget.unread.text() == "1"


def test_log_an_item_as_an_enquiry(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, server: FeedServer
) -> None:
    from mediadesk.domain.enquiry import Contact
    from mediadesk.storage import directory

    outlet, _ = directory.ensure_outlet(ctx.conn, "Daily Bugle")
    directory.insert_contact(ctx.conn, Contact(0, "Jane Smith", outlet.id, handles="@jsmith"))
    store.add_column(
        ctx.conn, Column(0, ColumnKind.FEED, "Bugle", {"url": server.url("/bugle.rss")})
    )
    tab = window.monitoring
    tab.rebuild()
    with qtbot.waitSignal(tab.polled, timeout=10_000):
        tab.refresh_all()
    widget = next(iter(tab.widgets.values()))
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2)
    stored = widget.model.item(0)
    assert stored is not None and stored.item.author == "Jane Smith"
    widget.log_enquiry.emit(stored)
    dialog = window.findChildren(QuickLogDialog)[-1]
    assert dialog.journalist.text() == "Jane Smith"
    assert dialog.outlet.text() == "Daily Bugle"
    assert "bugle.example/politics/school-meals" in dialog.questions.toPlainText()
    assert dialog.outlet_type.isHidden()  # the directory knows the outlet: no type asked
    dialog.save()
    qtbot.waitUntil(lambda: window.enquiries.model.rowCount() == 1)
    enquiry = window.enquiries.model.enquiry(0)
    assert enquiry is not None and enquiry.subject == stored.item.title
    assert enquiry.received == stored.item.published


def test_ui_thread_keeps_responding_while_50_columns_poll_slow_servers(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    # The servers run in another process, as real ones do, so they take no time from ours.
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.feedserver", "50", "0.4"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline())
        for n in range(50):
            store.add_column(
                ctx.conn,
                Column(
                    0,
                    ColumnKind.FEED,
                    f"Feed {n}",
                    {"url": f"http://127.0.0.1:{port}/slow/{n}.atom"},
                ),
            )
        tab = window.monitoring
        tab.rebuild()
        settle_heap()  # as MediaDesk does once its window is up
        # Each beat records how late it was and how much CPU this thread spent since the last:
        # a late beat with little of our own CPU behind it was the host or another process
        # taking the core, not MediaDesk holding the loop.
        gaps: list[tuple[int, float]] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.elapsed(), time.thread_time()]

        def beat() -> None:
            now, cpu = clock.elapsed(), time.thread_time()
            gaps.append((int(now - last[0]), (cpu - last[1]) * 1000))
            last[0], last[1] = now, cpu

        heartbeat = QTimer(interval=5)
        heartbeat.timeout.connect(beat)
        heartbeat.start()
        began = time.monotonic()
        tab.refresh_all()
        qtbot.waitUntil(lambda: not tab.in_flight, timeout=60_000)
        heartbeat.stop()
        assert time.monotonic() - began > 0.4 * 50 / 4 * 0.9  # polls really were limited
        assert ctx.conn.execute("SELECT count(*) FROM monitor_items").fetchone()[0] == 1000
        # Responsive throughout: never 50 ms of the UI thread's own work between two beats of a
        # 5 ms heartbeat, and no beat so late that a user would see the window freeze. (A bound
        # on lateness alone failed on these shared 2-core machines: beats 50-130 ms late with
        # under 2 ms of this thread's CPU behind them, the thread waiting for a core or its turn
        # at the interpreter, which the 1 ms switch interval in ui/tasks.py already shortens.)
        worst = max(wall for wall, _ in gaps)
        held = sorted(round(cpu) for _, cpu in gaps if cpu >= 50)
        assert worst < 250, f"the event loop stalled for {worst} ms"
        assert not held, f"the event loop was held for {held} ms of its own work"
        QApplication.processEvents()
    finally:
        server.terminate()
        server.wait(10)


def test_draft_a_response_quotes_the_item_in_a_visit_post(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, server: FeedServer
) -> None:
    from mediadesk.domain.posts import Visit

    visit = ctx.posts().save_visit(Visit(0, "Jo Minister", "2026-11-20", "Leeds"))
    assert window.posts is not None
    window.posts.reload_visits(visit.id)
    store.add_column(
        ctx.conn, Column(0, ColumnKind.FEED, "Bugle", {"url": server.url("/bugle.rss")})
    )
    tab = window.monitoring
    tab.rebuild()
    with qtbot.waitSignal(tab.polled, timeout=10_000):
        tab.refresh_all()
    widget = next(iter(tab.widgets.values()))
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2)
    stored = widget.model.item(0)
    assert stored is not None
    widget.draft_response.emit(stored)
    assert window.tabs.currentWidget() is window.posts_page
    composer = window.posts.composer
    assert composer.post is not None and composer.post.visit_id == visit.id
    assert composer.main_text.toPlainText().startswith("Responding to Jane Smith")
    assert stored.item.title in composer.main_text.toPlainText()
    assert composer.link.text() == stored.item.url


def test_shift_f10_opens_an_items_menu_from_the_keyboard(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, server: FeedServer
) -> None:
    from PySide6.QtWidgets import QMenu

    store.add_column(
        ctx.conn, Column(0, ColumnKind.FEED, "Bugle", {"url": server.url("/bugle.rss")})
    )
    tab = window.monitoring
    window.tabs.setCurrentWidget(window.monitoring_page)
    tab.rebuild()
    with qtbot.waitSignal(tab.polled, timeout=10_000):
        tab.refresh_all()
    widget = next(iter(tab.widgets.values()))
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2)
    widget.view.setFocus()
    widget.view.setCurrentIndex(widget.model.index(1, 0))
    offered: list[str] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            offered.extend(a.text() for a in menu.actions() if a.text())
            menu.close()

    QTimer.singleShot(300, read_and_close)
    qtbot.keyClick(widget.view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(offered), timeout=5_000)
    assert "Log as enquiry…" in offered and "Draft a response" in offered
