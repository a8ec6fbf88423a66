"""Taking one file dropped on a widget (kept light: it is made with the window)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget


def _email_file(urls: list[QUrl]) -> Path | None:
    """The one local file a drop carries, if it is one (what it holds is checked later)."""
    files = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
    return files[0] if len(files) == 1 else None


class FileDrop(QObject):
    """Lets a widget take one dropped local file and hands its path on (what the file holds
    is for the receiver to check)."""

    def __init__(self, target: QWidget, dropped: Callable[[Path], None]) -> None:
        super().__init__(target)
        self.dropped = dropped
        target.setAcceptDrops(True)
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QDragEnterEvent | QDropEvent) and event.mimeData().hasUrls():
            path = _email_file(event.mimeData().urls())
            if path is None:
                return False
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            if isinstance(event, QDropEvent) and event.type() == QEvent.Type.Drop:
                self.dropped(path)
            return True
        return False
