"""The items of one column as a list model, and the delegate that paints them as cards."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from mediadesk.domain.clock import age
from mediadesk.domain.monitoring import StoredItem
from mediadesk.ui import i18n

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
ALERT = QColor("#fff3cd")


class ItemListModel(QAbstractListModel):
    """A column's items, newest first."""

    def __init__(self, clock: Callable[[], datetime]) -> None:
        super().__init__()
        self._items: list[StoredItem] = []
        self._clock = clock

    def set_items(self, items: list[StoredItem]) -> None:
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def item(self, row: int) -> StoredItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        stored = self.item(index.row()) if index.isValid() else None
        if stored is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            state = (self.tr("unread, ") if not stored.read else "") + (
                self.tr("starred, ") if stored.starred else ""
            )
            when = i18n.message(age(stored.item.published, self._clock()))
            return self.tr("{state}{title}. {source}, {when} ago").format(
                state=state, title=stored.item.title, source=stored.item.source, when=when
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{stored.item.title}\n\n{stored.item.summary[:400]}\n\n{stored.item.url}"
        if role == ITEM_ROLE:
            return stored
        return None


class ItemDelegate(QStyledItemDelegate):
    """Paints an item as a card: source and age, the title (bold if unread), two lines."""

    def __init__(self, clock: Callable[[], datetime]) -> None:
        super().__init__()
        self._clock = clock

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(300, line * 5 + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        stored = index.data(ITEM_ROLE)
        if not isinstance(stored, StoredItem):
            return
        rect: QRect = option.rect
        palette: QPalette = option.palette
        state = option.state
        painter.save()
        if state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, palette.highlight())
            text = palette.highlightedText().color()
        else:
            if stored.alerted:
                painter.fillRect(rect, ALERT)
            text = QColor("#202124") if stored.alerted else palette.text().color()
        font = QFont(option.font)
        metrics = QFontMetrics(font)
        line = metrics.height()
        inner = rect.adjusted(8, 5, -8, -5)
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() * 0.9, 7))
        painter.setFont(small)
        muted = QColor(text)
        muted.setAlpha(170)
        painter.setPen(muted)
        star = "★ " if stored.starred else ""
        header = f"{star}{stored.item.source}" + (
            f" · {stored.item.author}" if stored.item.author else ""
        )
        when = i18n.message(age(stored.item.published, self._clock()))
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width() - 50, line),
            Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(small).elidedText(header, Qt.TextElideMode.ElideRight, inner.width() - 50),
        )
        painter.drawText(
            QRect(inner.right() - 50, inner.top(), 50, line), Qt.AlignmentFlag.AlignRight, when
        )
        title_font = QFont(font)
        title_font.setBold(not stored.read)
        painter.setFont(title_font)
        painter.setPen(text)
        title_rect = QRect(inner.left(), inner.top() + line + 2, inner.width(), line * 2)
        painter.drawText(title_rect, int(Qt.TextFlag.TextWordWrap), stored.item.title)
        painter.setFont(small)
        painter.setPen(muted)
        summary_rect = QRect(inner.left(), inner.top() + line * 3 + 4, inner.width(), line * 2)
        painter.drawText(summary_rect, int(Qt.TextFlag.TextWordWrap), stored.item.summary[:300])
        painter.setPen(QColor(palette.mid().color()))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()
