"""The Enquiries tab driven by real keystrokes and clicks."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from mediadesk.context import AppContext
from mediadesk.domain.enquiry import Channel, NewEnquiry, OutletType, Status
from mediadesk.services.enquiry_drafts import recover as recover_drafts
from mediadesk.storage import enquiries as repo
from mediadesk.ui.enquiries.clearance import ClearForReleaseDialog
from mediadesk.ui.enquiries.detail import EnquiryEditor
from mediadesk.ui.enquiries.model import Column
from mediadesk.ui.enquiries.quicklog import QuickLogDialog
from mediadesk.ui.mainwindow import MainWindow
from tests.conftest import FakeClock


def _dialog(window: MainWindow) -> QuickLogDialog:
    found = window.enquiries.findChildren(QuickLogDialog)
    assert found, "the quick-log form did not open"
    return found[-1]


def _log(ctx: AppContext, subject: str, minutes: int = 120, **kw: str) -> int:
    return (
        ctx.enquiries()
        .create(
            NewEnquiry(
                ctx.clock(),
                Channel.PHONE,
                subject,
                journalist=kw.get("journalist", "Jane Smith"),
                outlet=kw.get("outlet", "Daily Bugle"),
                questions=kw.get("questions", ""),
                deadline=ctx.clock() + timedelta(minutes=minutes),
            )
        )
        .id
    )


def test_quick_log_with_the_keyboard_alone(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.journalist)
    qtbot.keyClicks(dialog.journalist, "Priya Patel")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.outlet
    qtbot.keyClicks(dialog.outlet, "BBC Radio 4")
    qtbot.keyClick(dialog.outlet, Qt.Key.Key_Tab)  # a new outlet: what kind is it?
    assert QApplication.focusWidget() is dialog.outlet_type
    for _ in range(4):  # national, regional, trade, broadcast
        qtbot.keyClick(dialog.outlet_type, Qt.Key.Key_Down)
    assert dialog.outlet_type.currentText() == "Broadcast"
    qtbot.keyClick(dialog.outlet_type, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.subject, "Flood defence spending")
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.questions
    qtbot.keyClicks(dialog.questions, "Can you confirm the figure?")
    qtbot.keyClick(dialog.questions, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.deadline_choice
    qtbot.keyClick(dialog.deadline_choice, Qt.Key.Key_Up)  # 2 hours -> 1 hour
    qtbot.keyClick(dialog.deadline_choice, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: window.enquiries.model.rowCount() == 1)
    enquiry = window.enquiries.model.enquiry(0)
    assert enquiry is not None
    assert enquiry.ref == "ENQ-2026-00001" and enquiry.journalist == "Priya Patel"
    assert enquiry.deadline == ctx.clock() + timedelta(hours=1)
    assert "Logged ENQ-2026-00001" in window.statusBar().currentMessage()
    outlet = ctx.desk.directory.find_outlet("BBC Radio 4")
    assert outlet is not None and outlet.type is OutletType.BROADCAST  # not silently national
    qtbot.waitUntil(lambda: window.enquiries.editor.current is not None)
    assert window.enquiries.editor.subject.text() == "Flood defence spending"


def test_quick_log_refuses_missing_subject_and_keeps_the_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.enquiries.new_enquiry()
    dialog = _dialog(window)
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.questions.setFocus()
    qtbot.keyClicks(dialog.questions, "Important question")
    qtbot.keyClick(dialog.questions, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert dialog.error.isVisible() and "subject" in dialog.error.text()
    assert dialog.questions.toPlainText() == "Important question"


def test_quick_log_draft_survives_a_crash(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    window.enquiries.new_enquiry()
    dialog = _dialog(window)
    qtbot.keyClicks(dialog.subject, "Half-typed when the laptop died")
    qtbot.waitUntil(lambda: ctx.enquiries().load_draft("quicklog") is not None, timeout=2000)
    dialog.hide()  # the process dies: no save, no cancel
    reopened = QuickLogDialog(ctx.desk)
    qtbot.addWidget(reopened)
    assert reopened.subject.text() == "Half-typed when the laptop died"
    assert not reopened.restored.isHidden()


def test_search_updates_as_you_type(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    _log(ctx, "Hospital parking", questions="Why did charges rise?")
    _log(ctx, "Rail strike", journalist="Omar Khan", outlet="Northern Echo")
    window.enquiries.refresh()
    qtbot.waitUntil(lambda: window.enquiries.model.rowCount() == 2)
    qtbot.keyClicks(window.enquiries.filters.search, "charg")
    qtbot.waitUntil(lambda: window.enquiries.model.rowCount() == 1)
    assert window.enquiries.model.enquiry(0).subject == "Hospital parking"  # type: ignore[union-attr]
    assert window.enquiries.count.text() == "1 enquiry"
    assert window.enquiries.count.accessibleName() == "1 enquiry"  # what a screen reader says
    window.enquiries.filters.search.clear()
    qtbot.keyClicks(window.enquiries.filters.search, "northern")
    qtbot.waitUntil(
        lambda: (
            window.enquiries.model.rowCount() == 1
            and window.enquiries.model.enquiry(0).subject == "Rail strike"
        )
    )  # type: ignore[union-attr]
    qtbot.keyClicks(window.enquiries.filters.search, "zzz")
    qtbot.waitUntil(lambda: window.enquiries.model.rowCount() == 0)
    qtbot.waitUntil(lambda: window.enquiries.count.text() == "No enquiries match “northernzzz”")
    window.enquiries.filters.search.clear()
    qtbot.waitUntil(lambda: window.enquiries.count.text() == "2 enquiries")


def test_status_filter_and_workflow_buttons(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    eid = _log(ctx, "Prison capacity")
    window.enquiries.refresh(select=eid)
    qtbot.waitUntil(lambda: window.enquiries.editor.current is not None)
    editor = window.enquiries.editor

    def click(label: str) -> None:
        def visible() -> list[QPushButton]:
            return [
                b for b in editor.findChildren(QPushButton) if b.text() == label and b.isVisible()
            ]

        qtbot.waitUntil(lambda: bool(visible()))
        qtbot.mouseClick(visible()[0], Qt.MouseButton.LeftButton)

    click("Send for clearance")
    qtbot.waitUntil(
        lambda: editor.current is not None and editor.current.status is Status.AWAITING_CLEARANCE
    )
    click("Clear for release…")
    assert editor.banner.isVisible() and "response lines" in editor.banner.text()
    editor.response.setFocus()
    qtbot.keyClicks(editor.response, "We do not comment on operational matters.")
    editor.subject.setFocus()  # leaving the field commits it
    qtbot.waitUntil(
        lambda: editor.current is not None and editor.current.response.startswith("We do not")
    )
    click("Clear for release…")  # what is cleared, and by whom, confirmed first
    qtbot.waitUntil(lambda: bool(editor.findChildren(ClearForReleaseDialog)))
    dialog = editor.findChildren(ClearForReleaseDialog)[-1]
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.who.text() == "Alex Officer" and not dialog.who.isReadOnly()
    assert editor.current is not None and editor.current.status is Status.AWAITING_CLEARANCE
    qtbot.keyClicks(dialog.who, "Head of News")  # cleared on the phone by someone else
    qtbot.keyClick(dialog.who, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.current is not None and editor.current.status is Status.CLEARED)
    assert "Cleared by Head of News" in editor.clearance.text()
    editor.response.setFocus()
    qtbot.keyClicks(editor.response, " Ever.")
    editor.subject.setFocus()
    qtbot.waitUntil(
        lambda: editor.current is not None and editor.current.status is Status.AWAITING_CLEARANCE
    )
    assert "needs clearing again" in editor.banner.text()
    changes = [
        editor.history.topLevelItem(i).text(2) for i in range(editor.history.topLevelItemCount())
    ]
    assert any(c.startswith("Status: Cleared → Awaiting clearance") for c in changes)
    model_row = window.enquiries.model.enquiry(0)
    assert model_row is not None and model_row.status is Status.AWAITING_CLEARANCE


def test_editor_keeps_typing_in_a_draft_and_recovers_it(qtbot: QtBot, ctx: AppContext) -> None:
    eid = _log(ctx, "Data breach")
    editor = EnquiryEditor(ctx.enquiries())
    qtbot.addWidget(editor)
    editor.show()
    editor.show_enquiry(eid)
    editor.questions.setFocus()
    qtbot.keyClicks(editor.questions, "How many records were exposed?")
    qtbot.waitUntil(lambda: ctx.enquiries().load_draft(f"enquiry:{eid}") is not None, timeout=1500)
    # Killed here: the edit was never committed, but the draft is in the database.
    assert ctx.enquiries().get(eid).questions == ""
    editor.current = None
    assert recover_drafts(ctx.enquiries()) == ["ENQ-2026-00001"]
    assert ctx.enquiries().get(eid).questions == "How many records were exposed?"
    history = ctx.enquiries().history(eid)
    assert [h.field for h in history if h.action == "changed"] == ["questions"]


def test_deadline_countdown_and_highlight(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, clock: FakeClock
) -> None:
    _log(ctx, "Soon", minutes=45)
    window.enquiries.refresh()
    qtbot.waitUntil(lambda: window.enquiries.model.rowCount() == 1)
    model = window.enquiries.model
    index = model.index(0, Column.DEADLINE)
    assert model.data(index) == "in 45 min"
    soon = model.data(index, Qt.ItemDataRole.BackgroundRole).color().name()
    clock.now += timedelta(minutes=50)
    model.tick()
    assert model.data(index) == "5 min overdue"
    overdue = model.data(index, Qt.ItemDataRole.BackgroundRole).color().name()
    assert soon != overdue
    assert model.data(index, Qt.ItemDataRole.FontRole).bold()


def test_reminders_reach_the_user(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, clock: FakeClock
) -> None:
    _log(ctx, "Visit logistics", minutes=40)
    window.notifier.check()
    clock.now += timedelta(minutes=11)
    due = window.notifier.check()
    assert [r.kind for r in due] == ["before"]
    assert "due soon" in window.statusBar().currentMessage()
    clock.now += timedelta(minutes=30)
    assert [r.kind for r in window.notifier.check()] == ["due"]
    assert window.notifier.check() == []


def test_sorting_by_header_click(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    _log(ctx, "Bravo", minutes=30)
    _log(ctx, "Alpha", minutes=90)
    window.enquiries.refresh()
    qtbot.waitUntil(lambda: window.enquiries.model.rowCount() == 2)
    header = window.enquiries.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.SUBJECT) + 5
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.waitUntil(lambda: window.enquiries.model.enquiry(0).subject == "Alpha")  # type: ignore[union-attr]
    assert repo.SortKey.SUBJECT is window.enquiries.current_filter().sort


def test_quick_log_on_a_full_disk_keeps_the_text(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    window.enquiries.new_enquiry()
    dialog = _dialog(window)
    qtbot.keyClicks(dialog.subject, "Written on a full disk")
    qtbot.keyClicks(dialog.questions, "q" * 50)
    pages = ctx.conn.execute("PRAGMA page_count").fetchone()[0]
    ctx.conn.execute(f"PRAGMA max_page_count = {pages}")
    dialog.questions.setPlainText(("question " * 8 + "\n") * 4000)
    dialog.save()
    assert dialog.isVisible() and "disk is full" in dialog.error.text()
    assert dialog.subject.text() == "Written on a full disk"
    ctx.conn.execute("PRAGMA max_page_count = 1073741823")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_custom_deadline_box_shows_the_deadline_chosen_not_the_time_received(
    qtbot: QtBot, ctx: AppContext
) -> None:
    from mediadesk.domain.deadlines import QuickDeadline
    from mediadesk.ui.enquiries.quicklog import from_qt

    dialog = QuickLogDialog(ctx.desk)
    qtbot.addWidget(dialog)
    now = ctx.clock()
    shown = from_qt(dialog.deadline_custom.dateTime())
    assert abs((shown - now).total_seconds() - 2 * 3600) < 120  # two hours, the default
    dialog.deadline_choice.setCurrentIndex(dialog.deadline_choice.findData(QuickDeadline.HOUR_1))
    shown = from_qt(dialog.deadline_custom.dateTime())
    assert abs((shown - now).total_seconds() - 3600) < 120
    dialog.deadline_choice.setCurrentIndex(dialog.deadline_choice.findData(QuickDeadline.CUSTOM))
    assert dialog.deadline_custom.isEnabled()
    assert abs((from_qt(dialog.deadline_custom.dateTime()) - now).total_seconds() - 3600) < 120


def test_a_new_outlet_is_not_logged_until_its_kind_is_said(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    _log(ctx, "Known outlet", outlet="Northern Echo")
    dialog = QuickLogDialog(ctx.desk, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.outlet, "Northern Echo")
    assert dialog.outlet_type.isHidden()  # the directory knows it
    dialog.outlet.clear()
    qtbot.keyClicks(dialog.outlet, "Wrexham Leader")
    assert not dialog.outlet_type.isHidden()
    qtbot.keyClicks(dialog.subject, "Hospital car park")
    dialog.save()
    assert dialog.isVisible() and "say what kind of outlet it is" in dialog.error.text()
    assert dialog.focusWidget() is dialog.outlet_type
    dialog.outlet_type.setCurrentIndex(dialog.outlet_type.findData(OutletType.REGIONAL))
    dialog.save()
    outlet = ctx.desk.directory.find_outlet("Wrexham Leader")
    assert outlet is not None and outlet.type is OutletType.REGIONAL


def test_the_workflow_by_shortcut_and_focus_stays_with_the_steps(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    eid = _log(ctx, "Prison capacity")
    window.enquiries.refresh(select=eid)
    editor = window.enquiries.editor
    qtbot.waitUntil(lambda: editor.current is not None)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(
        window,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(
        lambda: editor.current is not None and editor.current.status is Status.IN_PROGRESS
    )
    assert not window.workflow.actions[
        Status.IN_PROGRESS
    ].isEnabled()  # offered only when it applies
    qtbot.wait(20)  # the old step buttons go with the event loop
    buttons = editor.findChildren(QPushButton)
    [step] = [b for b in buttons if b.text() == "Send for clearance" and b.isVisible()]
    step.setFocus()
    qtbot.waitUntil(step.hasFocus)
    qtbot.keyClick(step, Qt.Key.Key_Space)  # the step by keyboard, from its button
    qtbot.waitUntil(
        lambda: editor.current is not None and editor.current.status is Status.AWAITING_CLEARANCE
    )
    # Focus stays with the steps, on the first of the new ones (not back in the list).
    qtbot.waitUntil(
        lambda: (
            isinstance(QApplication.focusWidget(), QPushButton)
            and QApplication.focusWidget().isVisible()
            and editor.isAncestorOf(QApplication.focusWidget())
            and QApplication.focusWidget().text() == "Mark in progress"
        )
    )
