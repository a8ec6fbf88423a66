"""What the main window's menus open: dialogs, imports and exports, settings, email intake."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget

from mediadesk.context import AppContext
from mediadesk.services.desk import Area
from mediadesk.ui.enquiries.tab import EnquiriesTab
from mediadesk.ui.tasks import TaskRunner


class MenuActions(QMainWindow):
    """The menu items' slots; MainWindow builds the tabs and the menus that call them."""

    ctx: AppContext
    tasks: TaskRunner
    enquiries: EnquiriesTab
    tabs: QTabWidget

    def say(self, text: str) -> None:
        """Show a message in the status bar."""
        self.statusBar().showMessage(text, 10_000)

    def choose_enquiry_email(self) -> None:
        from mediadesk.ui.enquiries.from_email import choose_email

        chosen = choose_email(self)
        if chosen is not None:
            self.enquiry_from_email(chosen)

    def enquiry_from_email(self, path: Path) -> None:
        """The quick log filled in from a saved email."""
        from mediadesk.ui.enquiries.from_email import log_from_email

        self.tabs.setCurrentWidget(self.enquiries)
        log_from_email(self, self.ctx, self.tasks, path, self.enquiries._logged)

    def import_enquiries(self) -> None:
        from mediadesk.ui.enquiries.importer import ImportDialog

        dialog = ImportDialog(self.ctx, self.tasks, self)
        dialog.imported.connect(self._imported)
        dialog.open()

    def _imported(self, count: int) -> None:
        self.say(self.tr("Imported {n} enquiries.").format(n=count))

    def export_enquiries(self) -> None:
        from mediadesk.ui.enquiries.exporter import export_view

        export_view(self, self.ctx, self.tasks, self.enquiries.model.ids(), self.say)

    def handover(self) -> None:
        from mediadesk.ui.enquiries.handover import HandoverDialog

        HandoverDialog(self.ctx, self).open()

    def open_settings(self) -> None:
        from mediadesk.ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.ctx.settings, self)
        dialog.accepted.connect(lambda: self._settings_saved("ui.language" in dialog.changed))
        dialog.open()

    def _settings_saved(self, language_changed: bool = False) -> None:
        from mediadesk.ui.theme import apply_theme

        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.ctx.settings.text("ui.theme"))
        if language_changed:
            self.say(
                self.tr("Settings saved. The language changes the next time MediaDesk starts.")
            )
        else:
            self.say(self.tr("Settings saved."))

    def open_accounts(self) -> None:
        from mediadesk.ui.posts.accounts import AccountsDialog

        AccountsDialog(self.ctx, self.tasks, self).open()

    def open_directory(self) -> None:
        from mediadesk.ui.enquiries.directory import DirectoryDialog

        dialog = DirectoryDialog(self.ctx, self)
        dialog.changed.connect(lambda: self.tasks.announce(Area.DIRECTORY, Area.ENQUIRIES))
        dialog.open()

    def open_report(self) -> None:
        from mediadesk.ui.enquiries.report import open_report

        open_report(self, self.tasks, self.enquiries.model.ids())

    def open_attention(self) -> None:
        from mediadesk.ui.attention import AttentionDialog

        AttentionDialog(self.ctx.desk, self.tasks, self).open()

    def open_retention(self) -> None:
        from mediadesk.ui.enquiries.retention import RetentionDialog

        dialog = RetentionDialog(self.ctx, self)
        dialog.disposed.connect(lambda: self.tasks.announce(Area.ENQUIRIES))
        dialog.open()

    def check_audit(self) -> None:
        """Walk the audit log's hash chain in a worker (it reads every entry)."""
        from mediadesk.ui.dialogs.notices import show_audit_report

        self.tasks.run(lambda desk: desk.verify_audit(), lambda r: show_audit_report(self, r))

    def about(self) -> None:
        from mediadesk.ui.dialogs.notices import show_about

        show_about(self, self.ctx.paths.root)
