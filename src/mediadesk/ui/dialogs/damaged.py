"""Told when the profile database is damaged: nothing more is saved; restore the backup."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from mediadesk.context import AppContext
from mediadesk.errors import KnownError
from mediadesk.ui.tasks import TaskRunner


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


def check_in_background(
    ctx: AppContext, tasks: TaskRunner, parent: QWidget, damaged: Callable[[str], None]
) -> None:
    """Run the damage check in a worker; on damage stop all writes and offer the backup."""
    from mediadesk.services import health

    paths, clock = ctx.paths, ctx.clock

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        health.refuse_writes(ctx.conn)
        tasks.refuse_writes()
        damaged(exc.message)
        database = ctx.database
        restore = None
        if health.newest_backup(paths) is not None:

            def restore() -> Path:
                return health.restore_newest(database)

        DamagedDialog(exc.message, restore, parent).open()

    tasks.run(lambda conn: health.check(conn, paths, clock()), lambda _: None, failed)
