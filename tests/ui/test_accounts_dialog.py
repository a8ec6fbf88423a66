"""The Accounts dialog signs in to X through the browser, and a sign-in can be given up."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from mediadesk.context import AppContext
from mediadesk.domain.platforms import Platform
from mediadesk.secrets import MemoryStore
from mediadesk.ui.posts.accounts import AccountsDialog
from mediadesk.ui.tasks import TaskRunner
from tests.platforms import Platforms, serving_platforms


class Browser(QObject):
    """Stands in for the user's browser: remembers every page MediaDesk asks it to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


@pytest.fixture
def loopback() -> Iterator[tuple[Platforms, str]]:
    with serving_platforms() as running:
        yield running


@pytest.fixture
def browser() -> Iterator[Browser]:
    found = Browser()
    QDesktopServices.setUrlHandler("http", found, "open")
    yield found
    QDesktopServices.unsetUrlHandler("http")


def _dialog(qtbot: QtBot, ctx: AppContext, base: str) -> AccountsDialog:
    ctx.secrets = MemoryStore()
    dialog = AccountsDialog(ctx, TaskRunner(ctx.desks()))
    qtbot.addWidget(dialog)
    form = dialog.forms[Platform.X]
    office_fields = form.fields  # the client ID typed, the port IT registered
    form.fields = lambda: {  # type: ignore[method-assign]
        **office_fields(),
        "port": "0",
        "authorize": base + "/authorize",
        "api": base,
    }
    dialog.show()
    return dialog


def _sign_in(qtbot: QtBot, dialog: AccountsDialog, browser: Browser) -> httpx.QueryParams:
    form = dialog.forms[Platform.X]
    form.client.setText("client-abc")
    start = next(b for b in form.findChildren(QPushButton) if "browser" in b.text())
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(browser.opened) == 1, timeout=10_000)
    return httpx.URL(browser.opened[0].toString()).params


def test_x_signs_in_when_the_browser_comes_back(
    qtbot: QtBot, ctx: AppContext, loopback: tuple[Platforms, str], browser: Browser
) -> None:
    platforms, base = loopback
    dialog = _dialog(qtbot, ctx, base)
    query = _sign_in(qtbot, dialog, browser)
    assert dialog.cancel_button.isVisible() and "Waiting for X" in dialog.error.text()
    assert not dialog.forms[Platform.BLUESKY].isEnabled()  # one sign-in at a time
    platforms.x_codes["consented"] = (query["code_challenge"], query["redirect_uri"])
    page = httpx.get(f"{query['redirect_uri']}?state={query['state']}&code=consented")
    assert "Signed in" in page.text
    form = dialog.forms[Platform.X]
    qtbot.waitUntil(lambda: form.state.text() == "Connected as @PressOffice", timeout=10_000)
    assert not dialog.cancel_button.isVisible() and dialog.error.text() == ""
    profile = ctx.database.manifest.profile_id
    assert ctx.secrets is not None and ctx.secrets.get(f"account:{profile}:x:refresh")
    dialog.done(0)


def test_giving_up_on_the_browser_says_so_and_frees_the_dialog(
    qtbot: QtBot, ctx: AppContext, loopback: tuple[Platforms, str], browser: Browser
) -> None:
    _platforms, base = loopback
    dialog = _dialog(qtbot, ctx, base)
    _sign_in(qtbot, dialog, browser)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cancelled" in dialog.error.text(), timeout=10_000)
    assert not dialog.cancel_button.isVisible()
    assert all(form.isEnabled() for form in dialog.forms.values())
    assert dialog.forms[Platform.X].state.text() == "Not connected"
    dialog.done(0)
