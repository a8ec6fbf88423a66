"""The directory of journalists and outlets, with each contact's enquiry history."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mediadesk.context import AppContext
from mediadesk.domain.enquiry import Contact, OutletType
from mediadesk.errors import KnownError
from mediadesk.ui import i18n
from mediadesk.ui.widgets.access import named
from mediadesk.ui.widgets.forms import enum_combo, set_completions
from mediadesk.ui.widgets.labels import plain_label
from mediadesk.words import QT_TRANSLATE_NOOP

HEADERS = (
    QT_TRANSLATE_NOOP("DirectoryDialog", "Name"),
    QT_TRANSLATE_NOOP("DirectoryDialog", "Outlet"),
    QT_TRANSLATE_NOOP("DirectoryDialog", "Role"),
    QT_TRANSLATE_NOOP("DirectoryDialog", "Phone"),
    QT_TRANSLATE_NOOP("DirectoryDialog", "Email"),
    QT_TRANSLATE_NOOP("DirectoryDialog", "Handles"),
)


class DirectoryDialog(QDialog):
    """Browse, add and edit journalists; warns before creating a likely duplicate."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Directory of journalists"))
        self.resize(1100, 640)
        self.current_id = 0
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by name, outlet, email…"))
        named(self.search, self.tr("Filter the directory"))
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.setAccessibleName(self.tr("Journalists"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSortingEnabled(True)

        self.name = QLineEdit()
        self.outlet = QLineEdit()
        self.outlet_type = enum_combo(list(OutletType))
        self.role = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.handles = QLineEdit()
        self.handles.setPlaceholderText("@name@instance, @name.bsky.social, @name")
        form = QFormLayout()
        for label, widget in (
            (QT_TRANSLATE_NOOP("DirectoryDialog", "Name"), self.name),
            (QT_TRANSLATE_NOOP("DirectoryDialog", "Outlet"), self.outlet),
            (QT_TRANSLATE_NOOP("DirectoryDialog", "Outlet type"), self.outlet_type),
            (QT_TRANSLATE_NOOP("DirectoryDialog", "Role"), self.role),
            (QT_TRANSLATE_NOOP("DirectoryDialog", "Phone"), self.phone),
            (QT_TRANSLATE_NOOP("DirectoryDialog", "Email"), self.email),
            (QT_TRANSLATE_NOOP("DirectoryDialog", "Social handles"), self.handles),
        ):
            named(widget, self.tr(label))
            form.addRow(self.tr(label), widget)
        self.error = plain_label()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        new = QPushButton(self.tr("&New journalist"))
        new.clicked.connect(self.new_contact)
        save = QPushButton(self.tr("&Save"))
        save.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(save)
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Enquiry history"))

        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.error)
        right.addLayout(buttons)
        right.addWidget(QLabel(self.tr("Enquiry history")))
        right.addWidget(self.history, 1)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

        self.search.textChanged.connect(self._filter)
        self.table.itemSelectionChanged.connect(self._selected)
        self.reload()

    def reload(self) -> None:
        """Refill the table from the directory."""
        contacts = self.ctx.desk.directory.contacts()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(contacts))
        for row, c in enumerate(contacts):
            for column, text in enumerate(
                (c.name, c.outlet_name, c.role, c.phone, c.email, c.handles)
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        set_completions(self.outlet, [o.name for o in self.ctx.desk.directory.outlets()])
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, c) for c in range(self.table.columnCount())]
            hay = " ".join(c.text() for c in cells if c is not None).casefold()
            self.table.setRowHidden(row, bool(needle) and needle not in hay)

    def _selected(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        contact = self.ctx.desk.directory.get(int(items[0].data(Qt.ItemDataRole.UserRole)))
        if contact is None:
            return
        self.current_id = contact.id
        self.name.setText(contact.name)
        self.outlet.setText(contact.outlet_name)
        outlet = self.ctx.desk.directory.find_outlet(contact.outlet_name)
        if outlet is not None:
            self.outlet_type.set_value(outlet.type)
        self.role.setText(contact.role)
        self.phone.setText(contact.phone)
        self.email.setText(contact.email)
        self.handles.setText(contact.handles)
        self.error.clear()
        self.history.clear()
        for e in self.ctx.desk.directory.history(contact.id):
            self.history.addItem(
                f"{e.ref} · {i18n.date_only(e.received)} · {i18n.label(e.status)} · {e.subject}"
            )

    def new_contact(self) -> None:
        """Clear the form for a new journalist."""
        self.table.clearSelection()
        self.current_id = 0
        for edit in (self.name, self.outlet, self.role, self.phone, self.email, self.handles):
            edit.clear()
        self.history.clear()
        self.name.setFocus()

    def contact(self) -> Contact:
        return Contact(
            self.current_id,
            self.name.text(),
            None,
            "",
            self.role.text(),
            self.phone.text(),
            self.email.text(),
            self.handles.text(),
        )

    def save(self) -> None:
        """Save the form; ask first if it looks like someone already in the directory."""
        contact = self.contact()
        duplicates = self.ctx.desk.directory.possible_duplicates(contact)
        if duplicates and not self.current_id:
            names = "\n".join(
                f"• {d.name} ({d.outlet_name or 'no outlet'}) {d.email}" for d in duplicates[:5]
            )
            answer = QMessageBox.question(
                self,
                self.tr("Possible duplicate"),
                self.tr(
                    "This looks like someone already in the directory:\n\n{names}\n\n"
                    "Add a new entry anyway?"
                ).format(names=names),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.current_id = self.ctx.desk.directory.save(
                contact, self.outlet.text(), self.outlet_type.value()
            )
        except KnownError as exc:
            self.error.setText(i18n.message(exc.message))
            return
        self.error.clear()
        self.reload()
        self.changed.emit()
