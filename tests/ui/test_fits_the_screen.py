"""On a 1366×768 laptop nothing is cut off: the window opens within the screen, the editor
needs no sideways scroll bar, and the Visit posts tab no longer forces a 1,355-pixel width."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from mediadesk.context import AppContext
from mediadesk.domain.enquiry import Channel, NewEnquiry
from mediadesk.ui.mainwindow import MainWindow


def test_the_window_opens_within_the_screen(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    free = window.screen().availableGeometry()
    least = window.minimumSizeHint().width()
    assert least <= 1366 - 16  # it was 1,355: with its frame, wider than the laptop
    assert window.height() <= free.height()
    assert window.width() <= max(free.width(), least)  # not 1440 whatever the screen
    window.close()


def test_at_1366_by_768_the_editor_scrolls_only_down(qtbot: QtBot, ctx: AppContext) -> None:
    made = ctx.desk.enquiries.create(NewEnquiry(ctx.clock(), Channel.PHONE, "Bus lanes"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366 - 8, 768 - 40)
    window.show()
    qtbot.waitUntil(lambda: window.posts is not None)
    window.enquiries.refresh(select=made.id)
    qtbot.waitUntil(lambda: window.enquiries.editor.current is not None)
    qtbot.wait(50)
    form = window.enquiries.editor.findChild(QScrollArea)
    assert form is not None
    assert not form.horizontalScrollBar().isVisible()  # its buttons and "No deadline" show
    assert form.widget().width() <= form.viewport().width()
    table = window.enquiries.table  # every column in view, none past the right edge
    widths = [table.columnWidth(c) for c in range(table.model().columnCount())]
    assert sum(widths) <= table.viewport().width() and min(widths) > 20
    ref = window.enquiries.model.enquiry(0)
    assert ref is not None
    assert table.fontMetrics().horizontalAdvance(ref.ref) < widths[0]  # never cut short
    window.close()


AT_200_PERCENT = r"""
import json, sys, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
from mediadesk.config.policy import Policy
from mediadesk.context import AppContext
from mediadesk.paths import ProfilePaths
from mediadesk.secrets import MemoryStore
from mediadesk.storage.profile import open_profile
from mediadesk.ui import i18n
from mediadesk.ui.mainwindow import MainWindow
i18n.install(app, sys.argv[1])
with tempfile.TemporaryDirectory() as tmp:
    database = open_profile(ProfilePaths(Path(tmp), custom=True), MemoryStore())
    ctx = AppContext.open(database, Policy())
    ctx.settings.set("user.display_name", "Alex Morgan")
    window = MainWindow(ctx)
    window.show()
    for _ in range(50):
        app.processEvents()
    free = window.screen().availableGeometry()
    frame = window.frameGeometry()
    off = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        for _ in range(20):
            app.processEvents()
        for w in window.findChildren(QWidget):
            if w.isVisible() and w.window() is window:
                right = w.mapToGlobal(w.rect().topRight()).x()
                if right > free.right() + 1:
                    off.append(f"{type(w).__name__} {w.accessibleName()!r}")
    print(json.dumps({"ratio": window.screen().devicePixelRatio(), "free": free.getRect(),
                      "frame": frame.getRect(), "off": off}))
    window.close()
    ctx.close()
"""


@pytest.mark.parametrize("language", ["en-GB", "cy"])
def test_at_200_percent_on_a_1366_by_768_laptop_the_window_fits(
    tmp_path: Path, language: str
) -> None:
    """A 2732×1536 panel at 200% is 1366×768 to Qt; the window opens within it, every tab."""
    screen = tmp_path / "screen.json"
    panel = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "dpr": 2}
    screen.write_text(json.dumps({"screens": [{**panel, "logicalDpi": 96}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
    result = subprocess.run(
        [sys.executable, "-c", AT_200_PERCENT, language],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["ratio"] == 2.0
    width, height = seen["frame"][2:]
    assert width <= 1366 and height <= 768  # not 1440×860 whatever the screen
    assert seen["off"] == []
