"""Publishing these columns as the office's: a clearer's button, asked before it is done."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from mediadesk.errors import KnownError
from mediadesk.services.desk import Desk
from mediadesk.ui import i18n


class PublishButton(QPushButton):
    """Shown on a profile joined to an office; only a clearer or an admin may press it."""

    published = Signal(str)  # what to say in the status bar

    def __init__(self, desk: Desk, parent: QWidget) -> None:
        super().__init__(self.tr("Pu&blish to office…"), parent)
        self.desk = desk
        self.refresh()
        self.clicked.connect(self.publish)

    def refresh(self) -> None:
        """Shown once joined; pressable by a clearer or an admin."""
        office = self.desk.office_sync()
        self.setVisible(office.joined)
        allowed = office.may_publish_columns()
        self.setEnabled(allowed)
        self.setToolTip(
            self.tr("Make these columns the office's: every officer gets them")
            if allowed
            else self.tr("Only a clearer or an admin can publish the office's columns")
        )

    def publish(self) -> None:
        count = len(self.desk.monitoring.all())
        these = self.tr("these %n column(s)", "", count)
        answer = QMessageBox.question(
            self,
            self.tr("Publish to office"),
            self.tr(
                "Make {these} the office's columns? Every officer's MediaDesk shows them from "
                "its next sync, beside the officer's own columns."
            ).format(these=these),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            published = self.desk.office_sync().publish_columns()
        except KnownError as exc:
            QMessageBox.warning(self, self.tr("Publish to office"), i18n.message(exc.message))
            return
        self.published.emit(
            self.tr("Published to the office: every officer gets them with the next sync.")
            if published
            else self.tr("Published to the office: it has no columns now.")
        )
