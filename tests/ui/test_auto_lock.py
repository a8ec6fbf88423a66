"""Auto-lock, driven through the real window: what hides, what stops, and what unlocks it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from mediadesk.config.policy import Policy
from mediadesk.context import AppContext
from mediadesk.errors import ProfileLocked
from mediadesk.paths import ProfilePaths
from mediadesk.secrets import MemoryStore
from mediadesk.storage.profile import open_profile
from mediadesk.ui.lock import LockScreen
from mediadesk.ui.mainwindow import MainWindow
from tests.conftest import FakeClock

RIGHT = "the right horse"


@pytest.fixture
def keyring_ctx(tmp_path: Path, clock: FakeClock) -> Iterator[AppContext]:
    store = MemoryStore()
    database = open_profile(ProfilePaths(tmp_path / "p", custom=True), store)
    context = AppContext.open(database, Policy(), clock, secrets=store)
    context.settings.set("user.display_name", "Alex Officer")
    yield context
    context.close()


def _window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx, identity_check=lambda password: password == RIGHT)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.completed, timeout=10_000):
        window.show()
    return window


def _unlock_with(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Type into the lock screen and press Enter; returns once the check has answered."""
    screen = window.centralWidget()
    assert isinstance(screen, LockScreen)
    qtbot.keyClicks(screen.password, text)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.lock_control._checking, timeout=10_000)


def test_locking_hides_the_data_closes_the_database_and_waits_for_proof(
    qtbot: QtBot, keyring_ctx: AppContext
) -> None:
    ctx = keyring_ctx
    ctx.enquiries().create_many([], [])
    window = _window(qtbot, ctx)
    ticking = [t for t in window.findChildren(type(window.enquiries._ticker)) if t.isActive()]
    assert ticking
    QGuiApplication.clipboard().setText("ENQ-2026-00001: the minister's lines")
    ran: list[str] = []
    window.lock_now()
    assert isinstance(window.centralWidget(), LockScreen)
    assert not window.tabs.isVisible() and not window.menuBar().isVisible()
    assert ctx.database.locked
    with pytest.raises(ProfileLocked):  # nothing on the UI thread reads the database now
        ctx.desk.accounts_connected()
    assert not any(t.isActive() for t in ticking)
    assert QGuiApplication.clipboard().text() == ""
    window.tasks.run(lambda conn: ran.append("ran"), lambda _: None, lambda exc: None)
    qtbot.wait(100)
    assert ran == []  # background work waits while locked
    screen = window.centralWidget()
    assert isinstance(screen, LockScreen)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)  # a click alone
    qtbot.waitUntil(lambda: not window.lock_control._checking, timeout=10_000)
    assert window.centralWidget() is screen and ctx.database.locked
    _unlock_with(qtbot, window, "a wrong horse")
    assert window.centralWidget() is screen and "did not prove" in screen.error.text()
    assert screen.password.text() == ""
    _unlock_with(qtbot, window, RIGHT)
    assert window.centralWidget() is window.tabs and window.tabs.isVisible()
    assert not ctx.database.locked and ctx.desk.accounts_connected() == {}
    assert all(t.isActive() for t in ticking)
    qtbot.waitUntil(lambda: ran == ["ran"], timeout=5_000)
    window.tasks.wait()
    window.close()


def test_the_screen_locking_locks_mediadesk(qtbot: QtBot, keyring_ctx: AppContext) -> None:
    window = _window(qtbot, keyring_ctx)
    bus = QDBusConnection.sessionBus()
    assert bus.isConnected(), "the widget tests run inside dbus-run-session (./dev test)"
    signal = QDBusMessage.createSignal(
        "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"
    )
    signal.setArguments([True])
    with qtbot.waitSignal(window.lock_control.locked, timeout=5_000) as locked:
        assert bus.send(signal)
    assert locked.args == ["Locked because the screen was locked."]
    _unlock_with(qtbot, window, RIGHT)
    window.close()


def test_idle_time_locks_and_input_counts_as_use(qtbot: QtBot, keyring_ctx: AppContext) -> None:
    keyring_ctx.settings.set("security.lock_after_minutes", 1)
    window = _window(qtbot, keyring_ctx)
    idle = window.lock_control.idle
    idle.last_input -= 50
    qtbot.keyClick(window.enquiries.filters.search, Qt.Key.Key_A)  # someone is working
    idle.check()
    assert not window.lock_control.is_locked
    idle.last_input -= 61
    with qtbot.waitSignal(window.lock_control.locked) as locked:
        idle.check()
    assert locked.args == ["Locked after 1 minute without use."]
    _unlock_with(qtbot, window, RIGHT)
    window.close()


def test_a_passphrase_profile_unlocks_with_its_passphrase(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    database = open_profile(
        ProfilePaths(tmp_path / "pp", custom=True), None, passphrase="correct horse battery"
    )
    ctx = AppContext.open(database, Policy(), clock)
    window = _window(qtbot, ctx)
    window.lock_now()
    screen = window.centralWidget()
    assert isinstance(screen, LockScreen)
    assert screen.password.accessibleName() == "The profile's passphrase"
    _unlock_with(qtbot, window, "wrong horse battery")
    assert "passphrase is not right" in screen.error.text() and ctx.database.locked
    _unlock_with(qtbot, window, "correct horse battery")
    assert not ctx.database.locked and window.centralWidget() is window.tabs
    window.close()
    ctx.close()


def test_closing_while_locked_is_quiet_and_loses_nothing_saved(
    qtbot: QtBot, keyring_ctx: AppContext
) -> None:
    window = _window(qtbot, keyring_ctx)
    qtbot.waitUntil(lambda: window.monitoring is not None, timeout=10_000)
    window.enquiries.new_enquiry()
    window.lock_now()
    window.close()  # e.g. Windows signing the user out while MediaDesk is locked
    assert not window.isVisible()


def test_while_locked_the_outbox_and_the_idle_watch_read_nothing(
    qtbot: QtBot, keyring_ctx: AppContext
) -> None:
    window = _window(qtbot, keyring_ctx)
    qtbot.waitUntil(lambda: window.posts is not None, timeout=10_000)
    window.lock_now()
    assert window.posts is not None
    window.posts.run_outbox()  # a timer that fired just as the lock came down
    window.lock_control.idle.check()  # raised ProfileLocked into the crash handler before
    assert window.lock_control.is_locked
    _unlock_with(qtbot, window, RIGHT)
    assert not window.lock_control.is_locked
