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
from mediadesk.ui import i18n
from mediadesk.ui.widgets.access import named
from mediadesk.ui.widgets.labels import plain_label
from mediadesk.words import QT_TRANSLATE_NOOP

MANAGED = QT_TRANSLATE_NOOP("SettingsDialog", "Managed by your organisation")
LABELS = {
    "enquiries.retention_months": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Keep enquiries for (months)"
    ),
    "enquiries.reminder_minutes": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Remind me before a deadline (minutes)"
    ),
    "enquiries.export_allowed": QT_TRANSLATE_NOOP("SettingsDialog", "Allow exporting enquiries"),
    "profile.passphrase_allowed": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Allow passphrase profiles without a keyring"
    ),
    "security.lock_after_minutes": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Lock after this many idle minutes"
    ),
    "user.display_name": QT_TRANSLATE_NOOP("SettingsDialog", "Your name in MediaDesk"),
    "ui.theme": QT_TRANSLATE_NOOP("SettingsDialog", "Colour theme"),
    "ui.language": QT_TRANSLATE_NOOP("SettingsDialog", "Language"),
    "posts.election_period": QT_TRANSLATE_NOOP("SettingsDialog", "Election-period mode"),
    "accounts.allowed": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Allow connecting social media accounts"
    ),
    "accounts.x_client_id": QT_TRANSLATE_NOOP("SettingsDialog", "X app client ID"),
    "accounts.x_redirect_port": QT_TRANSLATE_NOOP("SettingsDialog", "X app callback port"),
    "monitoring.retention_days": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Keep monitoring items for (days)"
    ),
    "office.server": QT_TRANSLATE_NOOP("SettingsDialog", "Office server (set by IT)"),
    "office.root_certificate": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Office server's root certificate (set by IT)"
    ),
    "network.proxy_mode": QT_TRANSLATE_NOOP("SettingsDialog", "Proxy"),
    "network.pac_url": QT_TRANSLATE_NOOP("SettingsDialog", "Proxy auto-config (PAC) address"),
    "network.proxy_url": QT_TRANSLATE_NOOP("SettingsDialog", "Proxy address"),
}
# What each choice is called on screen (the stored value stays the English key).
CHOICES = {
    "system": QT_TRANSLATE_NOOP("SettingsDialog", "As the system"),
    "light": QT_TRANSLATE_NOOP("SettingsDialog", "Light"),
    "dark": QT_TRANSLATE_NOOP("SettingsDialog", "Dark"),
    "en-GB": QT_TRANSLATE_NOOP("SettingsDialog", "English"),
    "cy": QT_TRANSLATE_NOOP("SettingsDialog", "Cymraeg (Welsh)"),
    "pac": QT_TRANSLATE_NOOP("SettingsDialog", "Auto-config script (PAC)"),
    "fixed": QT_TRANSLATE_NOOP("SettingsDialog", "One proxy"),
    "direct": QT_TRANSLATE_NOOP("SettingsDialog", "No proxy"),
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

    def _control(self, setting: Setting, value: Any) -> QWidget:
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
            for choice in setting.choices:
                combo.addItem(self.tr(CHOICES[choice]) if choice in CHOICES else choice, choice)
            combo.setCurrentIndex(max(combo.findData(str(value)), 0))
            return combo
        return QLineEdit(str(value))

    def value(self, key: str) -> Any:
        control = self.controls[key]
        if isinstance(control, QCheckBox):
            return control.isChecked()
        if isinstance(control, QSpinBox):
            return control.value()
        if isinstance(control, QComboBox):
            return str(control.currentData())
        assert isinstance(control, QLineEdit)
        return control.text()

    def save(self) -> None:
        self.changed: set[str] = set()
        try:
            for setting in REGISTRY:
                key = setting.key
                if not self.settings.is_locked(key) and self.value(key) != self.settings.get(key):
                    self.settings.set(key, self.value(key))
                    self.changed.add(key)
        except KnownError as exc:
            self.error.setText(i18n.message(exc.message))
            return
        self.accept()
