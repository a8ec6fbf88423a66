"""Clearing a response for release: what is cleared, and who cleared it, confirmed first."""

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

from mediadesk.ui.widgets.access import named
from mediadesk.ui.widgets.labels import plain_label

EXCERPT = 400  # characters of the lines shown back before clearing


class ClearForReleaseDialog(QDialog):
    """Confirm that these lines are cleared for release, and by whom."""

    def __init__(self, response: str, who: str, fixed: bool, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clear for release"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("These lines will be cleared for release:")))
        lines = response.strip()
        excerpt = plain_label(lines if len(lines) <= EXCERPT else lines[:EXCERPT] + "…")
        excerpt.setWordWrap(True)
        named(excerpt, self.tr("Lines to clear"))
        layout.addWidget(excerpt)
        form = QFormLayout()
        self.who = QLineEdit(who)
        named(self.who, self.tr("Cleared by"))
        if fixed:  # in an office, the server records the officer signed in
            self.who.setReadOnly(True)
            self.who.setToolTip(self.tr("The office records who cleared it: you, as signed in."))
        form.addRow(self.tr("Cleared &by"), self.who)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.clear_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.clear_button.setText(self.tr("&Clear for release"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.who.selectAll()
