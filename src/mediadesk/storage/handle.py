"""The UI thread's connection behind a handle that is closed while MediaDesk is locked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mediadesk.errors import ProfileLocked
from mediadesk.storage.db import Connection

LOCKED = "MediaDesk is locked: unlock it to go on."


class ConnectionHandle:
    """Stands for one connection; `suspend` closes it, `resume` opens a new one in its place.

    Widgets keep the handle, not the connection, so after an unlock they read through the new
    connection without being rebuilt.
    """

    def __init__(self, open_connection: Callable[[], Connection]) -> None:
        self._open = open_connection
        self._conn: Connection | None = open_connection()

    def __getattr__(self, name: str) -> Any:
        conn = self.__dict__.get("_conn")
        if conn is None:
            raise ProfileLocked(LOCKED)
        return getattr(conn, name)

    @property
    def suspended(self) -> bool:
        return self._conn is None

    def suspend(self) -> None:
        """Close the connection (a transaction in progress is rolled back)."""
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()

    def resume(self) -> None:
        if self._conn is None:
            self._conn = self._open()

    def close(self) -> None:
        self.suspend()
