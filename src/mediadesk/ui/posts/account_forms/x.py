"""X: OAuth in the browser, coming back to MediaDesk on the loopback port IT registered."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QPushButton

from mediadesk.domain.platforms import Platform
from mediadesk.ui.links import open_link
from mediadesk.ui.posts.account_forms.base import MANAGED, AccountForm
from mediadesk.ui.widgets.access import named


class XForm(AccountForm):
    """The organisation's X app client ID, then the browser; MediaDesk waits for it."""

    platform = Platform.X

    def build(self) -> None:
        settings = self.host.settings
        self.client = QLineEdit(settings.text("accounts.x_client_id"))
        named(self.client, self.tr("X client ID"))
        if settings.is_locked("accounts.x_client_id"):
            self.client.setEnabled(False)
            self.client.setToolTip(self.tr(MANAGED))
        start = QPushButton(self.tr("Sign in with the browser…"))
        start.clicked.connect(self.start)
        self.row(self.tr("Client ID"), self.client)
        self.form.addRow(start)

    def fields(self) -> dict[str, str]:
        """What the sign-in needs (tests add the API and consent page of a loopback server)."""
        port = self.host.settings.number("accounts.x_redirect_port")
        return {"client_id": self.client.text(), "port": str(port)}

    def start(self) -> None:
        def opened(pending: Any) -> None:
            open_link(pending.url)
            self.host.finish_sign_in(self.platform, pending)  # waits for the browser to come back
            self.host.say(self.tr("Waiting for X in your browser…"))

        self.host.start_sign_in(self.platform, self.fields(), opened)
