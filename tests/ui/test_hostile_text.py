"""Text and links from outside, shown in the real widgets: never markup, never a file:// open."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from mediadesk.context import AppContext
from mediadesk.domain.monitoring import Column, FeedItem
from mediadesk.domain.platforms import ColumnKind
from mediadesk.storage import monitoring as store
from mediadesk.storage.db import transaction
from mediadesk.ui.links import open_link
from mediadesk.ui.mainwindow import MainWindow

HOSTILE = '<img src="file:///etc/passwd"><a href="file://server/x.exe">Evil</a>'
SCHEMES = ("http", "https", "file", "ms-msdt", "search-ms", "smb", "javascript")


class Opened(QObject):
    """Stands in for the browser: what the OS would have been asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def opened() -> Iterator[Opened]:
    recorder = Opened()
    for scheme in SCHEMES:
        QDesktopServices.setUrlHandler(scheme, recorder, "handle")
    yield recorder
    for scheme in SCHEMES:
        QDesktopServices.unsetUrlHandler(scheme)


def test_only_web_addresses_reach_the_operating_system(opened: Opened) -> None:
    for url in ("file:///etc/passwd", "ms-msdt:/id x", "search-ms:q", "smb://h/s", "javascript:1"):
        assert not open_link(url)
    assert open_link("https://www.gov.uk/news")
    assert opened.urls == ["https://www.gov.uk/news"]


def _column_with(ctx: AppContext, url: str) -> int:
    column_id = store.add_column(
        ctx.conn, Column(0, ColumnKind.FEED, HOSTILE, {"url": "https://news.example/feed"})
    )
    now = ctx.clock()
    item = FeedItem(f"id:{url}", HOSTILE, url, HOSTILE, HOSTILE, HOSTILE, now - timedelta(hours=1))
    with transaction(ctx.conn):
        store.store_items(ctx.conn, column_id, [item], [False], now)
        state = store.poll_state(ctx.conn, column_id)
        store.save_poll_state(ctx.conn, column_id, replace(state, last_error=HOSTILE, failures=1))
    return column_id


def test_activating_an_item_with_a_file_link_opens_nothing(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, opened: Opened
) -> None:
    column_id = _column_with(ctx, "file://server/share/payload.exe")  # stored by an older build
    assert window.monitoring is not None
    window.monitoring.rebuild()
    window.tabs.setCurrentWidget(window.monitoring_page)
    widget = window.monitoring.widgets[column_id]
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1)
    widget.view.setCurrentIndex(widget.model.index(0, 0))
    widget.view.setFocus()
    qtbot.keyClick(widget.view, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert opened.urls == []
    assert widget.model.item(0) is not None and widget.model.item(0).read  # type: ignore[union-attr]


def test_outside_text_in_labels_is_shown_as_text(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    _column_with(ctx, "https://news.example/1")
    assert window.monitoring is not None
    window.monitoring.rebuild()
    window.tabs.setCurrentWidget(window.monitoring_page)
    showing = [label for label in window.findChildren(QLabel) if "<img" in label.text()]
    assert showing, "the hostile column title and error should be on screen"
    for label in showing:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName() or label.text()
