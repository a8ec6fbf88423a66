"""One MediaDesk per profile: a second start brings the first window to the front.

The profile is claimed with a lock file (QtCore alone, so the usual start, with no other
instance running, loads no networking); the first instance listens on a local socket only
once its window is complete, and a second start that finds the profile locked asks it there.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from mediadesk.paths import ProfilePaths

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

RAISE = b"raise\n"
LOCK_NAME = "mediadesk.lock"


def server_name(paths: ProfilePaths) -> str:
    """A per-user, per-profile name for the local socket."""
    import hashlib

    user = (
        os.environ.get("USERNAME")
        or os.environ.get("USER")
        or str(os.getuid() if hasattr(os, "getuid") else "user")
    )
    digest = hashlib.sha256(f"{user}|{paths.root}".encode()).hexdigest()[:16]
    return f"mediadesk-{digest}"


def claim_profile(paths: ProfilePaths) -> QLockFile | None:
    """Lock the profile for this process; None if a running MediaDesk holds it.

    The lock is kept for as long as the returned object lives. A lock left by a process that
    has died is taken over (QLockFile checks the process id and name it recorded). Where no
    lock can be written at all (a read-only folder), the start goes on: opening the profile
    then says what is wrong.
    """
    try:
        paths.root.mkdir(parents=True, exist_ok=True)
    except OSError:
        return QLockFile(str(paths.root / LOCK_NAME))
    lock = QLockFile(str(paths.root / LOCK_NAME))
    lock.setStaleLockTime(0)  # never stale by age: MediaDesk holds it for hours
    if lock.tryLock(0) or lock.error() != QLockFile.LockError.LockFailedError:
        return lock
    return None


def allow_foreground() -> None:
    """Let the running MediaDesk take the foreground when asked (Windows only).

    Windows refuses SetForegroundWindow from a background process, so without this the first
    window only flashes in the taskbar; the process the user just started may grant it.
    """
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        asfw_any = -1
        getattr(ctypes, "windll").user32.AllowSetForegroundWindow(asfw_any)  # noqa: B009


def ask_running_instance(paths: ProfilePaths, wait_ms: int = 3000) -> bool:
    """Ask the MediaDesk that has this profile open to come forward; True if it answered.

    It may still be starting (its socket opens once its window is complete), so connecting
    is retried for a few seconds.
    """
    from PySide6.QtNetwork import QLocalSocket

    allow_foreground()
    deadline = time.monotonic() + wait_ms / 1000
    while True:
        socket = QLocalSocket()
        socket.connectToServer(server_name(paths))
        if socket.waitForConnected(200):
            socket.write(RAISE)
            socket.flush()
            socket.waitForBytesWritten(1000)
            socket.disconnectFromServer()
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)


class InstanceServer(QObject):
    """Listens for later starts on the same profile."""

    raise_requested = Signal()

    def __init__(self, paths: ProfilePaths, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(paths)
        if not self._server.listen(name):
            QLocalServer.removeServer(name)  # left over from a crash
            self._server.listen(name)
        self._server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE.strip()):
            self.raise_requested.emit()
