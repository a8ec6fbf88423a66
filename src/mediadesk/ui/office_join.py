"""File → Join your office…, and the first-run welcome that asks the officer's name."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from mediadesk.context import AppContext
from mediadesk.services.desk import Area
from mediadesk.ui.tasks import TaskRunner


class OfficeJoining(QObject):
    """Joins the window's profile to the office, and starts its link there and then."""

    def __init__(
        self,
        window: QWidget,
        ctx: AppContext,
        tasks: TaskRunner,
        say: Callable[[str], None],
        linked: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.parent_window, self.ctx, self.tasks, self.say, self.linked = (
            window,
            ctx,
            tasks,
            say,
            linked,
        )
        self.action = QAction(self.tr("&Join your office…"), window)
        self.action.triggered.connect(self.join)
        self.action.setVisible(not ctx.desk.office_sync().joined)

    def welcome(self) -> None:
        """On a profile nobody has named yet (and not the office's): who is this officer?"""
        from mediadesk.ui.dialogs.welcome import WelcomeDialog

        settings = self.ctx.settings
        if (
            self.ctx.desk.office_sync().joined
            or settings.text("user.display_name").strip()
            or settings.is_locked("user.display_name")
        ):
            return
        dialog = WelcomeDialog(self.parent_window)
        dialog.accepted.connect(lambda: self._named(dialog.chosen_name()))
        dialog.join_requested.connect(self.join)
        dialog.open()

    def _named(self, name: str) -> None:
        self.ctx.settings.set("user.display_name", name)
        self.say(self.tr("Welcome, {name}.").format(name=name))

    def join(self) -> None:
        from mediadesk.ui.dialogs.welcome import JoinDialog

        allowed = self.ctx.settings.text("office.server").strip()
        dialog = JoinDialog(self.tasks, allowed, self.parent_window)
        dialog.joined.connect(self._joined)
        dialog.open()

    def _joined(self, message: str) -> None:
        self.action.setVisible(False)
        self.linked()
        self.tasks.announce(Area.ENQUIRIES, Area.MONITORING)
        self.say(message)
