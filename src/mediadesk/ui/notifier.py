"""Desktop reminders 30 minutes before, and at, each open enquiry's deadline."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from mediadesk.context import AppContext
from mediadesk.errors import KnownError
from mediadesk.services.enquiries import Reminder

CHECK_MS = 20_000


class DeadlineNotifier(QObject):
    """Checks for due reminders and shows them in the system tray (or the window)."""

    reminded = Signal(object)

    def __init__(self, ctx: AppContext, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._last = ctx.clock()
        self.tray = QSystemTrayIcon(icon, self)
        self.tray.setToolTip("MediaDesk")
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.show()
        self._timer = QTimer(self, interval=CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def stop(self) -> None:
        """No more checks (the window is closing and its database with it)."""
        self._timer.stop()
        self.tray.hide()

    def check(self) -> list[Reminder]:
        """Show reminders that fell due since the last check."""
        now = self.ctx.clock()
        before = timedelta(minutes=self.ctx.settings.number("enquiries.reminder_minutes"))
        try:
            due = self.ctx.enquiries().reminders(self._last, now, before)
        except KnownError:
            return []
        self._last = now
        for reminder in due:
            e = reminder.enquiry
            if reminder.kind == "due":
                title = self.tr("Deadline now: {ref}").format(ref=e.ref)
            else:
                title = self.tr("Deadline in {m} min: {ref}").format(
                    m=int(before.total_seconds() // 60), ref=e.ref
                )
            body = f"{e.subject}\n{e.journalist}, {e.outlet}".strip(", \n")
            if self.tray.isVisible():
                self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Warning, 15_000)
            self.reminded.emit(reminder)
        return due
