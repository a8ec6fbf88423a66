"""Export the enquiries the list shows to CSV or XLSX."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from mediadesk.context import AppContext
from mediadesk.errors import KnownError
from mediadesk.services import spreadsheet
from mediadesk.storage import enquiries as repo
from mediadesk.storage.db import Connection
from mediadesk.ui.tasks import TaskRunner


def export_view(
    parent: QWidget,
    ctx: AppContext,
    tasks: TaskRunner,
    ids: Sequence[int],
    say: Callable[[str], None],
) -> None:
    """Ask where, then read and write in a worker; failures leave no partial file behind."""
    if not ctx.settings.get("enquiries.export_allowed"):
        QMessageBox.information(
            parent, "MediaDesk", "Exporting enquiries is managed by your organisation."
        )
        return
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        parent.tr("Export enquiries"),
        str(Path.home() / "enquiries.xlsx"),
        parent.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"),
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

    def job(conn: Connection) -> int:
        rows = repo.get_many(conn, wanted)
        return spreadsheet.export([rows[i] for i in wanted if i in rows], path, fmt)

    def done(count: int) -> None:
        say(parent.tr("Exported {n} enquiries to {path}.").format(n=count, path=path))

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        QMessageBox.warning(parent, "MediaDesk", exc.message)

    say(parent.tr("Exporting {n} enquiries…").format(n=len(wanted)))
    tasks.run(job, done, failed)
