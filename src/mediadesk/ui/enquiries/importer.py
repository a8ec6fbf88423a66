"""Import a spreadsheet log: choose a file, map its columns, preview, then import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mediadesk.context import AppContext
from mediadesk.services import spreadsheet
from mediadesk.services.desk import Area, Desk
from mediadesk.services.progress import Progress
from mediadesk.ui import i18n
from mediadesk.ui.tasks import TaskRunner
from mediadesk.ui.widgets.access import named
from mediadesk.words import QT_TRANSLATE_NOOP

PREVIEW_ROWS = 20


# The spreadsheet's fields as the dialog names them (most are the audit's field labels).
FIELD_NAMES = {"response": QT_TRANSLATE_NOOP("Labels", "Response")}


class ImportDialog(QDialog):
    """Column mapping, preview and a row-by-row error report; imports all rows or none."""

    imported = Signal(int)
    loaded = Signal()  # a file was read and checked

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.table: spreadsheet.Table | None = None
        self.plan: spreadsheet.ImportPlan | None = None
        self.setWindowTitle(self.tr("Import enquiries"))
        self.resize(980, 680)
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        named(self.path, self.tr("File to import"))
        browse = QPushButton(self.tr("&Choose file…"))
        browse.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)

        self.combos: dict[str, QComboBox] = {}
        mapping_box = QGroupBox(self.tr("Columns"))
        grid = QGridLayout(mapping_box)
        for index, name in enumerate(spreadsheet.FIELDS):
            combo = QComboBox()
            field = i18n.translate_label(FIELD_NAMES.get(name, name.capitalize()))
            named(combo, self.tr("Column for {field}").format(field=field))
            combo.currentIndexChanged.connect(self._recheck)
            self.combos[name] = combo
            label = field + (" *" if name in spreadsheet.REQUIRED else "")
            form = QFormLayout()
            form.addRow(label, combo)
            grid.addLayout(form, index // 3, index % 3)

        self.values: spreadsheet.ValueMap = {}
        self._value_words: list[tuple[str, str]] = []
        self.values_box = QGroupBox(self.tr("Values in your own words"))
        self.values_form = QFormLayout(self.values_box)
        self.values_box.setVisible(False)

        self.preview = QTableWidget()
        self.preview.setAccessibleName(self.tr("Preview"))
        self.errors = QListWidget()
        self.errors.setAccessibleName(self.tr("Rows that cannot be imported"))
        self.summary = QLabel(self.tr("Choose a CSV or Excel file."))
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.hide()
        self._running: Progress | None = None  # the import under way, to cancel
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(mapping_box)
        layout.addWidget(self.values_box)
        layout.addWidget(QLabel(self.tr("Preview (first {n} rows)").format(n=PREVIEW_ROWS)))
        layout.addWidget(self.preview, 2)
        layout.addWidget(QLabel(self.tr("Problems")))
        layout.addWidget(self.errors, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import enquiries"),
            str(Path.home()),
            self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"),
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Read a file in a worker (a large XLSX takes seconds) and guess its column mapping."""
        self.table = None
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Reading {name}…").format(name=path.name))

        def failed(message: str) -> None:
            self.summary.setText(message)

        self.tasks.run(
            lambda _desk: spreadsheet.read_table(path),
            lambda t: self._show(path, t),
            on_problem=failed,
        )

    def _show(self, path: Path, table: spreadsheet.Table) -> None:
        self.table = table
        self.path.setText(str(path))
        guess = spreadsheet.guess_mapping(self.table.headers)
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not imported)"), None)
            for index, header in enumerate(self.table.headers):
                combo.addItem(header or self.tr("Column {n}").format(n=index + 1), index)
            combo.setCurrentIndex(max(0, combo.findData(guess[name])))
            combo.blockSignals(False)
        headers = self.table.headers
        self.preview.setColumnCount(len(headers))
        self.preview.setHorizontalHeaderLabels(headers)
        rows = self.table.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values[: len(headers)]):
                self.preview.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        self._value_words = []
        self._recheck()
        self.loaded.emit()

    def mapping(self) -> dict[str, int | None]:
        return {name: combo.currentData() for name, combo in self.combos.items()}

    def _show_values(self) -> None:
        """A choice for each status, channel or priority word MediaDesk does not know itself."""
        assert self.table is not None
        pending = spreadsheet.unknown_values(self.table, self.mapping(), {})
        words = [(name, word) for name, found in pending.items() for word in found]
        if words == self._value_words:
            return
        self._value_words = words
        while self.values_form.rowCount():
            self.values_form.removeRow(0)
        for name, word in words:
            combo = QComboBox()
            combo.addItem(self.tr("(choose)"), None)
            for member in spreadsheet.KINDS[name]:
                combo.addItem(i18n.label(member), member.value)
            chosen = self.values.get(name, {}).get(word)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            shown = pending[name][word]
            named(
                combo, self.tr("{field} for “{word}”").format(field=name.capitalize(), word=shown)
            )
            combo.currentIndexChanged.connect(
                lambda _i, n=name, w=word, c=combo: self._value_chosen(n, w, c.currentData())
            )
            self.values_form.addRow(f"{name.capitalize()} “{shown}”", combo)
        self.values_box.setVisible(bool(words))

    def _value_chosen(self, name: str, word: str, value: str | None) -> None:
        if value is None:
            self.values.get(name, {}).pop(word, None)
        else:
            self.values.setdefault(name, {})[word] = value
        self._recheck()

    def _recheck(self) -> None:
        if self.table is None:
            return
        self._show_values()
        self.plan = spreadsheet.plan_import(self.table, self.mapping(), self.values)
        self.errors.clear()
        for error in self.plan.errors[:500]:
            self.errors.addItem(
                self.tr("Row {row}: {msg}").format(row=error.row, msg=error.message)
            )
        if self.plan.errors:
            self.summary.setText(
                self.tr(
                    "{bad} rows need fixing before anything is imported ({good} are fine). Fix the "
                    "file, the column choices or the values above; nothing is imported half-way."
                ).format(bad=len({e.row for e in self.plan.errors}), good=len(self.plan.items))
            )
        else:
            self.summary.setText(
                self.tr("{n} enquiries are ready to import.").format(n=len(self.plan.items))
            )
        self.import_button.setEnabled(bool(self.plan.items) and not self.plan.errors)

    def run_import(self) -> None:
        """Import every row in one transaction, in a worker thread."""
        plan = self.plan
        if plan is None or plan.errors:
            return
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Importing… (Cancel stops it and imports nothing)"))
        self.progress.setRange(0, len(plan.items))
        self.progress.setValue(0)
        self.progress.show()
        progress = self._running = self.tasks.progress(lambda done, _total: self._step(done))

        def job(desk: Desk) -> int:
            return desk.enquiries.create_many(plan.items, plan.statuses, progress)

        def done(count: int) -> None:
            self._running = None
            self.imported.emit(count)
            self.accept()

        def failed(message: str) -> None:
            self._running = None
            self.progress.hide()
            if progress.cancelled:
                message = self.tr("Import cancelled.")
            self.summary.setText(message + " " + self.tr("Nothing was imported."))
            self.import_button.setEnabled(True)

        self.tasks.run(job, done, on_problem=failed, changes=frozenset({Area.ENQUIRIES}))

    def _step(self, done: int) -> None:
        if self._running is not None:
            self.progress.setValue(done)

    def reject(self) -> None:
        """Cancel (or Esc) during an import stops it, nothing saved; otherwise it closes."""
        if self._running is not None:
            self._running.cancel()
            self.summary.setText(self.tr("Cancelling…"))
            return
        super().reject()
