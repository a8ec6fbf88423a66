"""Light and dark palettes over the Fusion style."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

OWN_PALETTE = "mediadesk_palette"  # an application property: our dark palette is applied


def make_application() -> QApplication:
    """The QApplication, in the Fusion style (one look on every platform, dark included).

    The style is named on the command line Qt reads rather than set afterwards: setting it
    from Python builds the whole QStyle class with its enums first (about 5 ms of start-up).
    """
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    return QApplication([*sys.argv[:1], "-style", "Fusion", *sys.argv[1:]])


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
    hints = app.styleHints()
    if theme == "dark":
        hints.setColorScheme(Qt.ColorScheme.Dark)
    elif theme == "light":
        hints.setColorScheme(Qt.ColorScheme.Light)
    else:
        hints.unsetColorScheme()
    if theme == "dark" or (theme != "light" and hints.colorScheme() == Qt.ColorScheme.Dark):
        app.setPalette(_dark())
        app.setProperty(OWN_PALETTE, True)
    elif app.property(OWN_PALETTE):  # back from dark: the style's own light palette
        app.setPalette(app.style().standardPalette())
        app.setProperty(OWN_PALETTE, False)
    # Fusion draws a highlight-coloured focus frame itself; a style sheet would slow every widget.
