"""One MediaDesk per profile: a second start brings the first window to the front."""

from __future__ import annotations

import hashlib
import os

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from mediadesk.paths import ProfilePaths

RAISE = b"raise\n"


def server_name(paths: ProfilePaths) -> str:
    """A per-user, per-profile name for the local socket."""
    user = (
        os.environ.get("USERNAME")
        or os.environ.get("USER")
        or str(os.getuid() if hasattr(os, "getuid") else "user")
    )
    digest = hashlib.sha256(f"{user}|{paths.root}".encode()).hexdigest()[:16]
    return f"mediadesk-{digest}"


def ask_running_instance(paths: ProfilePaths, timeout_ms: int = 1000) -> bool:
    """If MediaDesk already has this profile open, ask it to come forward; True if it did."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(paths))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(RAISE)
    socket.flush()
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later starts on the same profile."""

    raise_requested = Signal()

    def __init__(self, paths: ProfilePaths, parent: QObject | None = None) -> None:
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
