"""Ask for a profile passphrase, or choose one when no secure keyring exists."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mediadesk.domain.passphrase import check_passphrase
from mediadesk.errors import ValidationError
from mediadesk.ui import i18n
from mediadesk.ui.widgets.access import named
from mediadesk.ui.widgets.labels import plain_label


class PassphraseDialog(QDialog):
    """Enter an existing passphrase (confirm=False) or choose a new one (confirm=True)."""

    def __init__(self, message: str, *, confirm: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("MediaDesk profile passphrase"))
        self.confirm = confirm
        text = QLabel(message)
        text.setWordWrap(True)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        named(self.first, self.tr("Passphrase"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        named(self.second, self.tr("Repeat passphrase"))
        self.error = plain_label()
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.first)
        if confirm:
            form.addRow(self.tr("Repeat it"), self.second)
        else:
            self.second.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if self.confirm:
            try:
                check_passphrase(self.first.text())
            except ValidationError as exc:
                self.error.setText(i18n.message(exc.message))
                return
            if self.first.text() != self.second.text():
                self.error.setText(self.tr("The two passphrases differ."))
                return
        elif not self.first.text():
            return
        self.accept()

    def passphrase(self) -> str:
        return self.first.text()
