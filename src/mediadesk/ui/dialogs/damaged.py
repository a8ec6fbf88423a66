"""Told when the profile database is damaged: nothing more is saved; restore the backup."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from mediadesk.errors import KnownError


class DamagedDialog(QMessageBox):
    """Offers the newest backup; either way MediaDesk closes, as the open file is unsafe."""

    def __init__(
        self, message: str, restore: Callable[[], Path] | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.restore = restore
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("The profile is damaged"))
        self.setText(message)
        self.restore_button = None
        if restore is not None:
            self.restore_button = self.addButton(
                self.tr("&Restore the backup and close"), QMessageBox.ButtonRole.AcceptRole
            )
        self.close_button = self.addButton(
            self.tr("&Close MediaDesk"), QMessageBox.ButtonRole.RejectRole
        )
        self.finished.connect(self._chosen)

    def _chosen(self) -> None:
        if self.clickedButton() is self.restore_button and self.restore is not None:
            try:
                aside = self.restore()
            except KnownError as exc:
                QMessageBox.critical(self, self.windowTitle(), exc.message)
            else:
                QMessageBox.information(
                    self,
                    self.windowTitle(),
                    self.tr(
                        "The backup is back in place; start MediaDesk again to use it. The "
                        "damaged file was kept as {name} for IT."
                    ).format(name=aside.name),
                )
        QApplication.quit()
