"""Light and dark palettes (Fusion), and the app icon drawn in code."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication


def _dark() -> QPalette:
    palette = QPalette()
    base, window, text = QColor("#1e1f22"), QColor("#2b2d30"), QColor("#e8eaed")
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, window),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.ToolTipBase, base),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.Highlight, QColor("#3b73d1")),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.PlaceholderText, QColor("#9aa0a6")),
        (QPalette.ColorRole.Link, QColor("#8ab4f8")),
    ):
        palette.setColor(role, colour)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#80868b"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#80868b"))
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    """Use the system's light or dark scheme, or force one."""
    app.setStyle("Fusion")
    hints = app.styleHints()
    if theme == "dark":
        hints.setColorScheme(Qt.ColorScheme.Dark)
        app.setPalette(_dark())
    elif theme == "light":
        hints.setColorScheme(Qt.ColorScheme.Light)
        app.setPalette(app.style().standardPalette())
    else:
        hints.unsetColorScheme()
        dark = hints.colorScheme() == Qt.ColorScheme.Dark
        app.setPalette(_dark() if dark else app.style().standardPalette())
    # Fusion draws a highlight-coloured focus frame itself; a style sheet would slow every widget.


def app_icon() -> QIcon:
    """MediaDesk's icon, drawn so that no image file has to ship."""
    icon = QIcon()
    for size in (16, 32, 64, 256):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor("#0b4f8a"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.18, size * 0.18)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(6, int(size * 0.42)))
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "MD")
        painter.end()
        icon.addPixmap(pixmap)
    return icon
