"""The main window: the Enquiries tab, menus, status bar and reminders."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget, QVBoxLayout, QWidget

from mediadesk.context import AppContext
from mediadesk.services.desk import Area
from mediadesk.ui.enquiries import workflow
from mediadesk.ui.enquiries.tab import EnquiriesTab
from mediadesk.ui.menu_actions import MenuActions
from mediadesk.ui.office_join import OfficeJoining
from mediadesk.ui.tasks import TaskRunner
from mediadesk.ui.widgets.drops import FileDrop

# Classes only the menus, dialogs and tray use are imported where they are used: the first
# frame does without them, and creating their Python types costs start-up time.
if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile
    from PySide6.QtGui import QCloseEvent

    from mediadesk.domain.monitoring import StoredItem
    from mediadesk.services.enquiries import Reminder
    from mediadesk.ui.monitoring.tab import MonitoringTab
    from mediadesk.ui.notifier import DeadlineNotifier
    from mediadesk.ui.posts.tab import VisitPostsTab
    from mediadesk.ui.widgets.reminders import RemindersBar


class MainWindow(MenuActions):
    """MediaDesk's one window."""

    completed = Signal()  # everything is built: menus' actions, editor, reminders
    profile_damaged = Signal(str)  # the damage check failed: nothing more is written
    monitoring_ready = Signal()  # the last tab built after start (its columns are there)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        identity_check: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # how an unlock checks the user's OS password (None: the operating system's own)
        self.identity_check = identity_check
        self.reminders_bar: RemindersBar | None = None  # made with the first reminder
        self._closing = False
        self._complete = False
        self.profile_lock: QLockFile | None = None  # held while this window has the profile
        self.setWindowTitle("MediaDesk")
        self._fit_to_screen()
        self.tasks = TaskRunner(ctx.desks(), self)
        self.tasks.problem.connect(self.warn)
        self.tasks.changed.connect(self._changed)
        self.enquiries = EnquiriesTab(ctx, self.tasks)
        FileDrop(self.enquiries, self.enquiry_from_email)  # an .eml dropped on the tab
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.enquiries, self.tr("&Enquiries"))
        # Visit posts and Monitoring (and the network stack they import) are built once the
        # enquiry list is on screen, so the list is usable first.
        self.posts: VisitPostsTab | None = None
        self.posts_page = QWidget()
        self.posts_page.setAccessibleName(self.tr("Visit posts"))
        QVBoxLayout(self.posts_page).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.posts_page, self.tr("&Visit posts"))
        self.monitoring: MonitoringTab | None = None
        self.monitoring_page = QWidget()
        self.monitoring_page.setAccessibleName(self.tr("Monitoring"))
        QVBoxLayout(self.monitoring_page).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.monitoring_page, self.tr("&Monitoring"))
        self.tabs.setAccessibleName(self.tr("Sections"))
        self.setCentralWidget(self.tabs)
        self.enquiries.message.connect(self.say)
        self.profile_label = QLabel(str(ctx.paths.root))
        self.profile_label.setAccessibleName(self.tr("Profile folder"))
        self.statusBar().addPermanentWidget(self.profile_label)
        # The menu titles are there from the first frame (so nothing moves); their actions,
        # the editor, the icon and the tray follow one event-loop turn later.
        bar = self.menuBar()
        self._file_menu = bar.addMenu(self.tr("&File"))
        self._enquiries_menu = bar.addMenu(self.tr("En&quiries"))
        self._posts_menu = bar.addMenu(self.tr("P&osts"))
        self._help_menu = bar.addMenu(self.tr("&Help"))
        QTimer.singleShot(0, self.complete)

    def complete(self) -> None:
        """Build what the first frame does without: menus' actions, editor, icon, reminders."""
        if self._complete or self._closing:
            return
        self._complete = True
        from mediadesk.ui.icon import app_icon
        from mediadesk.ui.notifier import DeadlineNotifier

        icon = app_icon()
        QApplication.setWindowIcon(icon)  # for this window and every dialog
        self.enquiries.complete()
        from mediadesk.ui.office_status import OfficeStatus

        self.office_status = OfficeStatus(self.ctx.desk, self.tasks, self)
        self.statusBar().insertPermanentWidget(0, self.office_status.label)
        self._menus()
        self.notifier: DeadlineNotifier = DeadlineNotifier(self.ctx, icon, self)
        self.notifier.reminded.connect(self._reminded)
        QTimer.singleShot(0, self._build_posts)
        self._start_lock()
        self._check_health()
        self.completed.emit()

    def _start_lock(self) -> None:
        """Auto-lock on idle, screen lock and sleep (see ui/lock.py)."""
        import sys

        from mediadesk.osauth import os_password_verifier, windows_hello
        from mediadesk.ui.lock import LockController

        verifier = self.identity_check if self.identity_check else os_password_verifier()
        hello = windows_hello if sys.platform == "win32" else None
        self.lock_control = LockController(self, self.ctx, verifier, hello)
        self.office_status.follow(self.lock_control.locked, self.lock_control.unlocked)

    def _wait_for_unlock(self, build: Callable[[], None]) -> bool:
        """Locked before a tab was built (it reads the profile): build it once unlocked."""
        control = getattr(self, "lock_control", None)
        if control is None or not control.is_locked:
            return False
        control.unlocked.connect(build, Qt.ConnectionType.SingleShotConnection)
        return True

    def lock_now(self) -> None:
        self.lock_control.lock(self.tr("Locked on request."))

    def damage_from_error(self, exc: BaseException) -> bool:
        """For the crash handler: a query that hit a damaged page is damage, not a bug."""
        damage = getattr(self, "damage", None)
        return bool(damage is not None and damage.from_error(exc))

    def _check_health(self) -> None:
        """Check the database for damage in a worker; the crash handler routes here too."""
        from mediadesk.ui.dialogs.damaged import DamageResponse

        self.damage = DamageResponse(self.ctx, self.tasks, self, self.profile_damaged.emit)
        self.damage.check_in_background()

    def _fit_to_screen(self) -> None:
        """1440×860 where it fits; on a smaller screen (1366×768, or 200% scaling) no larger
        than the screen's free area, frame included."""
        screen = self.screen() or QApplication.primaryScreen()
        free = screen.availableGeometry()
        frame = 40  # title bar and borders, which resize() leaves out
        self.resize(min(1440, free.width() - 8), min(860, free.height() - frame))
        self.move(free.topLeft())

    def _action(self, text: str, slot: object, shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _menus(self) -> None:
        file_menu = self._file_menu
        self.import_action = self._action(
            self.tr("&Import enquiries…"), self.import_enquiries, "Ctrl+I"
        )
        self.export_action = self._action(
            self.tr("&Export this list…"), self.export_enquiries, "Ctrl+E"
        )
        self.export_action.setEnabled(self.ctx.settings.flag("enquiries.export_allowed"))
        if not self.export_action.isEnabled():
            self.export_action.setToolTip(self.tr("Managed by your organisation"))
        file_menu.addAction(
            self._action(self.tr("New enquiry from e&mail…"), self.choose_enquiry_email)
        )
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self._action(self.tr("Duty &handover sheet…"), self.handover, "Ctrl+P"))
        file_menu.addSeparator()
        self.joining = OfficeJoining(self, self.ctx, self.tasks, self.say, self.office_status.start)
        file_menu.addAction(self.joining.action)
        file_menu.addAction(self._action(self.tr("&Settings…"), self.open_settings, "Ctrl+,"))
        file_menu.addAction(self._action(self.tr("&Lock MediaDesk"), self.lock_now, "Ctrl+L"))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), self.close, "Ctrl+Q"))
        enquiries = self._enquiries_menu
        self.new_action = self._action(
            self.tr("&New enquiry"), self.enquiries.new_enquiry, "Ctrl+N"
        )
        self.new_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        enquiries.addAction(self.new_action)
        enquiries.addAction(
            self._action(self.tr("Find"), self.enquiries.filters.search.setFocus, "Ctrl+F")
        )
        enquiries.addSeparator()
        enquiries.addAction(
            self._action(self.tr("&Directory of journalists…"), self.open_directory, "Ctrl+D")
        )
        enquiries.addAction(self._action(self.tr("&Report…"), self.open_report, "Ctrl+R"))
        enquiries.addAction(self._action(self.tr("Re&tention review…"), self.open_retention))
        enquiries.addAction(self._action(self.tr("Needs &attention…"), self.open_attention))
        enquiries.addAction(self._action(self.tr("Check the audit lo&g"), self.check_audit))
        self.workflow = workflow.install(enquiries, self.enquiries.editor, self)
        posts = self._posts_menu
        posts.addAction(self._action(self.tr("&Accounts…"), self.open_accounts))
        posts.addAction(self._action(self.tr("&Publish the outbox now"), self.publish_outbox))
        from mediadesk.ui import guide

        guide.install(self, self._help_menu, self.tabs)
        self._help_menu.addAction(self._action(self.tr("&About MediaDesk"), self.about))

    def warn(self, text: str) -> None:
        """A job's expected failure, which the user must see (and may act on)."""
        from PySide6.QtWidgets import QMessageBox

        self.say(text)
        box = QMessageBox(QMessageBox.Icon.Warning, "MediaDesk", text, parent=self)
        box.open()

    def _changed(self, areas: frozenset[Area]) -> None:
        """A job changed data: the views that show it reload (one place decides which)."""
        if Area.ENQUIRIES in areas or Area.DIRECTORY in areas:
            self.enquiries.filters.reload_choices()
            self.enquiries.refresh()
        if self.posts is not None:
            if Area.ACCOUNTS in areas:
                self.posts.composer.refresh_review()
            if Area.POSTS in areas:
                self.posts.show_stored()  # the office's changes, or the outbox's
        if Area.MONITORING in areas and self.monitoring is not None:
            self.monitoring.rebuild()  # the office's columns changed

    def _reminded(self, reminder: Reminder) -> None:
        e = reminder.enquiry
        when = "now due" if reminder.kind == "due" else "due soon"
        line = self.tr("{ref} is {when}: {subject}").format(ref=e.ref, when=when, subject=e.subject)
        self.say(line)
        if self.reminders_bar is None:
            from mediadesk.ui.widgets.reminders import RemindersBar

            self.reminders_bar = RemindersBar(self)
            self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.reminders_bar)
        self.reminders_bar.add(line)
        QApplication.alert(self)  # flashes the taskbar button until the window is active
        self.enquiries.model.tick()

    def _build_posts(self) -> None:
        """Build the Visit posts tab (once); at start-up, Monitoring follows a turn later."""
        from mediadesk.ui.posts.tab import VisitPostsTab

        if self._closing or self.posts is not None:
            return
        if self._wait_for_unlock(self._build_posts):
            return
        self.posts = VisitPostsTab(self.ctx, self.tasks)
        posts_layout = self.posts_page.layout()
        assert posts_layout is not None
        posts_layout.addWidget(self.posts)
        self.posts.message.connect(self.say)
        # A turn of the event loop between the two, so a key pressed meanwhile is not held up
        # by both builds at once.
        QTimer.singleShot(0, self._build_monitoring)

    def _build_monitoring(self) -> None:
        from mediadesk.ui.monitoring.tab import MonitoringTab

        if self._closing or self.monitoring is not None:
            return
        if self._wait_for_unlock(self._build_monitoring):
            return
        self.monitoring = MonitoringTab(self.ctx, self.tasks)
        layout = self.monitoring_page.layout()
        assert layout is not None
        layout.addWidget(self.monitoring)
        self.monitoring.message.connect(self.say)
        self.monitoring.alert.connect(self._monitoring_alert)
        self.monitoring.log_enquiry.connect(self.log_item_as_enquiry)
        self.monitoring.draft_response.connect(self.draft_response)
        self.monitoring_ready.emit()

    def _monitoring_alert(self, items: list[StoredItem]) -> None:
        from PySide6.QtWidgets import QSystemTrayIcon

        first = items[0].item
        more = f" (+{len(items) - 1} more)" if len(items) > 1 else ""
        title = self.tr("Monitoring alert: {source}").format(source=first.source)
        if self.notifier.tray.isVisible():
            self.notifier.tray.showMessage(
                title, first.title + more, QSystemTrayIcon.MessageIcon.Information, 15_000
            )
        self.say(f"{title}: {first.title}{more}")

    def log_item_as_enquiry(self, stored: StoredItem) -> None:
        """Open the quick-log form pre-filled from a monitored item."""
        from mediadesk.domain.enquiry import Channel
        from mediadesk.ui.enquiries.quicklog import QuickLogDialog

        item = stored.item
        contact = self.ctx.desk.directory.match(item.author, item.handle)
        dialog = QuickLogDialog(self.ctx.desk, self)
        dialog.prefill(
            received=item.published,
            channel=Channel.SOCIAL if item.handle else Channel.EMAIL,
            journalist=contact.name if contact else item.author,
            outlet=contact.outlet_name if contact and contact.outlet_name else item.source,
            subject=item.title[:200],
            questions=f"{item.title}\n\n{item.summary}\n\n{item.url}".strip(),
        )
        dialog.logged.connect(self.enquiries._logged)
        dialog.logged.connect(lambda _e: self.tabs.setCurrentWidget(self.enquiries))
        dialog.open()

    def draft_response(self, stored: StoredItem) -> None:
        """A new visit-post draft quoting a monitored item, on the visit in hand."""
        self._build_posts()
        assert self.posts is not None
        self.posts.draft_quoting(stored.item)
        self.tabs.setCurrentWidget(self.posts_page)

    # -- menu actions ----------------------------------------------------------------------
    def publish_outbox(self) -> None:
        self._build_posts()
        if self.posts is not None:
            self.posts.run_outbox()

    def bring_to_front(self) -> None:
        """Show and raise the window (a second start asked for it)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.enquiries.shutdown()
        self._closing = True
        if self.monitoring is not None:
            self.monitoring.shutdown()
        if self.posts is not None:
            self.posts.shutdown()
        self.tasks.shutdown()
        control = getattr(self, "lock_control", None)
        if control is not None:
            control.shutdown()
        if self._complete:
            self.notifier.stop()
            self.office_status.stop()
        super().closeEvent(event)
