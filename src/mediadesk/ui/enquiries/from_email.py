"""A journalist's email to the quick log: File → New enquiry from email…, or an .eml file
dropped on the Enquiries tab (ui/widgets/drops.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from mediadesk.context import AppContext
from mediadesk.domain.enquiry import Contact, Enquiry
from mediadesk.services.desk import Desk
from mediadesk.services.email_intake import EmailEnquiry, read_email_file, remember_address
from mediadesk.ui.enquiries.quicklog import QuickLogDialog
from mediadesk.ui.i18n import Words
from mediadesk.ui.tasks import TaskRunner


def choose_email(parent: QWidget) -> Path | None:
    """Ask for a saved message."""
    name, _ = QFileDialog.getOpenFileName(
        parent, Words.tr("New enquiry from email"), "", Words.tr("Email message (*.eml)")
    )
    return Path(name) if name else None


def log_from_email(
    parent: QWidget,
    ctx: AppContext,
    tasks: TaskRunner,
    path: Path,
    logged: Callable[[Enquiry], None],
) -> None:
    """Read the message in a worker, then open the quick log filled in from it; once it is
    logged, the journalist's entry keeps the address they wrote from."""

    def read(desk: Desk) -> tuple[EmailEnquiry, Contact | None]:
        found = read_email_file(path, desk.clock())
        return found, desk.directory.match_sender(found.sender_name, found.sender_address)

    def shown(found: tuple[EmailEnquiry, Contact | None]) -> None:
        message, contact = found
        dialog = QuickLogDialog(ctx.desk, parent)
        dialog.prefill_from_email(message, contact)
        dialog.logged.connect(logged)
        dialog.logged.connect(
            lambda _e: tasks.run(lambda desk: remember_address(desk.directory, message), _done)
        )
        dialog.open()

    tasks.run(read, shown)


def _done(_result: None) -> None:
    """Nothing to show: the address is kept for next time."""
