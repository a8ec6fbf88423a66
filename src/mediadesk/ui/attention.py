"""Needs attention: a field two people changed at once, shown mine / theirs / original to settle."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediadesk.domain.sync import Conflict, shown
from mediadesk.services.desk import Area, Desk
from mediadesk.ui import i18n
from mediadesk.ui.tasks import TaskRunner
from mediadesk.ui.widgets.access import named
from mediadesk.ui.widgets.labels import plain_label


def _box(name: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setReadOnly(True)
    box.setMaximumHeight(90)
    named(box, name)
    return box


class AttentionDialog(QDialog):
    """Every open conflict and refusal; settling one sends the choice to the office."""

    settled = Signal()

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.tasks = desk, tasks
        self.setWindowTitle(self.tr("Needs attention"))
        self.setMinimumWidth(620)
        self.items = QListWidget()
        named(self.items, self.tr("Conflicts and refused changes"))
        self.items.currentRowChanged.connect(self._show)
        self.what = plain_label()
        self.what.setWordWrap(True)
        self.original, self.mine, self.theirs = (
            _box(self.tr("Original")),
            _box(self.tr("Mine")),
            _box(self.tr("Theirs")),
        )
        self.choice = QPlainTextEdit()
        self.choice.setMaximumHeight(90)
        named(self.choice, self.tr("Settle with"), self.tr("Edit to merge both, then Use this"))
        form = QFormLayout()
        form.addRow(self.tr("Original"), self.original)
        form.addRow(self.tr("Mine"), self.mine)
        form.addRow(self.tr("Theirs"), self.theirs)
        form.addRow(self.tr("Settle &with"), self.choice)
        self.keep_mine = QPushButton(self.tr("Keep &mine"))
        self.take_theirs = QPushButton(self.tr("Take &theirs"))
        self.use_choice = QPushButton(self.tr("&Use this"))
        self.acknowledge = QPushButton(self.tr("&Understood"))
        self.keep_mine.clicked.connect(lambda: self._settle(self._value("mine")))
        self.take_theirs.clicked.connect(lambda: self._settle(self._value("theirs")))
        self.use_choice.clicked.connect(lambda: self._settle(self.choice.toPlainText()))
        self.acknowledge.clicked.connect(lambda: self._settle(None))
        row = QHBoxLayout()
        for button in (self.keep_mine, self.take_theirs, self.use_choice, self.acknowledge):
            row.addWidget(button)
        self.error = plain_label()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#c62828")
        self.error.setAccessibleName(self.tr("Problem"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.what)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.conflicts: list[Conflict] = []
        self.reload()

    def reload(self) -> None:
        self.conflicts = self.desk.office_sync().needs_attention()
        self.items.clear()
        for c in self.conflicts:
            kind = self.tr("refused") if c.refused else self.tr("changed on two laptops")
            item = QListWidgetItem(f"{c.ref or c.uid[:8]} · {c.subject} — {i18n.label(c)} ({kind})")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, item.text())
            self.items.addItem(item)
        if self.conflicts:
            self.items.setCurrentRow(0)
        else:
            self._show(-1)

    def current(self) -> Conflict | None:
        row = self.items.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show(self, row: int) -> None:
        c = self.conflicts[row] if 0 <= row < len(self.conflicts) else None
        self.error.clear()
        if c is None:
            self.what.setText(self.tr("Nothing needs attention."))
        elif c.refused:
            self.what.setText(self.tr("The office refused a change: {why}").format(why=c.reason))
        else:
            self.what.setText(
                self.tr("{who} changed {field} while you did. Choose what it says.").format(
                    who=c.theirs_by or self.tr("Someone"), field=i18n.label(c).lower()
                )
            )
        self.original.setPlainText("" if c is None else shown(c.field, c.original))
        self.mine.setPlainText("" if c is None else shown(c.field, c.mine))
        self.theirs.setPlainText("" if c is None else shown(c.field, c.theirs))
        texty = c is not None and all(
            _is_text(v) for v in (c.original, c.mine, c.theirs) if v is not None
        )
        self.choice.setPlainText("" if c is None else shown(c.field, c.theirs))
        self.choice.setEnabled(bool(texty) and c is not None and not c.refused)
        self.use_choice.setEnabled(bool(texty) and c is not None and not c.refused)
        for button in (self.keep_mine, self.take_theirs):
            button.setEnabled(c is not None and not c.refused)
        self.acknowledge.setEnabled(c is not None and c.refused)

    def _value(self, side: str) -> Any:
        c = self.current()
        stored = None if c is None else (c.mine if side == "mine" else c.theirs)
        return None if stored is None else json.loads(stored)

    def _settle(self, value: Any) -> None:
        c = self.current()
        if c is None:
            return

        def done(_report: object) -> None:
            self.reload()
            self.settled.emit()

        self.tasks.run(
            lambda desk: desk.office_sync().settle(c, value),
            done,
            on_problem=self.error.setText,
            changes=frozenset({Area.ENQUIRIES}),
        )


def _is_text(stored: str) -> bool:
    try:
        return isinstance(json.loads(stored), str | type(None))
    except ValueError:
        return False
