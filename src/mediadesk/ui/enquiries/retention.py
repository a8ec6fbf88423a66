"""Review enquiries past the retention period and delete or anonymise them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from mediadesk.context import AppContext
from mediadesk.errors import KnownError
from mediadesk.ui import i18n


class RetentionDialog(QDialog):
    """Lists what is due; disposal is recorded in the audit log."""

    disposed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Retention review"))
        self.resize(800, 520)
        months = ctx.settings.number("enquiries.retention_months")
        locked = ctx.settings.is_locked("enquiries.retention_months")
        intro = QLabel(
            self.tr(
                "Enquiries received more than {m} months ago{managed}. Anonymising keeps dates, "
                "outlet and status for reports but removes names and wording."
            ).format(m=months, managed=" (set by your organisation)" if locked else "")
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Enquiries due for disposal"))
        for e in ctx.desk.retention_due(months):
            item = QListWidgetItem(f"{e.ref} · {i18n.date_only(e.received)} · {e.subject}")
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.anonymise = buttons.addButton(
            self.tr("&Anonymise selected"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.delete = buttons.addButton(
            self.tr("&Delete selected"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.anonymise.clicked.connect(lambda: self._dispose(delete=False))
        self.delete.clicked.connect(lambda: self._dispose(delete=True))
        buttons.rejected.connect(self.reject)
        has_items = self.list.count() > 0
        self.anonymise.setEnabled(has_items)
        self.delete.setEnabled(has_items)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def checked_ids(self) -> list[int]:
        ids = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def _dispose(self, *, delete: bool) -> None:
        ids = self.checked_ids()
        if not ids:
            return
        verb = self.tr("Delete") if delete else self.tr("Anonymise")
        if (
            QMessageBox.question(
                self,
                verb,
                self.tr("{verb} {n} enquiries? This cannot be undone.").format(
                    verb=verb, n=len(ids)
                ),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        try:
            desk = self.ctx.desk
            (desk.delete_enquiries if delete else desk.anonymise_enquiries)(ids)
        except KnownError as exc:
            QMessageBox.warning(self, "MediaDesk", i18n.message(exc.message))
            return
        self.disposed.emit()
        self.accept()
