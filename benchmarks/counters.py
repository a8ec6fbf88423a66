"""Typing into a 5,000-character post: the keystroke with live X/Bluesky/Mastodon counters
vs the same keystroke in a bare text box. The frame budget is 16.7 ms."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from mediadesk.config.policy import Policy
from mediadesk.context import AppContext
from mediadesk.domain.posts import Visit
from mediadesk.paths import ProfilePaths
from mediadesk.secrets import MemoryStore
from mediadesk.storage.profile import open_profile
from mediadesk.ui.posts.composer import Composer
from mediadesk.ui.tasks import TaskRunner

KEYS = 200
TEXT = (
    "Gweinidog yn ymweld â Ysgol Bro Dinefwr 🏫👩‍🍳 — free school meals for every pupil. "
    "Read https://www.gov.wales/free-school-meals-all-primary-pupils #SchoolMeals @dept "
    "日本語のテキストも. "
) * 40


def keystrokes(app: QApplication, editor: QPlainTextEdit, window: QWidget) -> float:
    """p95 milliseconds from key press to the event loop being idle again."""
    window.show()
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    app.processEvents()
    samples = []
    for n in range(KEYS):
        began = time.perf_counter()
        QTest.keyClick(editor, Qt.Key.Key_A if n % 2 else Qt.Key.Key_Space)
        app.processEvents()
        samples.append(time.perf_counter() - began)
    window.close()
    return statistics.quantiles(samples, n=20)[18] * 1000


def main() -> None:
    app = QApplication(sys.argv)
    text = TEXT[:5000]
    bare = QPlainTextEdit()
    bare.setPlainText(text)
    baseline = keystrokes(app, bare, bare)
    with tempfile.TemporaryDirectory() as tmp:
        database = open_profile(ProfilePaths(Path(tmp), custom=True), MemoryStore())
        ctx = AppContext.open(database, Policy())
        visit = ctx.posts().save_visit(Visit(0, "Jo Minister", "2026-11-20", "Llandeilo"))
        post = ctx.posts().new_post(visit.id)
        composer = Composer(ctx, TaskRunner(ctx.desks()))
        composer.resize(1400, 800)
        composer.show_post(post)
        composer.main_text.setPlainText(text)
        ours = keystrokes(app, composer.main_text, composer)
        print(f"text: {len(composer.main_text.toPlainText()):,} characters")
        print(f"counters: {composer.counts.text()}")
        ctx.close()
    print(f"bare text box keystroke p95: {baseline:.2f} ms")
    print(f"composer keystroke with three live counters p95: {ours:.2f} ms (frame: 16.7 ms)")
    print(f"ratio: {ours / baseline:.2f}x")


if __name__ == "__main__":
    sys.exit(main())
