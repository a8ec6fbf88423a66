"""One monitoring column: header with unread count and state, filter box, the item list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QGuiApplication, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mediadesk.domain.links import safe_link
from mediadesk.domain.monitoring import Column, StoredItem
from mediadesk.services.columns import UNREAD_CAP, Columns
from mediadesk.ui import i18n
from mediadesk.ui.links import open_link
from mediadesk.ui.monitoring.model import ItemDelegate, ItemListModel
from mediadesk.ui.widgets.access import named
from mediadesk.ui.widgets.labels import plain_label
from mediadesk.ui.widgets.menus import at_current, keyboard_menu

MIME = "application/x-mediadesk-column"


class ColumnHeader(QFrame):
    """The draggable title bar of a column."""

    def __init__(self, column_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column_id = column_id
        self._press: QPoint | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if (
            self._press is None
            or (event.position().toPoint() - self._press).manhattanLength()
            < QGuiApplication.styleHints().startDragDistance()
        ):
            return
        drag = QDrag(self)
        mime = QMimeData()
        mime.setData(MIME, str(self.column_id).encode())
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.MoveAction)
        self._press = None


class ColumnWidget(QFrame):
    """Shows one column; asks the tab (by signal) to edit, remove, poll or log an item."""

    edit_requested = Signal(int)
    remove_requested = Signal(int)
    refresh_requested = Signal(int)
    mute_toggled = Signal(int)
    log_enquiry = Signal(object)
    draft_response = Signal(object)
    read_changed = Signal()

    def __init__(
        self,
        columns: Columns,
        column: Column,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self.column = column
        self.clock = clock
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(260)
        self.setAccessibleName(self.tr("Column {title}").format(title=column.title))
        self.header = ColumnHeader(column.id)
        self.title = plain_label()
        self.title.setStyleSheet("font-weight: bold;")
        self.unread = plain_label()
        self.unread.setAccessibleName(self.tr("Unread items"))
        self.menu_button = QToolButton()
        self.menu_button.setText("⋯")
        named(self.menu_button, self.tr("Column menu"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.refresh_button = QToolButton()
        self.refresh_button.setText("⟳")
        named(self.refresh_button, self.tr("Refresh column"))
        self.refresh_button.clicked.connect(lambda: self.refresh_requested.emit(self.column.id))
        row = QHBoxLayout(self.header)
        row.setContentsMargins(6, 4, 4, 2)
        row.addWidget(self.title, 1)
        row.addWidget(self.unread)
        row.addWidget(self.refresh_button)
        row.addWidget(self.menu_button)
        self.state = plain_label()
        self.state.setWordWrap(True)
        self.state.setAccessibleName(self.tr("Column state"))
        self.state.setStyleSheet("font-size: 8pt;")
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Search this column"))
        self.filter.setClearButtonEnabled(True)
        named(self.filter, self.tr("Search this column"))
        self.model = ItemListModel(clock)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(ItemDelegate(clock))
        self.view.setUniformItemSizes(True)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setAccessibleName(self.tr("Items in {title}").format(title=column.title))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._item_menu)
        keyboard_menu(self.view)
        # activated: a double-click, or Enter from the keyboard
        self.view.activated.connect(lambda index: self.open_item(self.model.item(index.row())))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(self.state)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        self.filter.textChanged.connect(lambda _t: self.reload())
        self._build_menu()
        self.apply(column)

    def _build_menu(self) -> None:
        menu = QMenu(self)
        menu.addAction(
            self.tr("Edit, rename or filter…"), lambda: self.edit_requested.emit(self.column.id)
        )
        self.mute_action = menu.addAction(
            self.tr("Mute"), lambda: self.mute_toggled.emit(self.column.id)
        )
        menu.addAction(self.tr("Mark all read"), self.mark_all_read)
        menu.addSeparator()
        menu.addAction(self.tr("Remove column"), lambda: self.remove_requested.emit(self.column.id))
        self.menu_button.setMenu(menu)

    def apply(self, column: Column) -> None:
        """Show a (possibly changed) column."""
        self.column = column
        self.title.setText(column.title + (self.tr(" (muted)") if column.muted else ""))
        self.title.setToolTip(
            self.tr("From the office's columns: a clearer publishes changes to them")
            if column.office
            else ""
        )
        self.mute_action.setText(self.tr("Unmute") if column.muted else self.tr("Mute"))
        self.reload()

    def reload(self) -> None:
        """Re-read items, unread count and state from the database."""
        self.model.set_items(self.columns.items(self.column.id, self.filter.text()))
        count = self.columns.unread(self.column.id)
        shown = "999+" if count >= UNREAD_CAP else str(count)
        self.unread.setText(shown if count else "")
        self.unread.setToolTip(self.tr("{n} unread").format(n=count))
        self.refresh_state()

    def refresh_state(self) -> None:
        self.state.setText(i18n.message(self.columns.state_text(self.column.id)))

    def selected(self) -> StoredItem | None:
        return self.model.item(self.view.currentIndex().row())

    def open_item(self, stored: StoredItem | None) -> None:
        """Open the item in the browser and mark it read."""
        if stored is None:
            return
        open_link(stored.item.url)  # a link that is not http(s) stays text
        self.set_read(stored, True)

    def set_read(self, stored: StoredItem, read: bool) -> None:
        self.columns.set_read([stored.id], read)
        self.reload()
        self.read_changed.emit()

    def mark_all_read(self) -> None:
        self.columns.mark_column_read(self.column.id)
        self.reload()
        self.read_changed.emit()

    def toggle_star(self, stored: StoredItem) -> None:
        self.columns.set_starred(stored.id, not stored.starred)
        self.reload()

    def _item_menu(self, point: QPoint) -> None:
        index = self.view.indexAt(point)
        if not index.isValid():  # the Menu key asks at the middle: the current item is meant
            index, point = self.view.currentIndex(), at_current(self.view)
        stored = self.model.item(index.row())
        if stored is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open in browser"), lambda: self.open_item(stored))
        if safe_link(stored.item.url):
            menu.addAction(
                self.tr("Copy link"), lambda: QGuiApplication.clipboard().setText(stored.item.url)
            )
        menu.addAction(
            self.tr("Unstar") if stored.starred else self.tr("Star"),
            lambda: self.toggle_star(stored),
        )
        menu.addAction(
            self.tr("Mark unread") if stored.read else self.tr("Mark read"),
            lambda: self.set_read(stored, not stored.read),
        )
        menu.addSeparator()
        menu.addAction(self.tr("Log as enquiry…"), lambda: self.log_enquiry.emit(stored))
        menu.addAction(self.tr("Draft a response"), lambda: self.draft_response.emit(stored))
        menu.exec(self.view.viewport().mapToGlobal(point))
