"""No two visible controls of one window state share an access key (Alt+letter), walked on
the real widgets: each tab of the main window, with and without a post open, and the dialogs."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mediadesk.context import AppContext
from mediadesk.domain.posts import Visit
from mediadesk.ui.mainwindow import MainWindow

ACCESS_KEY = re.compile(r"&([^&\s])")


def _key(text: str) -> str | None:
    found = ACCESS_KEY.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def clashes(top: QWidget) -> dict[str, list[str]]:
    """Each access key that two or more visible controls of `top` answer to, and which."""
    found: dict[str, list[str]] = {}

    def add(text: str, what: str) -> None:
        key = _key(text)
        if key:
            found.setdefault(key, []).append(f"{what} {text!r}")

    bar = top.findChild(QMenuBar)
    if bar is not None and bar.isVisible():
        for action in bar.actions():
            add(action.text(), "menu")
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not top:
            continue
        if isinstance(widget, QAbstractButton):
            add(widget.text(), type(widget).__name__)
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), "label")
        elif isinstance(widget, QGroupBox):
            add(widget.title(), "group")
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget.tabText(i), "tab")
    return {k: v for k, v in found.items() if len(v) > 1}


def menu_clashes(top: QWidget) -> dict[str, dict[str, list[str]]]:
    """Each menu of the window whose items share an access key, and which."""
    bar = top.findChild(QMenuBar)
    found: dict[str, dict[str, list[str]]] = {}
    for action in bar.actions() if bar is not None else []:
        menu = action.menu()
        keys: dict[str, list[str]] = {}
        for item in menu.actions() if isinstance(menu, QMenu) else []:
            key = _key(item.text())
            if key and item.isVisible():
                keys.setdefault(key, []).append(item.text())
        shared = {k: v for k, v in keys.items() if len(v) > 1}
        if shared:
            found[action.text()] = shared
    return found


def _with_a_post(ctx: AppContext) -> None:
    from mediadesk.domain.enquiry import Channel, NewEnquiry

    ctx.desk.enquiries.create(NewEnquiry(ctx.clock(), Channel.PHONE, "Opened in the editor"))
    service = ctx.posts()
    visit = service.save_visit(Visit(0, "Jo Minister", "2026-11-20", "Cardiff"))
    service.new_post(visit.id)


@pytest.mark.parametrize("post", [False, True], ids=["empty", "with a post"])
def test_no_access_key_is_shared_on_any_tab(qtbot: QtBot, ctx: AppContext, post: bool) -> None:
    if post:
        _with_a_post(ctx)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.posts is not None and window.monitoring is not None)
    found = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(50)
        found[window.tabs.tabText(index)] = clashes(window)
    assert found == {name: {} for name in found}
    assert menu_clashes(window) == {}
    window.close()


def _dialogs(ctx: AppContext, window: MainWindow) -> dict[str, Callable[[], QWidget]]:
    from mediadesk.ui.enquiries.clearance import ClearForReleaseDialog
    from mediadesk.ui.enquiries.quicklog import QuickLogDialog
    from mediadesk.ui.posts.dialogs import ClearanceDialog, ScheduleDialog, VisitDialog

    return {
        "quick log": lambda: QuickLogDialog(ctx.desk, window),
        "visit": lambda: VisitDialog(ctx.posts(), None, window),
        "post clearance": lambda: ClearanceDialog("Alex", window),
        "schedule": lambda: ScheduleDialog(ctx.clock(), window),
        "clear for release": lambda: ClearForReleaseDialog("Lines.", "Alex", False, window),
    }


Dialogs = Callable[[AppContext, MainWindow], dict[str, Callable[[], QWidget]]]


def each_dialog(
    qtbot: QtBot,
    ctx: AppContext,
    window: MainWindow,
    check: Callable[[QWidget], object],
    dialogs: Dialogs | None = None,
) -> dict[str, object]:
    """`check` of each main dialog (or of `dialogs`), shown as the officer sees it."""
    found = {}
    for name, make in (dialogs or _dialogs)(ctx, window).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.isVisible)
        found[name] = check(dialog)
        dialog.close()
    return found


def test_no_access_key_is_shared_in_a_dialog(
    qtbot: QtBot, ctx: AppContext, window: MainWindow
) -> None:
    found = each_dialog(qtbot, ctx, window, clashes)
    assert found == {name: {} for name in found}


def test_an_optional_times_access_key_reaches_its_tick_box(
    qtbot: QtBot, ctx: AppContext, window: MainWindow
) -> None:
    from mediadesk.ui.posts.dialogs import VisitDialog

    dialog = VisitDialog(ctx.posts(), None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    label = next(
        w
        for w in dialog.findChildren(QLabel)
        if w.text().startswith("Location &sensitive") and w.buddy() is not None
    )
    assert label.buddy() is dialog.sensitive
    dialog.sensitive.setFocus()  # what Alt+S does: focus the buddy
    assert dialog.focusWidget() is dialog.sensitive.enabled
