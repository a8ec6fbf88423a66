"""Export the enquiries the list shows to CSV or XLSX."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from mediadesk.context import AppContext
from mediadesk.domain.enquiry import Enquiry
from mediadesk.errors import KnownError
from mediadesk.services import spreadsheet


def export_view(
    parent: QWidget, ctx: AppContext, enquiries: Sequence[Enquiry], say: Callable[[str], None]
) -> None:
    """Ask where, then write the file; failures leave no partial file behind."""
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
    try:
        count = spreadsheet.export(enquiries, path, fmt)
    except KnownError as exc:
        QMessageBox.warning(parent, "MediaDesk", exc.message)
        return
    say(parent.tr("Exported {n} enquiries to {path}.").format(n=count, path=path))
