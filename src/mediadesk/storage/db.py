"""Open a SQLCipher 4 database with a raw key or a passphrase, and map its errors."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol, cast, overload

import sqlcipher3

from mediadesk.errors import KnownError, ProfileError
from mediadesk.words import QT_TRANSLATE_NOOP, Said


class Cursor(Protocol):
    """What MediaDesk reads from a query (values are as SQLite stores them)."""

    @property
    def rowcount(self) -> int: ...

    @property
    def lastrowid(self) -> int | None: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """A database connection as MediaDesk uses it (sqlcipher3 ships without type information,
    so this is the boundary mypy checks every database call against)."""

    @property
    def in_transaction(self) -> bool: ...

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> Cursor: ...

    def executescript(self, script: str, /) -> Cursor: ...

    def close(self) -> None: ...


def inserted_id(cursor: Cursor) -> int:
    """The rowid an INSERT just made (DB-API allows None only before any insert)."""
    if cursor.lastrowid is None:
        raise RuntimeError("no row was inserted")
    return cursor.lastrowid


@overload
def to_ts(value: datetime) -> int: ...
@overload
def to_ts(value: datetime | None) -> int | None: ...
def to_ts(value: datetime | None) -> int | None:
    """Seconds since the epoch, as every timestamp is stored."""
    return None if value is None else int(value.timestamp())


@overload
def from_ts(value: int) -> datetime: ...
@overload
def from_ts(value: int | None) -> datetime | None: ...
def from_ts(value: int | None) -> datetime | None:
    """A stored timestamp as an aware UTC datetime."""
    return None if value is None else datetime.fromtimestamp(value, UTC)


DatabaseError = sqlcipher3.DatabaseError
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class DatabaseKey:
    """Either 32 raw bytes (kept in the keyring) or a passphrase (SQLCipher's KDF)."""

    raw: bytes | None = None
    passphrase: str | None = None

    def pragma(self) -> str:
        """The PRAGMA key statement for this key."""
        if self.raw is not None:
            return f"PRAGMA key = \"x'{self.raw.hex()}'\""
        if self.passphrase is None:
            raise ValueError("a database key needs raw bytes or a passphrase")
        quoted = self.passphrase.replace("'", "''")
        return f"PRAGMA key = '{quoted}'"


def _describe_unreadable(path: Path) -> str:
    """Say the likeliest reason a file would not decrypt."""
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
        size = path.stat().st_size
    except OSError:
        return "it could not be read"
    if head == SQLITE_HEADER:
        return "it is an unencrypted SQLite file, not a MediaDesk profile"
    if size < 1024 or size % 1024:
        return "it is damaged or truncated, or not a MediaDesk database"
    return "the key does not fit it: it is either locked with a different key, or damaged"


def connect(
    path: Path, key: DatabaseKey, *, create: bool = False, same_thread: bool = True
) -> Connection:
    """Open (or with create=True, create) the database; raise ProfileError if it won't open."""
    if not create and not path.exists():
        raise ProfileError(
            Said(
                QT_TRANSLATE_NOOP("Messages", "The profile database {path} does not exist."),
                path=path,
            )
        )
    if not create and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise ProfileError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The profile database {path} (or its folder) is read-only, so nothing you log "
                    "could be saved. Move the profile to a folder you can write to, or ask IT to "
                    "fix its permissions. The file was not changed.",
                ),
                path=path,
            )
        )
    readonly = False
    try:
        # A plain path, not a file: URI: a profile reached through a mapped drive can resolve
        # to \\server\share, whose file://server/... URI this SQLCipher build rejects.
        # (Whether the file exists was checked above.)
        conn = sqlcipher3.connect(str(path), check_same_thread=same_thread, isolation_level=None)
    except sqlcipher3.OperationalError:
        try:
            conn = sqlcipher3.connect(path.as_uri() + "?mode=ro", uri=True, isolation_level=None)
            readonly = True
        except sqlcipher3.OperationalError as exc:
            raise ProfileError(
                Said(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The profile database {path} could not be opened: the folder or file is "
                        "not accessible. Check that the drive is connected and you have "
                        "permission.",
                    ),
                    path=path,
                ),
                detail=str(exc),
            ) from exc
    try:
        conn.execute(key.pragma())
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise ProfileError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "MediaDesk could not open {path}: {path2}. The file has been left exactly as "
                    "it is. Restore a backup from the backups folder, or ask IT for help.",
                ),
                path=path,
                path2=_describe_unreadable(path),
            ),
            detail=str(exc),
        ) from exc
    if readonly:
        conn.close()
        raise ProfileError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The profile database {path} is read-only, so nothing you log could be saved. "
                    "Move the profile to a folder you can write to, or ask IT to fix its "
                    "permissions.",
                ),
                path=path,
            )
        )
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 10000")
    try:
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
    except sqlcipher3.OperationalError as exc:
        conn.close()
        raise map_write_error(exc, path) from exc
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA cache_size = -65536")
    return cast(Connection, conn)


def map_write_error(exc: BaseException, path: Path | None = None) -> KnownError:
    """Turn a failed write into a sentence the user can act on."""
    text = str(exc).lower()
    where = f" ({path})" if path else ""
    if "full" in text or getattr(exc, "errno", None) == errno.ENOSPC:
        return KnownError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The disk is full{where}, so your last change was not saved. It is still on "
                    "screen: free some space, then save again.",
                ),
                where=where,
            ),
            detail=str(exc),
        )
    if "readonly" in text or "read-only" in text:
        return KnownError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The profile{where} is read-only, so your last change was not saved. It is "
                    "still on screen: ask IT to fix the folder's permissions.",
                ),
                where=where,
            ),
            detail=str(exc),
        )
    if "locked" in text or "busy" in text:
        return KnownError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The profile is busy in another window; your change was not saved. Try again.",
            ),
            detail=str(exc),
        )
    return KnownError(
        Said(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Your last change could not be saved{where}: {exc}. It is still on screen.",
            ),
            where=where,
            exc=exc,
        ),
        detail=str(exc),
    )


def set_read_only(conn: Connection) -> None:
    """From now on this connection refuses every write (a damaged database)."""
    conn.execute("PRAGMA query_only = ON")


def cipher_check(conn: Connection) -> tuple[str, list[str]]:
    """The SQLCipher version and every page whose HMAC fails (none when intact)."""
    version = str(conn.execute("PRAGMA cipher_version").fetchone()[0])
    return version, [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]


@contextmanager
def transaction(conn: Connection) -> Iterator[None]:
    """One write transaction; rolls back on any error and explains failed writes."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlcipher3.OperationalError as exc:
        raise map_write_error(exc) from exc
    try:
        yield
        conn.execute("COMMIT")
    except sqlcipher3.OperationalError as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise map_write_error(exc) from exc
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
