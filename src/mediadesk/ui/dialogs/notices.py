"""Small message boxes of the Help and Enquiries menus: the audit check's verdict, About."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from mediadesk import __version__
from mediadesk.domain.audit import ChainReport
from mediadesk.ui.i18n import Words


def show_audit_report(parent: QWidget, report: ChainReport) -> None:
    """Whether the audit log's hash chain is intact, and what was altered if not."""
    if report.intact:
        QMessageBox.information(
            parent,
            "MediaDesk",
            Words.tr("The audit log is intact: %n entries checked.", "", report.rows),
        )
        return
    QMessageBox.critical(
        parent,
        "MediaDesk",
        QCoreApplication.translate(
            "Notices", "The audit log has been tampered with:\n\n{problems}"
        ).format(problems="\n".join(report.problems[:20])),
    )


def show_about(parent: QWidget, profile: Path) -> None:
    QMessageBox.about(
        parent,
        "MediaDesk",
        QCoreApplication.translate(
            "Notices", "MediaDesk {v}\nEnquiries for government press offices.\nProfile: {p}"
        ).format(v=__version__, p=profile),
    )
