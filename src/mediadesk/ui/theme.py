"""The look: the native style on Windows, Fusion elsewhere; light and dark palettes."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

OWN_PALETTE = "mediadesk_palette"  # an application property: our dark palette is applied
NATIVE = ("windows11", "windowsvista")


def native_style() -> str:
    """Windows 11's own style there (Windows 10's before build 22000); Fusion elsewhere.

    The Windows styles follow the system's light or dark mode and accent colour themselves.
    """
    if sys.platform == "win32":
        build = sys.getwindowsversion().build  # type: ignore[attr-defined,unused-ignore]
        return "windows11" if build >= 22000 else "windowsvista"
    return "Fusion"


def make_application() -> QApplication:
    """The QApplication in the style that fits the platform (see native_style).

    The style is named on the command line Qt reads rather than set afterwards: setting it
    from Python builds the whole QStyle class with its enums first (about 5 ms of start-up).
    """
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    return QApplication([*sys.argv[:1], "-style", native_style(), *sys.argv[1:]])


def _high_contrast(app: QApplication) -> bool:
    """Whether the system asks for high contrast (Windows High Contrast themes)."""
    accessibility = getattr(app.styleHints(), "accessibility", None)
    preference = getattr(Qt, "ContrastPreference", None)
    if accessibility is None or preference is None:
        return False
    return bool(accessibility().contrastPreference() == preference.HighContrast)


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
    """Use the system's light or dark scheme, or force one.

    A high-contrast system theme is never overridden, and with a native Windows style the
    system's own dark mode is left to the style: MediaDesk's palette applies only when asked.
    """
    hints = app.styleHints()
    if _high_contrast(app):
        return
    native = native_style() in NATIVE
    if theme == "dark":
        hints.setColorScheme(Qt.ColorScheme.Dark)
    elif theme == "light":
        hints.setColorScheme(Qt.ColorScheme.Light)
    else:
        hints.unsetColorScheme()
    system_dark = theme != "light" and hints.colorScheme() == Qt.ColorScheme.Dark
    if theme == "dark" or (system_dark and not native):
        app.setPalette(_dark())
        app.setProperty(OWN_PALETTE, True)
    elif app.property(OWN_PALETTE):  # back from dark: the style's own light palette
        app.setPalette(app.style().standardPalette())
        app.setProperty(OWN_PALETTE, False)
    # Fusion draws a highlight-coloured focus frame itself; a style sheet would slow every widget.
