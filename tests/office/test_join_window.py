"""A new officer's first run: their name, or joining the office from the window."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mediadesk.config.policy import Policy
from mediadesk.context import AppContext
from mediadesk.domain.enquiry import Channel, NewEnquiry
from mediadesk.paths import ProfilePaths
from mediadesk.secrets import KeyringStore
from mediadesk.storage.profile import open_profile
from mediadesk.ui.dialogs.welcome import JoinDialog, WelcomeDialog
from mediadesk.ui.mainwindow import MainWindow
from tests.office.conftest import Office
from tests.office.helpers import PASSWORD, staffed


@pytest.fixture
def office(office_db: Office) -> Office:
    return staffed(office_db)


def _solo(tmp_path: Path, keyring: KeyringStore, policy: Policy | None = None) -> AppContext:
    database = open_profile(ProfilePaths(tmp_path / "new", custom=True), keyring)
    return AppContext.open(database, policy or Policy(), secrets=keyring)


def _window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: hasattr(window, "joining"))
    return window


def _dialog(qtbot: QtBot, kind: type) -> object:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=5000)
    return QApplication.activeModalWidget()


def test_a_new_officer_gives_their_name_and_it_is_who_logs(
    qtbot: QtBot, tmp_path: Path, real_keyring: KeyringStore
) -> None:
    ctx = _solo(tmp_path, real_keyring)
    try:
        window = _window(qtbot, ctx)
        window.joining.welcome()
        dialog = _dialog(qtbot, WelcomeDialog)
        assert isinstance(dialog, WelcomeDialog)
        assert not dialog.start.isEnabled()  # no name, no start
        qtbot.keyClicks(dialog.name, "  Alex   Jones ")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        made = ctx.desk.enquiries.create(NewEnquiry(datetime.now(UTC), Channel.PHONE, "Bins"))
        assert [h.actor for h in ctx.desk.enquiries.history(made.id)] == ["Alex Jones"]
        window.joining.welcome()  # named now: not asked again
        qtbot.wait(100)
        assert not isinstance(QApplication.activeModalWidget(), WelcomeDialog)
        window.close()
    finally:
        ctx.close()


def test_joining_from_the_window_brings_the_solo_log_in_and_starts_the_link(
    qtbot: QtBot, office: Office, tmp_path: Path, real_keyring: KeyringStore
) -> None:
    server = f"postgresql://127.0.0.1:{office.cluster.port}/{office.database}"
    ctx = _solo(tmp_path, real_keyring, Policy({"office.server": server}))
    try:
        ctx.desk.enquiries.create(NewEnquiry(datetime.now(UTC), Channel.EMAIL, "Logged solo"))
        window = _window(qtbot, ctx)
        assert not window.office_status.label.isVisibleTo(window)
        window.joining.welcome()
        welcome = _dialog(qtbot, WelcomeDialog)
        assert isinstance(welcome, WelcomeDialog)
        qtbot.mouseClick(welcome.join, Qt.MouseButton.LeftButton)
        join = _dialog(qtbot, JoinDialog)
        assert isinstance(join, JoinDialog)
        assert join.server.text() == server and join.server.isReadOnly()  # IT's policy
        qtbot.keyClicks(join.user, "olly")
        qtbot.keyClicks(join.password, "not the password")
        qtbot.keyClick(join.password, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: "refused that user name and password" in join.status.text(), timeout=15_000
        )
        join.password.clear()
        qtbot.keyClicks(join.password, PASSWORD)
        qtbot.keyClick(join.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not join.isVisible(), timeout=15_000)
        assert not window.joining.action.isVisible()
        qtbot.waitUntil(
            lambda: "Online · synced" in window.office_status.label.text(), timeout=10_000
        )
        with psycopg.connect(office.dsn) as conn:
            subjects = conn.execute(
                "SELECT fields ->> 'subject' FROM mediadesk.records WHERE entity = 'enquiry'"
            ).fetchall()
        assert subjects == [("Logged solo",)]
        window.close()
    finally:
        ctx.close()
