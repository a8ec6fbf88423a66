"""Two officers' windows: logged on one with the keyboard, it appears on the other by itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mediadesk.secrets import KeyringStore
from mediadesk.ui.enquiries.quicklog import QuickLogDialog
from mediadesk.ui.mainwindow import MainWindow
from tests.office.conftest import Office
from tests.office.helpers import staffed
from tests.office.test_team import awaiting_clearance, laptop


@pytest.fixture
def office(office_db: Office) -> Office:
    return staffed(office_db)


def _window(qtbot: QtBot, ctx: object) -> MainWindow:
    window = MainWindow(ctx)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.enquiries.count.text() != "" and window.monitoring is not None)
    return window


def test_logged_on_one_window_it_shows_on_the_other_and_the_bar_says_synced(
    qtbot: QtBot, office: Office, tmp_path: Path, real_keyring: KeyringStore
) -> None:
    with (
        laptop(tmp_path, office, "olly", real_keyring) as olly,
        laptop(tmp_path, office, "cara", real_keyring) as cara,
    ):
        a, b = _window(qtbot, olly), _window(qtbot, cara)
        qtbot.waitUntil(lambda: "Online · synced" in b.office_status.label.text(), timeout=10_000)
        a.activateWindow()  # the officer at laptop A (both windows share this test's process,
        qtbot.waitUntil(lambda: QApplication.activeWindow() is a)  # so Ctrl+N is ambiguous)
        qtbot.mouseClick(a.enquiries.new_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(a.enquiries.findChildren(QuickLogDialog)))
        dialog = a.enquiries.findChildren(QuickLogDialog)[-1]
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.journalist)
        qtbot.keyClicks(dialog.journalist, "Priya Patel")
        qtbot.keyClicks(dialog.subject, "Rail strike contingency")
        qtbot.keyClick(dialog.subject, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: a.enquiries.model.rowCount() == 1)
        ref = a.enquiries.model.enquiry(0).ref  # type: ignore[union-attr]
        # A pushes within a second of the save; the office tells B, which pulls (no timer)
        qtbot.waitUntil(lambda: b.enquiries.model.rowCount() == 1, timeout=10_000)
        seen = b.enquiries.model.enquiry(0)
        assert seen is not None and seen.ref == ref and seen.journalist == "Priya Patel"
        assert b.office_status.label.text().startswith("Online · synced")
        a.close()
        b.close()


def test_an_unreachable_office_says_offline_with_the_changes_waiting(
    qtbot: QtBot, office: Office, tmp_path: Path, real_keyring: KeyringStore
) -> None:
    with laptop(tmp_path, office, "olly", real_keyring) as olly:
        # joined; now the office refuses this officer's sign-in
        office.cluster.admin(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'olly'"
        )
        office.cluster.admin("ALTER ROLE olly NOLOGIN")
        window = _window(qtbot, olly)
        qtbot.waitUntil(
            lambda: (
                "Sign-in needed" in window.office_status.label.text()
                or "Offline" in window.office_status.label.text()
            ),
            timeout=15_000,
        )
        window.close()


def test_a_conflict_shows_on_both_laptops_and_settling_it_on_one_settles_it_on_both(
    qtbot: QtBot, office: Office, tmp_path: Path, real_keyring: KeyringStore
) -> None:
    from datetime import UTC, datetime

    import psycopg

    from mediadesk.domain.enquiry import Channel, NewEnquiry
    from mediadesk.domain.enquiry_filter import EnquiryFilter
    from mediadesk.ui.attention import AttentionDialog
    from mediadesk.ui.tasks import TaskRunner

    with (
        laptop(tmp_path, office, "olly", real_keyring) as olly,
        laptop(tmp_path, office, "cleo", real_keyring) as cleo,
    ):
        made = olly.desk.enquiries.create(
            NewEnquiry(datetime.now(UTC), Channel.PHONE, "Ferry timetable")
        )
        olly.desk.office_sync().sync()
        cleo.desk.office_sync().sync()
        theirs_id = cleo.desk.enquiries.search_ids(EnquiryFilter())[0]
        olly.desk.enquiries.update(made.id, questions="Will the 7am sailing run?")
        cleo.desk.enquiries.update(theirs_id, questions="Is the winter timetable out?")
        olly.desk.office_sync().sync()
        cleo.desk.office_sync().sync()
        olly.desk.office_sync().sync()
        for ctx in (olly, cleo):  # the office's list reaches both
            [shown] = ctx.desk.office_sync().needs_attention()
            assert shown.field == "questions" and not shown.refused
        dialog = AttentionDialog(cleo.desk, TaskRunner(cleo.desks()))
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.mine.toPlainText() == "Is the winter timetable out?"
        assert dialog.theirs.toPlainText() == "Will the 7am sailing run?"
        assert "olly changed questions" in dialog.what.text()
        dialog.choice.selectAll()
        qtbot.keyClicks(dialog.choice, "Will the 7am run, and is the winter timetable out?")
        qtbot.mouseClick(dialog.use_choice, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.items.count() == 0, timeout=10_000)
        olly.desk.office_sync().sync()
        assert olly.desk.office_sync().needs_attention() == []
        merged = "Will the 7am run, and is the winter timetable out?"
        assert olly.desk.enquiries.get(made.id).questions == merged
        assert cleo.desk.enquiries.get(theirs_id).questions == merged
    with psycopg.connect(office.dsn) as conn:
        row = conn.execute("SELECT actor FROM mediadesk.audit WHERE action = 'settle'").fetchone()
    assert row == ("cleo",)  # the choice is audited


def test_an_officer_is_not_offered_clear_and_a_clearer_is(
    qtbot: QtBot, office: Office, tmp_path: Path, real_keyring: KeyringStore
) -> None:

    from PySide6.QtWidgets import QPushButton

    from mediadesk.domain.enquiry import Status
    from mediadesk.errors import ValidationError
    from mediadesk.ui.enquiries.detail import EnquiryEditor

    for name, may in (("olly", False), ("cara", True)):
        with laptop(tmp_path, office, name, real_keyring) as ctx:
            service = ctx.desk.enquiries
            made = awaiting_clearance(ctx, "Court case", "We do not comment on live cases.")
            editor = EnquiryEditor(service)
            qtbot.addWidget(editor)
            editor.show_enquiry(made.id)
            [clear] = [
                b for b in editor.findChildren(QPushButton) if b.text() == "Clear for release…"
            ]
            assert clear.isEnabled() is may
            if not may:
                assert "Only a clearer" in clear.toolTip()
                with pytest.raises(ValidationError, match="Only a clearer"):
                    service.set_status(made.id, Status.CLEARED)


def test_while_locked_the_link_holds_no_password_and_picks_up_again_once_unlocked(
    qtbot: QtBot, office: Office, tmp_path: Path, real_keyring: KeyringStore
) -> None:
    import threading

    from mediadesk.domain.enquiry import Channel, NewEnquiry
    from mediadesk.ui.lock import LockScreen

    def listening() -> bool:
        return any(t.name == "office-listener" for t in threading.enumerate())

    with (
        laptop(tmp_path, office, "olly", real_keyring) as olly,
        laptop(tmp_path, office, "cara", real_keyring) as cara,
    ):
        window = MainWindow(olly, identity_check=lambda password: password == "let me in")
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.completed, timeout=10_000):
            window.show()
        qtbot.waitUntil(listening, timeout=5_000)
        window.lock_now()
        qtbot.waitUntil(lambda: not listening(), timeout=5_000)  # its sign-in went with it
        cara.desk.enquiries.create(NewEnquiry(olly.clock(), Channel.PHONE, "While locked"))
        cara.desk.office_sync().sync()
        screen = window.centralWidget()
        assert isinstance(screen, LockScreen)
        qtbot.keyClicks(screen.password, "let me in")
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
        qtbot.waitUntil(listening, timeout=10_000)
        cara.desk.enquiries.create(NewEnquiry(olly.clock(), Channel.PHONE, "After unlocking"))
        cara.desk.office_sync().sync()  # heard at once: both come in
        qtbot.waitUntil(lambda: window.enquiries.model.rowCount() == 2, timeout=10_000)
        window.close()


def test_only_a_clearer_is_offered_to_clear_a_post_written_by_another(
    qtbot: QtBot, office: Office, tmp_path: Path, real_keyring: KeyringStore
) -> None:
    from mediadesk.domain.posts import PostStatus, Visit

    with (
        laptop(tmp_path, office, "olly", real_keyring) as olly,
        laptop(tmp_path, office, "cara", real_keyring) as cara,
    ):
        service = olly.posts()
        visit = service.save_visit(Visit(0, "Jo Minister", "2026-12-03", "Bangor"))
        post = service.new_post(visit.id)
        service.save_content(post.id, text="The minister opened the library.")
        service.submit(post.id)
        olly.desk.office_sync().sync()
        cara.desk.office_sync().sync()
        shown = {}
        for name, ctx in (("olly", olly), ("cara", cara)):
            window = _window(qtbot, ctx)
            qtbot.waitUntil(
                lambda w=window: w.posts is not None and w.posts.composer.post is not None
            )
            composer = window.posts.composer  # type: ignore[union-attr]
            assert composer.post is not None and composer.post.status is PostStatus.SUBMITTED
            shown[name] = not composer.action_bar.buttons["clear"].isHidden()
            window.close()
    assert shown == {"olly": False, "cara": True}
