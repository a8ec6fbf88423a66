"""When to lock: the user is idle, the screen was locked, or the computer is going to sleep."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    SLOT,
    QAbstractNativeEventFilter,
    QByteArray,
    QEvent,
    QObject,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QApplication

CHECK_MS = 15_000
_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
# Screen savers and lock screens that announce themselves on the session bus.
_SCREEN_SAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
)
_WM_WTSSESSION_CHANGE = 0x02B1
_WTS_SESSION_LOCK = 0x7
_WM_POWERBROADCAST = 0x0218
_PBT_APMSUSPEND = 0x4


class IdleWatcher(QObject):
    """Emits `idle` once no key, click or mouse movement has reached MediaDesk for a while."""

    idle = Signal()

    def __init__(self, limit_s: Callable[[], float], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit_s = limit_s  # read at each check: a changed setting applies at once
        self.last_input = time.monotonic()
        self._timer = QTimer(self, interval=CHECK_MS)
        self._timer.timeout.connect(self.check)
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self.last_input = time.monotonic()
        return False

    def check(self) -> None:
        limit = self.limit_s()
        if limit > 0 and time.monotonic() - self.last_input >= limit:
            self.last_input = time.monotonic()  # once per idle spell
            self.idle.emit()

    def pause(self) -> None:
        self._timer.stop()

    def resume(self) -> None:
        self.last_input = time.monotonic()
        self._timer.start()


class _WindowsSessionFilter(QAbstractNativeEventFilter):  # pragma: no cover - Windows only
    """WM_WTSSESSION_CHANGE (lock) and WM_POWERBROADCAST (suspend) for the main window."""

    def __init__(self, notify: SessionWatcher) -> None:
        super().__init__()
        self._notify = notify

    def nativeEventFilter(
        self, kind: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> tuple[bool, int]:
        import ctypes.wintypes

        if bytes(kind.data() if isinstance(kind, QByteArray) else kind) != b"windows_generic_MSG":
            return False, 0
        msg = ctypes.wintypes.MSG.from_address(int(message))
        if msg.message == _WM_WTSSESSION_CHANGE and msg.wParam == _WTS_SESSION_LOCK:
            self._notify.screen_locked.emit()
        elif msg.message == _WM_POWERBROADCAST and msg.wParam == _PBT_APMSUSPEND:
            self._notify.suspending.emit()
        return False, 0


class SessionWatcher(QObject):
    """Signals the desktop's lock screen and suspend: D-Bus on Linux, window messages on Windows."""

    screen_locked = Signal()
    suspending = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter: QAbstractNativeEventFilter | None = None
        if sys.platform == "win32":  # pragma: no cover - Windows only
            self._filter = _WindowsSessionFilter(self)
            QApplication.instance().installNativeEventFilter(self._filter)  # type: ignore[union-attr]
        elif sys.platform.startswith("linux"):
            self._listen_dbus()

    def register_window(self, win_id: int) -> None:
        """Windows only sends session changes to windows that ask for them."""
        if sys.platform == "win32":  # pragma: no cover - Windows only
            import ctypes

            notify_for_this_session = 0
            wts: object = getattr(ctypes, "WinDLL")("wtsapi32")  # noqa: B009
            wts.WTSRegisterSessionNotification(win_id, notify_for_this_session)  # type: ignore[attr-defined]

    def _listen_dbus(self) -> None:
        from PySide6.QtDBus import QDBusConnection  # Linux only: not loaded elsewhere

        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for interface, path in _SCREEN_SAVERS:
                self._subscribe(
                    session, "", path, interface, "ActiveChanged", "screenSaverActive(bool)"
                )
        system = QDBusConnection.systemBus()
        if system.isConnected():  # logind: suspend, and `loginctl lock-session`
            login = ("org.freedesktop.login1", "/org/freedesktop/login1")
            self._subscribe(
                system,
                *login,
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                "prepareForSleep(bool)",
            )
            self._subscribe(
                system, login[0], "", "org.freedesktop.login1.Session", "Lock", "sessionLock()"
            )

    def _subscribe(
        self, bus: Any, service: str, path: str, interface: str, name: str, slot: str
    ) -> None:
        # PySide's stubs ask for bytes here; at run time only the str SLOT() returns works.
        bus.connect(service, path, interface, name, self, SLOT(slot))

    @Slot(bool)
    def screenSaverActive(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()

    @Slot(bool)
    def prepareForSleep(self, going: bool) -> None:
        if going:
            self.suspending.emit()

    @Slot()
    def sessionLock(self) -> None:
        self.screen_locked.emit()
