"""Widget-test fixtures: a main window over a fresh encrypted profile."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from mediadesk.context import AppContext
from mediadesk.ui.mainwindow import MainWindow


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> Iterator[MainWindow]:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.enquiries.count.text() != "" and win.monitoring is not None)
    yield win
    win.close()
