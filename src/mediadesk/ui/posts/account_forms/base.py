"""What every platform's account form has: its state, Disconnect, and a way to sign in."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QPushButton, QWidget

from mediadesk.config.settings import Settings
from mediadesk.domain.platforms import Platform
from mediadesk.ui.widgets.labels import plain_label
from mediadesk.words import QT_TRANSLATE_NOOP

MANAGED = QT_TRANSLATE_NOOP("AccountForm", "Managed by your organisation")


class SignInHost(Protocol):
    """The accounts dialog, as a form sees it: it runs sign-ins off the UI thread."""

    settings: Settings

    def sign_in_with(self, platform: Platform, fields: Mapping[str, str]) -> None: ...

    def start_sign_in(
        self, platform: Platform, fields: Mapping[str, str], opened: Callable[[Any], None]
    ) -> None: ...

    def finish_sign_in(self, platform: Platform, pending: Any, code: str = "") -> None: ...

    def say(self, text: str) -> None: ...

    def disconnect_account(self, platform: Platform) -> None: ...


class AccountForm(QGroupBox):
    """One platform's group in the Accounts dialog."""

    platform: Platform

    def __init__(self, host: SignInHost, parent: QWidget | None = None) -> None:
        super().__init__(self.platform.label, parent)
        self.host = host
        self.form = QFormLayout(self)
        self.state = plain_label()
        self.state.setAccessibleName(self.tr("{p} account").format(p=self.platform.label))
        self.disconnect_button = QPushButton(self.tr("Disconnect"))
        self.disconnect_button.setAccessibleName(
            self.tr("Disconnect {p}").format(p=self.platform.label)
        )
        self.disconnect_button.clicked.connect(lambda: host.disconnect_account(self.platform))
        row = QHBoxLayout()
        row.addWidget(self.state, 1)
        row.addWidget(self.disconnect_button)
        self.form.addRow(row)
        self.build()

    def build(self) -> None:
        """Add the platform's own rows under the state row."""
        raise NotImplementedError

    def show_account(self, handle: str | None) -> None:
        self.state.setText(
            self.tr("Connected as {h}").format(h=handle) if handle else self.tr("Not connected")
        )
        self.disconnect_button.setVisible(handle is not None)

    def row(self, label: str, field: QWidget | QHBoxLayout) -> None:
        self.form.addRow(label, field)
