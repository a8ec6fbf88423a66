"""One excepthook for bugs: log it and offer the report in a dialog the user can copy."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from mediadesk import __version__
from mediadesk.errors import KnownError
from mediadesk.ui import i18n

# QMessageBox is imported when there is something to say: its Python class (with its enums)
# would otherwise be built at every start.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger("mediadesk.crash")


def show_known_error(parent: QWidget | None, exc: KnownError) -> None:
    """Tell the user about an expected failure in their words."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, "MediaDesk", i18n.message(exc.message))


def report_text(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """A bug report without user data: version, platform and the traceback."""
    lines = traceback.format_exception(kind, exc, tb)
    return (
        f"MediaDesk {__version__} on {sys.platform}, Python {sys.version.split()[0]}\n"
        + "".join(lines)
    )


class CrashHandler:
    """Installed as sys.excepthook while the GUI runs."""

    def __init__(
        self,
        parent: QWidget | None = None,
        damage: Callable[[BaseException], bool] | None = None,
    ) -> None:
        self.parent = parent
        self.damage = damage  # True if the error was a damaged database, handled there
        self._showing = False

    def install(self) -> None:
        sys.excepthook = self.handle

    def handle(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if isinstance(exc, KnownError):
            show_known_error(self.parent, exc)
            return
        if self.damage is not None and self.damage(exc):
            log.error("database damaged: %s", kind.__name__)
            return
        report = report_text(kind, exc, tb)
        log.error("unexpected error: %s", kind.__name__)
        if self._showing:
            return
        self._showing = True
        try:
            from PySide6.QtCore import QCoreApplication
            from PySide6.QtGui import QGuiApplication
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(
                QMessageBox.Icon.Critical,
                "MediaDesk",
                QCoreApplication.translate(
                    "CrashHandler",
                    "Something went wrong inside MediaDesk. Your saved work is safe. "
                    "Copy the report and send it to IT support.",
                ),
                parent=self.parent,
            )
            box.setDetailedText(report)
            copy = box.addButton(
                QCoreApplication.translate("CrashHandler", "Copy report"),
                QMessageBox.ButtonRole.ActionRole,
            )
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            if box.clickedButton() is copy:
                QGuiApplication.clipboard().setText(report)
        finally:
            self._showing = False
