"""Auto-lock: MediaDesk hides its data, closes its database and drops its key until unlocked.

It locks after the idle time (setting `security.lock_after_minutes`, lockable by policy), when
the screen is locked and when the computer goes to sleep. Unlocking needs proof of identity
from the operating system (Windows Hello or the Windows password; the login password through
PAM on Linux), or the profile's passphrase for a passphrase profile; then the key is read from
the keyring again. Timers stop and background jobs wait while locked, and resume after.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from mediadesk.context import AppContext
from mediadesk.errors import KnownError
from mediadesk.osauth import Verifier, current_user
from mediadesk.ui import i18n
from mediadesk.ui.i18n import Words
from mediadesk.ui.session_events import IdleWatcher, SessionWatcher
from mediadesk.ui.tasks import TaskRunner
from mediadesk.ui.widgets.labels import plain_label

log = logging.getLogger("mediadesk.lock")
PRIVATE_CLIPBOARDS = ("offscreen", "minimal")


def _minutes(n: int) -> str:
    return Words.tr("%n minute(s)", "", n)


class LockScreen(QWidget):
    """What the window shows while locked: why, and a password field to prove who you are."""

    unlock_requested = Signal(str)  # the password typed ('' for Windows Hello)

    def __init__(self, reason: str, prompt: str, hello: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("MediaDesk is locked"))
        title = QLabel(self.tr("MediaDesk is locked"))
        title.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.reason = plain_label(reason)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(prompt)
        self.password.setAccessibleName(prompt)
        self.password.returnPressed.connect(self._submit)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.clicked.connect(self._submit)
        self.hello_button = QPushButton(self.tr("Unlock with &Windows Hello"))
        self.hello_button.setVisible(hello)
        self.hello_button.clicked.connect(lambda: self.unlock_requested.emit(""))
        self.error = plain_label()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        label = QLabel(prompt + ":")
        label.setBuddy(self.password)
        column = QVBoxLayout()
        for widget in (title, self.reason, self.hello_button, label, self.password):
            column.addWidget(widget)
        column.addWidget(self.unlock_button)
        column.addWidget(self.error)
        holder = QWidget()
        holder.setMaximumWidth(460)
        holder.setLayout(column)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(holder, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.setFocusProxy(self.password)

    def _submit(self) -> None:
        self.unlock_requested.emit(self.password.text())

    def refused(self, message: str) -> None:
        self.password.clear()
        self.error.setText(message)
        self.password.setFocus()


class LockController(QObject):
    """Locks and unlocks one main window and everything behind it."""

    locked = Signal(str)  # why
    unlocked = Signal()
    _checked = Signal(str)  # from the checking thread: '' for proved, else why not

    def __init__(
        self,
        window: QMainWindow,
        ctx: AppContext,
        verifier: Verifier | None,
        hello: Callable[[str], bool | None] | None = None,
    ) -> None:
        super().__init__(window)
        self.window, self.ctx, self.verifier, self.hello = window, ctx, verifier, hello
        self.screen: LockScreen | None = None
        self._checking = False
        self._checked.connect(self._after_check)
        self._content: QWidget | None = None
        self._timers: list[QTimer] = []
        self._hidden: list[QWidget] = []
        self._bars: list[QToolBar] = []
        self.idle = IdleWatcher(self._idle_limit_s, self)
        self.idle.idle.connect(
            lambda: self.lock(
                self.tr("Locked after {n} without use.").format(
                    n=_minutes(round(self._idle_limit_s() / 60))
                )
            )
        )
        self.session = SessionWatcher(self)
        self.session.screen_locked.connect(
            lambda: self.lock(self.tr("Locked because the screen was locked."))
        )
        self.session.suspending.connect(
            lambda: self.lock(self.tr("Locked because the computer went to sleep."))
        )
        self.session.register_window(int(window.winId()))

    def shutdown(self) -> None:
        """The window is closing: stop watching for idleness (the profile is closing too)."""
        self.idle.pause()

    def _idle_limit_s(self) -> float:
        if self.is_locked:  # already locked (and the settings cannot be read until unlocked)
            return 0.0
        return float(self.ctx.settings.number("security.lock_after_minutes")) * 60

    @property
    def is_locked(self) -> bool:
        return self.screen is not None

    def _runners(self) -> list[TaskRunner]:
        return self.window.findChildren(TaskRunner)

    def lock(self, reason: str) -> None:
        """Hide every window's data, stop the work behind it, close the database, drop the key."""
        if self.is_locked:
            return
        log.info("locking")
        own = set(self.findChildren(QTimer))
        self._timers = [
            t for t in self.window.findChildren(QTimer) if t.isActive() and t not in own
        ]
        for timer in self._timers:
            timer.stop()
        for runner in self._runners():
            runner.pause()
        clipboard = QGuiApplication.clipboard()
        # What MediaDesk put there (a link, a post, a copied line); the offscreen and minimal
        # platforms have no system clipboard, so whatever they hold came from MediaDesk.
        if clipboard.ownsClipboard() or QGuiApplication.platformName() in PRIVATE_CLIPBOARDS:
            clipboard.clear()
        self._hidden = [
            w for w in QApplication.topLevelWidgets() if w is not self.window and w.isVisible()
        ]
        for widget in self._hidden:
            widget.hide()
        self._content = self.window.takeCentralWidget()
        if self._content is not None:  # kept as a hidden child, so it still dies with the window
            self._content.setParent(self.window)
            self._content.hide()
        passphrase = self.ctx.database.manifest.key_store.value == "passphrase"
        prompt = (
            self.tr("The profile's passphrase")
            if passphrase
            else self.tr("Your password for {user} on this computer").format(user=current_user())
        )
        self.screen = LockScreen(reason, prompt, self.hello is not None and not passphrase)
        self.screen.unlock_requested.connect(self.try_unlock)
        self.window.setCentralWidget(self.screen)
        self.window.menuBar().setVisible(False)
        self.window.statusBar().setVisible(False)
        self._bars = [b for b in self.window.findChildren(QToolBar) if b.isVisible()]
        for bar in self._bars:  # a reminder names an enquiry
            bar.hide()
        self.ctx.suspend()
        self.ctx.database.forget_key()
        self.idle.pause()
        self.screen.setFocus()
        self.locked.emit(reason)

    def try_unlock(self, password: str) -> None:
        """Unlock if the user proved who they are; a click alone never unlocks.

        The check runs off the UI thread: PAM waits two seconds after a wrong password, and a
        passphrase goes through SQLCipher's key derivation.
        """
        screen = self.screen
        if screen is None or self._checking:
            return
        self._checking = True
        screen.setEnabled(False)
        threading.Thread(target=self._check, args=(password,), daemon=True).start()

    def _check(self, password: str) -> None:
        """In a worker thread: prove the user, read the key again, and test it on the file."""
        database = self.ctx.database
        try:
            if database.manifest.key_store.value == "passphrase":
                key = database.reread_key(None, password or None)
            elif self._proved(password):
                key = database.reread_key(self.ctx.secrets)
            else:
                self._checked.emit(self.tr("That did not prove who you are. Try again."))
                return
            database.remember_key(key)
        except KnownError as exc:
            message = i18n.message(exc.message)
            if "different key" in message or "passphrase" in message:
                message = self.tr("That passphrase is not right. Try again.")
            self._checked.emit(message)
            return
        self._checked.emit("")

    def _after_check(self, problem: str) -> None:
        self._checking = False
        screen = self.screen
        if screen is None:
            return
        screen.setEnabled(True)
        if problem:
            screen.refused(problem)
            return
        self._restore()

    def _proved(self, password: str) -> bool:
        if not password and self.hello is not None:
            return bool(self.hello(self.tr("Unlock MediaDesk")))
        if not password or self.verifier is None:
            if self.verifier is None:
                log.warning("no way to check the user's identity on %s", sys.platform)
            return False
        return bool(self.verifier(password))

    def _restore(self) -> None:
        log.info("unlocked")
        self.ctx.resume()
        content, self._content = self._content, None
        if content is not None:
            self.window.setCentralWidget(content)  # the lock screen is deleted with this
            content.show()
        self.screen = None
        self.window.menuBar().setVisible(True)
        self.window.statusBar().setVisible(True)
        for bar in self._bars:
            bar.show()
        self._bars = []
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        for timer in self._timers:
            timer.start()
        self._timers = []
        for runner in self._runners():
            runner.resume()
        self.idle.resume()
        self.unlocked.emit()
