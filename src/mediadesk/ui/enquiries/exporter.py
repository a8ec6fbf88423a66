"""Export the enquiries the list shows to CSV or XLSX."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from mediadesk.context import AppContext
from mediadesk.services import spreadsheet
from mediadesk.services.desk import Desk
from mediadesk.ui.i18n import Words
from mediadesk.ui.tasks import TaskRunner


def export_view(
    parent: QWidget,
    ctx: AppContext,
    tasks: TaskRunner,
    ids: Sequence[int],
    say: Callable[[str], None],
) -> None:
    """Ask where, then read and write in a worker; failures leave no partial file behind."""
    if not ctx.settings.flag("enquiries.export_allowed"):
        QMessageBox.information(
            parent,
            "MediaDesk",
            QCoreApplication.translate(
                "Exporter", "Exporting enquiries is managed by your organisation."
            ),
        )
        return
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Exporter", "Export enquiries"),
        str(Path.home() / "enquiries.xlsx"),
        QCoreApplication.translate("Exporter", "Excel workbook (*.xlsx);;CSV file (*.csv)"),
    )
    if not name:
        return
    path = Path(name)
    fmt = (
        "csv"
        if path.suffix.lower() == ".csv" or ("csv" in chosen.lower() and not path.suffix)
        else "xlsx"
    )
    if not path.suffix:
        path = path.with_suffix("." + fmt)
    wanted = list(ids)

    def job(desk: Desk) -> int:
        return spreadsheet.export(desk.enquiries.in_order(wanted), path, fmt)

    def done(count: int) -> None:
        say(Words.tr("Exported %n enquiry(s) to {path}.", "", count).format(path=path))

    def failed(message: str) -> None:
        QMessageBox.warning(parent, "MediaDesk", message)

    say(Words.tr("Exporting %n enquiry(s)…", "", len(wanted)))
    tasks.run(job, done, on_problem=failed)
