"""The office link in the status bar, in words, and the sync that runs behind it."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QLabel, QWidget

from mediadesk.domain.clock import age
from mediadesk.services.desk import Area, Desk
from mediadesk.services.office_sync import SyncReport, SyncState
from mediadesk.ui import i18n
from mediadesk.ui.tasks import TaskRunner
from mediadesk.ui.widgets.labels import plain_label

SYNC_EVERY_MS = 30_000
WATCH_MS = 1_000  # a change saved here is on its way to the office within a second
SIGN_IN = ("password", "Sign-in needed", "sign in")  # words of the sync error


class OfficeStatus(QObject):
    """Syncs a joined profile when another laptop pushes (or each half-minute), says how it
    stands, and pushes what is saved here within seconds."""

    heard = Signal()  # from the listening thread: another laptop pushed

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.desk, self.tasks = desk, tasks
        self.label: QLabel = plain_label()
        self.label.setAccessibleName(self.tr("Office sync"))
        self.problem: str | None = None  # the last round's failure, in words
        self._running = self._again = False
        self._sync_timer = QTimer(self, interval=SYNC_EVERY_MS)
        self._sync_timer.timeout.connect(self.sync_now)
        self._tell_timer = QTimer(self, interval=WATCH_MS)
        self._tell_timer.timeout.connect(self._watch)
        self._stop = threading.Event()
        self._listening: threading.Thread | None = None
        self.heard.connect(self.sync_now)
        self.start()

    def start(self) -> None:
        """Begin watching and listening, once the profile has joined an office (at start-up,
        or straight after joining)."""
        state = self.desk.office_sync().state()
        self.label.setVisible(state.joined)
        if not state.joined:
            return
        listener = None if self._listening else self.desk.office_sync().listener()
        if listener is not None:
            self._stop = threading.Event()
            self._listening = threading.Thread(
                target=listener.run,
                args=(self._stop, self.heard.emit),
                name="office-listener",
                daemon=True,
            )
            self._listening.start()
        self._sync_timer.start()
        self._tell_timer.start()
        self.tell()
        QTimer.singleShot(0, self.sync_now)

    def text(self, state: SyncState) -> str:
        """ "Online · synced 12 s ago", "Offline · 14 changes waiting", "Sign-in needed"…"""
        if not state.joined:
            return ""
        if self.problem is not None and any(word in self.problem for word in SIGN_IN):
            words = self.tr("Sign-in needed")
        elif self.problem is not None:
            n = state.waiting
            words = self.tr("Offline · %n change(s) waiting", "", n)
        elif state.synced is None:
            words = self.tr("Online · not synced yet")
        else:
            when = i18n.message(age(state.synced, self.desk.clock(), seconds=True))
            words = self.tr("Online · synced {ago} ago").format(ago=when)
        if state.conflicts:
            n = state.conflicts
            words += self.tr(" · %n need(s) attention", "", n)
        return words

    def tell(self) -> SyncState | None:
        if self.tasks.paused:  # locked: nothing is read
            return None
        state = self.desk.office_sync().state()
        self.label.setText(self.text(state))
        self.label.setToolTip(self.problem or state.office)
        return state

    def _watch(self) -> None:
        """Say how it stands; push what was saved here (while offline, the slow timer retries)."""
        state = self.tell()
        if state is not None and state.waiting and self.problem is None:
            self.sync_now()

    def sync_now(self) -> None:
        """One round in the background (never two at once)."""
        if self.tasks.paused:
            return
        if self._running:  # what was saved meanwhile goes in one more round straight after
            self._again = True
            return
        self._running, self._again = True, False

        def done(report: SyncReport) -> None:
            self._running, self.problem = False, None
            self.tell()
            if self._again:
                self.sync_now()
            if report.pulled:
                self.tasks.announce(Area.ENQUIRIES)
            if report.columns:
                self.tasks.announce(Area.MONITORING)
            if report.posts:
                self.tasks.announce(Area.POSTS)

        def failed(message: str) -> None:
            self._running, self.problem = False, message
            self.tell()

        self.tasks.run(
            lambda desk: desk.office_sync().sync(),
            done,
            on_problem=failed,
            background=True,
        )

    def follow(self, locked: SignalInstance, unlocked: SignalInstance) -> None:
        """While MediaDesk is locked the link holds no password: it stops, and starts again
        (reading the keyring afresh) once unlocked."""
        locked.connect(lambda _why: self.stop())
        unlocked.connect(self.start)

    def stop(self) -> None:
        self._stop.set()
        if self._listening is not None:
            self._listening.join(timeout=3)
            self._listening = None  # and the password its connection held with it
        self._sync_timer.stop()
        self._tell_timer.stop()
