"""Mastodon: sign in with the browser and paste the code back, or paste an access token."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton

from mediadesk.domain.platforms import Platform
from mediadesk.ui.links import open_link
from mediadesk.ui.posts.account_forms.base import AccountForm
from mediadesk.ui.widgets.access import named


def _beside(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


class MastodonForm(AccountForm):
    """The instance, then either the browser's code or a token made in its settings."""

    platform = Platform.MASTODON

    def build(self) -> None:
        self.pending: Any = None
        self.server = QLineEdit()
        self.server.setPlaceholderText("social.example.gov.uk")
        named(self.server, self.tr("Mastodon server"))
        start = QPushButton(self.tr("Sign in with the browser…"))
        start.clicked.connect(self.start)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Paste the code the server shows"))
        named(self.code, self.tr("Mastodon authorisation code"))
        finish = QPushButton(self.tr("Finish"))
        finish.clicked.connect(self.finish)
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.tr("…or paste an access token"))
        named(self.token, self.tr("Mastodon access token"))
        use_token = QPushButton(self.tr("Use token"))
        use_token.clicked.connect(self.use_token)
        self.row(self.tr("Server"), self.server)
        self.form.addRow(start)
        self.row(self.tr("Code"), _beside(self.code, finish))
        self.row(self.tr("Token"), _beside(self.token, use_token))

    def start(self) -> None:
        def opened(pending: Any) -> None:
            self.pending = pending
            open_link(pending.url)
            self.code.setFocus()

        self.host.start_sign_in(self.platform, {"server": self.server.text()}, opened)

    def finish(self) -> None:
        pending, code = self.pending, self.code.text()
        if pending is None:
            self.host.say(self.tr("Start with 'Sign in with the browser' first."))
            return
        self.code.clear()
        self.host.finish_sign_in(self.platform, pending, code)

    def use_token(self) -> None:
        fields = {"server": self.server.text(), "token": self.token.text()}
        self.token.clear()
        self.host.sign_in_with(self.platform, fields)
