"""Accessible names: what screen readers announce for each control."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def named(widget: QWidget, name: str, description: str = "") -> QWidget:
    """Give a control the accessible name (and description) screen readers announce."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
    return widget
