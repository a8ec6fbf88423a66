"""The duty handover sheet: preview, print, or save as PDF or HTML."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mediadesk.context import AppContext
from mediadesk.services.handover import sheet_html
from mediadesk.ui import i18n


def write_pdf(html: str, path: Path) -> None:
    """Render the sheet to an A4 landscape PDF."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    document = QTextDocument()
    document.setHtml(html)
    document.print_(printer)


class HandoverDialog(QDialog):
    """Shows the open enquiries by deadline with Print and Save buttons."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Duty handover sheet"))
        self.resize(1000, 700)
        self.html = sheet_html(
            ctx.enquiries().open_by_deadline(), ctx.clock(), ctx.user, i18n.speech()
        )
        view = QTextBrowser()
        view.setHtml(self.html)
        view.setAccessibleName(self.tr("Handover sheet"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(
            self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole
        ).clicked.connect(self.print_sheet)
        buttons.addButton(
            self.tr("&Save…"), QDialogButtonBox.ButtonRole.ActionRole
        ).clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)

    def print_sheet(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            document = QTextDocument()
            document.setHtml(self.html)
            document.print_(printer)

    def save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save handover sheet"),
            str(Path.home() / "handover.pdf"),
            self.tr("PDF (*.pdf);;Web page (*.html)"),
        )
        if not name:
            return
        path = Path(name)
        try:
            if path.suffix.lower() in (".html", ".htm"):
                path.write_text(self.html, encoding="utf-8")
            else:
                write_pdf(self.html, path.with_suffix(".pdf"))
        except OSError as exc:
            QMessageBox.warning(
                self,
                "MediaDesk",
                self.tr("The sheet could not be saved: {why}").format(why=exc.strerror or exc),
            )
