"""Kill MediaDesk while a press officer is typing a post: what was autosaved survives."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from mediadesk.domain.posts import Visit
from mediadesk.paths import ProfilePaths
from mediadesk.secrets import KeyringStore
from mediadesk.services.posts import PostService
from mediadesk.storage.profile import open_profile

TYPIST = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from mediadesk.config.policy import Policy
from mediadesk.context import AppContext
from mediadesk.paths import ProfilePaths
from mediadesk.secrets import KeyringStore
from mediadesk.storage.profile import open_profile
from mediadesk.ui.posts.composer import Composer
from mediadesk.ui.tasks import TaskRunner

app = QApplication([])
database = open_profile(ProfilePaths(Path(sys.argv[1]), custom=True), KeyringStore())
ctx = AppContext.open(database, Policy())
composer = Composer(ctx, TaskRunner(ctx.desks()))
composer.show()
composer.show_post(ctx.posts().post(int(sys.argv[2])))
original = composer.save

def save_and_report():
    original()
    print(len(ctx.posts().post(int(sys.argv[2])).text), flush=True)

composer._autosave.timeout.disconnect()
composer._autosave.timeout.connect(save_and_report)
words = iter(("Croeso i Wrecsam. The minister met apprentices today. " * 40).split(" "))

def type_word():  # a steady typist who never pauses for long
    QTest.keyClicks(composer.main_text, next(words) + " ")
    QTimer.singleShot(60, type_word)

QTimer.singleShot(0, type_word)
app.exec()
"""


def test_sigkill_while_typing_keeps_every_autosaved_word(
    tmp_path: Path, real_keyring: KeyringStore
) -> None:
    root = tmp_path / "profile"
    database = open_profile(ProfilePaths(root, custom=True), real_keyring)
    conn = database.connect()
    service = PostService(conn, "crash-test")
    visit = service.save_visit(Visit(0, "Jo Minister", "2026-11-20", "Wrexham"))
    post_id = service.new_post(visit.id).id
    conn.close()
    proc = subprocess.Popen(
        [sys.executable, "-c", TYPIST, str(root), str(post_id)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    saved: list[int] = []
    deadline = time.monotonic() + 60
    while len(saved) < 6 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        saved.append(int(line))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert len(saved) >= 6, "the composer never autosaved"
    conn = open_profile(ProfilePaths(root, custom=True), real_keyring).connect()
    text = PostService(conn, "check").post(post_id).text
    assert len(text) >= saved[-1] > saved[0] > 0
    assert text.startswith("Croeso i Wrecsam. The minister met apprentices today.")
    conn.close()
