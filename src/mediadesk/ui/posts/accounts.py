"""Connect the office's Bluesky, Mastodon and X accounts (credentials go to the OS keyring)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediadesk.context import AppContext
from mediadesk.domain.posts import Platform
from mediadesk.errors import KnownError
from mediadesk.services.desk import Area
from mediadesk.ui.links import open_link
from mediadesk.ui.tasks import TaskRunner
from mediadesk.ui.widgets.access import named
from mediadesk.ui.widgets.labels import plain_label

MANAGED = "Managed by your organisation"


class AccountsDialog(QDialog):
    """One group per platform: its state, how to connect it, and Disconnect."""

    changed = Signal()

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Accounts"))
        self.setMinimumWidth(560)
        self.tasks = tasks  # the window's
        self.pending: Any = None
        layout = QVBoxLayout(self)
        self.notice = plain_label()
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)
        self.states: dict[Platform, QLabel] = {}
        self.disconnects: dict[Platform, QPushButton] = {}
        layout.addWidget(self._bluesky())
        layout.addWidget(self._mastodon())
        layout.addWidget(self._x())
        self.error = plain_label()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#c62828")
        self.error.setAccessibleName(self.tr("Problem"))
        layout.addWidget(self.error)
        self.listener: Any = None
        self.cancel_button = QPushButton(self.tr("Cancel sign-in"))
        self.cancel_button.clicked.connect(self.cancel_sign_in)
        self.cancel_button.hide()
        layout.addWidget(self.cancel_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.groups = [self.bluesky_group, self.mastodon_group, self.x_group]
        allowed = ctx.settings.flag("accounts.allowed")
        if not allowed:
            self.notice.setText(self.tr("Connecting accounts is turned off. ") + self.tr(MANAGED))
        elif ctx.secrets is None:
            from mediadesk.services.accounts import NO_KEYRING

            self.notice.setText(NO_KEYRING)
        self._allowed = allowed and ctx.secrets is not None
        for group in self.groups:
            group.setEnabled(self._allowed)
        self.refresh()

    def _state_row(self, platform: Platform, form: QFormLayout) -> None:
        state = plain_label()
        state.setAccessibleName(self.tr("{p} account").format(p=platform.label))
        disconnect = QPushButton(self.tr("Disconnect"))
        disconnect.setAccessibleName(self.tr("Disconnect {p}").format(p=platform.label))
        disconnect.clicked.connect(lambda: self._disconnect(platform))
        row = QHBoxLayout()
        row.addWidget(state, 1)
        row.addWidget(disconnect)
        form.addRow(row)
        self.states[platform] = state
        self.disconnects[platform] = disconnect

    def _bluesky(self) -> QGroupBox:
        self.bluesky_group = QGroupBox("Bluesky")
        form = QFormLayout(self.bluesky_group)
        self._state_row(Platform.BLUESKY, form)
        self.bsky_server = QLineEdit("https://bsky.social")
        named(self.bsky_server, self.tr("Bluesky server"))
        self.bsky_handle = QLineEdit()
        self.bsky_handle.setPlaceholderText("department.bsky.social")
        named(self.bsky_handle, self.tr("Bluesky handle"))
        self.bsky_password = QLineEdit()
        self.bsky_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.bsky_password.setPlaceholderText("xxxx-xxxx-xxxx-xxxx")
        named(
            self.bsky_password,
            self.tr("Bluesky app password"),
            self.tr("Create one in Bluesky: Settings > Privacy and security > App passwords."),
        )
        connect = QPushButton(self.tr("Connect Bluesky"))
        connect.clicked.connect(self.connect_bluesky)
        form.addRow(self.tr("Server"), self.bsky_server)
        form.addRow(self.tr("Handle"), self.bsky_handle)
        form.addRow(self.tr("App password"), self.bsky_password)
        form.addRow(connect)
        return self.bluesky_group

    def _mastodon(self) -> QGroupBox:
        self.mastodon_group = QGroupBox("Mastodon")
        form = QFormLayout(self.mastodon_group)
        self._state_row(Platform.MASTODON, form)
        self.masto_server = QLineEdit()
        self.masto_server.setPlaceholderText("social.example.gov.uk")
        named(self.masto_server, self.tr("Mastodon server"))
        start = QPushButton(self.tr("Sign in with the browser…"))
        start.clicked.connect(self.start_mastodon)
        self.masto_code = QLineEdit()
        self.masto_code.setPlaceholderText(self.tr("Paste the code the server shows"))
        named(self.masto_code, self.tr("Mastodon authorisation code"))
        finish = QPushButton(self.tr("Finish"))
        finish.clicked.connect(self.finish_mastodon)
        code_row = QHBoxLayout()
        code_row.addWidget(self.masto_code, 1)
        code_row.addWidget(finish)
        self.masto_token = QLineEdit()
        self.masto_token.setEchoMode(QLineEdit.EchoMode.Password)
        self.masto_token.setPlaceholderText(self.tr("…or paste an access token"))
        named(self.masto_token, self.tr("Mastodon access token"))
        use_token = QPushButton(self.tr("Use token"))
        use_token.clicked.connect(self.use_mastodon_token)
        token_row = QHBoxLayout()
        token_row.addWidget(self.masto_token, 1)
        token_row.addWidget(use_token)
        form.addRow(self.tr("Server"), self.masto_server)
        form.addRow(start)
        form.addRow(self.tr("Code"), code_row)
        form.addRow(self.tr("Token"), token_row)
        return self.mastodon_group

    def _x(self) -> QGroupBox:
        self.x_group = QGroupBox("X")
        form = QFormLayout(self.x_group)
        self._state_row(Platform.X, form)
        self.x_client = QLineEdit(self.ctx.settings.text("accounts.x_client_id"))
        named(self.x_client, self.tr("X client ID"))
        if self.ctx.settings.is_locked("accounts.x_client_id"):
            self.x_client.setEnabled(False)
            self.x_client.setToolTip(self.tr(MANAGED))
        start = QPushButton(self.tr("Sign in with the browser…"))
        start.clicked.connect(self.connect_x)
        form.addRow(self.tr("Client ID"), self.x_client)
        form.addRow(start)
        return self.x_group

    # -- doing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        connected = self.ctx.desk.accounts_connected()
        for platform, label in self.states.items():
            account = connected.get(platform)
            label.setText(
                self.tr("Connected as {h}").format(h=account.handle)
                if account
                else self.tr("Not connected")
            )
            self.disconnects[platform].setVisible(account is not None)

    def _busy(self, busy: bool) -> None:
        """While a sign-in runs, only 'Cancel sign-in' can be pressed."""
        for group in self.groups:
            group.setEnabled(not busy and self._allowed)
        self.cancel_button.setVisible(busy and self.listener is not None)
        if not busy:
            self.listener = None

    def cancel_sign_in(self) -> None:
        if self.listener is not None:
            self.listener.cancel()

    def _run(self, job: Callable[[Any], Any], done: Callable[[Any], None]) -> None:
        self.error.clear()
        self._busy(True)

        def ok(result: Any) -> None:
            self._busy(False)
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

    def connect_bluesky(self) -> None:
        server, handle = self.bsky_server.text(), self.bsky_handle.text()
        password = self.bsky_password.text()
        self.bsky_password.clear()
        self._run(lambda a: a.connect_bluesky(server, handle, password), lambda _r: None)

    def start_mastodon(self) -> None:
        server = self.masto_server.text()

        def opened(pending: Any) -> None:
            self.pending = pending
            open_link(pending.url)
            self.masto_code.setFocus()

        self._run(lambda a: a.start_mastodon(server), opened)

    def finish_mastodon(self) -> None:
        pending, code = self.pending, self.masto_code.text()
        if pending is None:
            self.error.setText(self.tr("Start with 'Sign in with the browser' first."))
            return
        self.masto_code.clear()
        self._run(lambda a: a.finish_mastodon(pending, code), lambda _r: None)

    def use_mastodon_token(self) -> None:
        server, token = self.masto_server.text(), self.masto_token.text()
        self.masto_token.clear()
        self._run(lambda a: a.connect_mastodon_token(server, token), lambda _r: None)

    def connect_x(self) -> None:
        from mediadesk.services.accounts import start_x_sign_in

        port = self.ctx.settings.number("accounts.x_redirect_port")
        api, authorize = self.x_endpoints()
        try:
            sign_in = start_x_sign_in(self.x_client.text(), port, authorize)
        except KnownError as exc:
            self.error.setText(exc.message)
            return
        self.listener = sign_in.listener
        open_link(sign_in.url)
        self._run(
            lambda a: a.finish_x(sign_in.pending, sign_in.listener.wait(), api), lambda _r: None
        )
        self.error.setText(self.tr("Waiting for X in your browser…"))

    def x_endpoints(self) -> tuple[str, str]:
        """X's API and consent page (tests point these at a loopback server)."""
        from mediadesk.services.accounts import X_ENDPOINTS

        return X_ENDPOINTS

    def _disconnect(self, platform: Platform) -> None:
        self._run(lambda a: a.disconnect(platform), lambda _r: None)

    def done(self, result: int) -> None:
        self.cancel_sign_in()
        super().done(result)
