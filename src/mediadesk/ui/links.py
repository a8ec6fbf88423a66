"""The one place MediaDesk hands a link to the operating system (only http and https)."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from mediadesk.domain.links import safe_link


def open_link(url: str) -> bool:
    """Open a web address in the browser; anything else is refused. Returns whether it opened."""
    safe = safe_link(url)
    if not safe:
        return False
    return bool(QDesktopServices.openUrl(QUrl(safe, QUrl.ParsingMode.StrictMode)))
