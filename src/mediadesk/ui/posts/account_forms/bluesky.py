"""Bluesky: a handle and an app password (never the account's own password)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPushButton

from mediadesk.domain.platforms import Platform
from mediadesk.ui.posts.account_forms.base import AccountForm
from mediadesk.ui.widgets.access import named


class BlueskyForm(AccountForm):
    """Server, handle and app password; the password is cleared as soon as it is sent."""

    platform = Platform.BLUESKY

    def build(self) -> None:
        self.server = QLineEdit("https://bsky.social")
        named(self.server, self.tr("Bluesky server"))
        self.handle = QLineEdit()
        self.handle.setPlaceholderText("department.bsky.social")
        named(self.handle, self.tr("Bluesky handle"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText("xxxx-xxxx-xxxx-xxxx")
        named(
            self.password,
            self.tr("Bluesky app password"),
            self.tr("Create one in Bluesky: Settings > Privacy and security > App passwords."),
        )
        connect = QPushButton(self.tr("Connect Bluesky"))
        connect.clicked.connect(self.sign_in)
        self.row(self.tr("Server"), self.server)
        self.row(self.tr("Handle"), self.handle)
        self.row(self.tr("App password"), self.password)
        self.form.addRow(connect)

    def sign_in(self) -> None:
        fields = {
            "server": self.server.text(),
            "handle": self.handle.text(),
            "password": self.password.text(),
        }
        self.password.clear()
        self.host.sign_in_with(self.platform, fields)
