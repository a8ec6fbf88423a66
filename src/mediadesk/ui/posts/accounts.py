"""Connect the office's social accounts (credentials go to the OS keyring)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from mediadesk.context import AppContext
from mediadesk.domain.platforms import Platform
from mediadesk.services.desk import Area
from mediadesk.ui import i18n
from mediadesk.ui.posts.account_forms import FORMS, AccountForm
from mediadesk.ui.posts.account_forms.base import MANAGED
from mediadesk.ui.tasks import TaskRunner
from mediadesk.ui.widgets.labels import plain_label


class AccountsDialog(QDialog):
    """One form per platform: its state, how to connect it, and Disconnect."""

    changed = Signal()

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = ctx.settings
        self.setWindowTitle(self.tr("Accounts"))
        self.setMinimumWidth(560)
        self.tasks = tasks  # the window's
        self.waiting: Any = None  # a browser sign-in this machine is waiting on
        layout = QVBoxLayout(self)
        self.notice = plain_label()
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)
        self.forms: dict[Platform, AccountForm] = {}
        for form_type in FORMS:
            form = form_type(self)
            self.forms[form.platform] = form
            layout.addWidget(form)
        self.error = plain_label()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#c62828")
        self.error.setAccessibleName(self.tr("Problem"))
        layout.addWidget(self.error)
        self.cancel_button = QPushButton(self.tr("Cancel sign-in"))
        self.cancel_button.clicked.connect(self.cancel_sign_in)
        self.cancel_button.hide()
        layout.addWidget(self.cancel_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        allowed = ctx.settings.flag("accounts.allowed")
        if not allowed:
            self.notice.setText(self.tr("Connecting accounts is turned off. ") + self.tr(MANAGED))
        elif ctx.secrets is None:
            from mediadesk.services.accounts import NO_KEYRING

            self.notice.setText(i18n.message(NO_KEYRING))
        self._allowed = allowed and ctx.secrets is not None
        for form in self.forms.values():
            form.setEnabled(self._allowed)
        self.refresh()

    def refresh(self) -> None:
        connected = self.ctx.desk.accounts_connected()
        for platform, form in self.forms.items():
            account = connected.get(platform)
            form.show_account(account.handle if account else None)

    def _busy(self, busy: bool) -> None:
        """While a sign-in runs, only 'Cancel sign-in' can be pressed."""
        for form in self.forms.values():
            form.setEnabled(not busy and self._allowed)
        self.cancel_button.setVisible(busy and self.waiting is not None)
        if not busy:
            self.waiting = None

    def cancel_sign_in(self) -> None:
        if self.waiting is not None:
            self.waiting.cancel()

    def _run(self, job: Callable[[Any], Any], done: Callable[[Any], None]) -> None:
        self.error.clear()
        self._busy(True)

        def ok(result: Any) -> None:
            self._busy(False)
            self.error.clear()  # "Waiting for X…" is over
            done(result)
            self.refresh()
            self.changed.emit()

        def failed(message: str) -> None:
            self._busy(False)
            self.error.setText(message)

        self.tasks.run(
            lambda desk: job(desk.accounts()),
            ok,
            on_problem=failed,
            changes=frozenset({Area.ACCOUNTS}),
        )

    # -- what the forms ask for (SignInHost) -----------------------------------------------
    def sign_in_with(self, platform: Platform, fields: Mapping[str, str]) -> None:
        self._run(lambda a: a.connect(platform, fields), lambda _r: None)

    def start_sign_in(
        self, platform: Platform, fields: Mapping[str, str], opened: Callable[[Any], None]
    ) -> None:
        self._run(lambda a: a.start(platform, fields), opened)

    def finish_sign_in(self, platform: Platform, pending: Any, code: str = "") -> None:
        self._run(lambda a: a.finish(platform, pending, code), lambda _r: None)
        if not code:  # the platform waits for the browser on this machine
            self.waiting = pending
            self.cancel_button.show()

    def say(self, text: str) -> None:
        self.error.setText(text)

    def disconnect_account(self, platform: Platform) -> None:
        self._run(lambda a: a.disconnect(platform), lambda _r: None)

    def done(self, result: int) -> None:
        self.cancel_sign_in()
        super().done(result)
