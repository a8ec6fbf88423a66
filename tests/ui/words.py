"""Every piece of text a window shows or announces, for checking its translation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QWidget,
)

# Text that reads the same in Welsh and English: names, brands, codes, numbers and keys.
SAME_IN_BOTH = re.compile(
    r"^(MediaDesk|X|Bluesky|Mastodon|GOV\.UK|RSS|PDF|PNG|CSV|XLSX|OK|URL|ID|PAC|@.*|#.*"
    r"|[\d\W_]*|(Ctrl|Shift|Alt|F\d+|Return|Tab|Menu|PgUp|PgDown|Del)[+\w, ]*|…"
    r"|\w+://\S*|[\w.-]+\.[a-z]{2,}(/\S*)?|[\w@.-]+@[\w.-]+|x{4}(-x{4})*"  # addresses
    r"|(X|Bluesky|Mastodon) \d+/\d+( · (X|Bluesky|Mastodon) \d+/\d+)*"  # length counters
    r'|"school meals" -is:retweet lang:en)$'  # an X query's syntax, not words
)
_TAGS = re.compile(r"<[^>]+>|&(?=\w)")


def _clean(text: str) -> str:
    return " ".join(_TAGS.sub("", text).split())


def _headers(header: QHeaderView) -> Iterator[str]:
    model = header.model()
    if model is None:
        return
    for section in range(header.count()):
        yield str(model.headerData(section, Qt.Orientation.Horizontal) or "")


def shown(top: QWidget) -> Iterator[str]:
    """The interface's own words under top (what the officer typed is not read)."""
    yield top.windowTitle()
    for widget in [top, *top.findChildren(QWidget)]:
        yield widget.toolTip()
        yield widget.accessibleName()
        yield widget.accessibleDescription()
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            yield widget.placeholderText()
        elif isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QTabBar | QTabWidget):
            yield from (widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QTableView):
            yield from _headers(widget.horizontalHeader())
        elif isinstance(widget, QMenu):
            yield widget.title()
    for action in top.findChildren(QAction):
        yield action.text()
        yield action.toolTip()


def words(top: QWidget) -> set[str]:
    """The distinct texts under top that a translation has to change."""
    found = set()
    for text in shown(top):
        clean = _clean(text)
        if clean and not SAME_IN_BOTH.match(clean):
            found.add(clean)
    return found
