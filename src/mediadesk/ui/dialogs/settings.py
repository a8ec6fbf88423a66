"""Settings, built from the registry; controls IT has locked say so and cannot change."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mediadesk.config.settings import REGISTRY, Setting, Settings
from mediadesk.errors import KnownError
from mediadesk.ui.widgets.access import named
from mediadesk.ui.widgets.labels import plain_label

MANAGED = "Managed by your organisation"
LABELS = {
    "enquiries.retention_months": "Keep enquiries for (months)",
    "enquiries.reminder_minutes": "Remind me before a deadline (minutes)",
    "enquiries.export_allowed": "Allow exporting enquiries",
    "profile.passphrase_allowed": "Allow passphrase profiles without a keyring",
    "security.lock_after_minutes": "Lock after this many idle minutes",
    "user.display_name": "Your name in MediaDesk",
    "ui.theme": "Colour theme",
    "monitoring.retention_days": "Keep monitoring items for (days)",
    "office.server": "Office server (set by IT)",
    "office.root_certificate": "Office server's root certificate (set by IT)",
    "network.proxy_mode": "Proxy",
    "network.pac_url": "Proxy auto-config (PAC) address",
    "network.proxy_url": "Proxy address",
}


class SettingsDialog(QDialog):
    """One control per setting."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.controls: dict[str, QWidget] = {}
        form = QFormLayout()
        for setting in REGISTRY:
            control = self._control(setting, settings.get(setting.key))
            label = self.tr(LABELS.get(setting.key, setting.key))
            named(control, label, self.tr(setting.description))
            if settings.is_locked(setting.key):
                control.setEnabled(False)
                control.setToolTip(self.tr(MANAGED))
                control.setAccessibleDescription(self.tr(MANAGED))
                note = QLabel(self.tr(MANAGED))
                note.setStyleSheet("color: palette(placeholder-text); font-style: italic;")
                holder = QWidget()
                row = QVBoxLayout(holder)
                row.setContentsMargins(0, 0, 0, 0)
                row.addWidget(control)
                row.addWidget(note)
                form.addRow(label, holder)
            else:
                form.addRow(label, control)
            self.controls[setting.key] = control
        self.error = plain_label()
        self.error.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    @staticmethod
    def _control(setting: Setting, value: Any) -> QWidget:
        if setting.type is bool:
            box = QCheckBox()
            box.setChecked(bool(value))
            return box
        if setting.type is int:
            spin = QSpinBox()
            spin.setRange(setting.minimum or 0, setting.maximum or 1_000_000)
            spin.setValue(int(value))
            return spin
        if setting.choices:
            combo = QComboBox()
            combo.addItems(list(setting.choices))
            combo.setCurrentText(str(value))
            return combo
        return QLineEdit(str(value))

    def value(self, key: str) -> Any:
        control = self.controls[key]
        if isinstance(control, QCheckBox):
            return control.isChecked()
        if isinstance(control, QSpinBox):
            return control.value()
        if isinstance(control, QComboBox):
            return control.currentText()
        assert isinstance(control, QLineEdit)
        return control.text()

    def save(self) -> None:
        try:
            for setting in REGISTRY:
                key = setting.key
                if not self.settings.is_locked(key) and self.value(key) != self.settings.get(key):
                    self.settings.set(key, self.value(key))
        except KnownError as exc:
            self.error.setText(exc.message)
            return
        self.accept()
