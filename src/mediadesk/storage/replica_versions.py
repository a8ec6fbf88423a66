"""Which version of each shared field this replica holds (one JSON row per record), and
writing as the office rather than as this laptop."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from mediadesk.storage.db import Connection

_FIELD = re.compile(r"[a-z_*]{1,64}")
UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")  # a global id


def _path(field: str) -> str:
    """The JSON path of a field in a record's versions (fields are names, never quotes)."""
    if not _FIELD.fullmatch(field):
        raise ValueError(f"not a field name: {field!r}")
    return f'$."{field}"'


def version(conn: Connection, entity: str, uid: str, field: str) -> int:
    row = conn.execute(
        "SELECT json_extract(versions, ?) FROM sync_records WHERE entity = ? AND uid = ?",
        (_path(field), entity, uid),
    ).fetchone()
    return 0 if row is None or row[0] is None else int(row[0])


def set_version(conn: Connection, entity: str, uid: str, field: str, number: int) -> None:
    path = _path(field)
    conn.execute(
        "INSERT INTO sync_records VALUES (?, ?, json_object(?, ?)) ON CONFLICT DO UPDATE"
        " SET versions = json_set(versions, ?, max(coalesce(json_extract(versions, ?), 0), ?))",
        (entity, uid, field, number, path, path, number),
    )


def set_versions(conn: Connection, rows: Sequence[tuple[str, str, dict[str, int]]]) -> None:
    """Every field's version of many records new to this replica, at once."""
    conn.executemany(
        "INSERT OR REPLACE INTO sync_records VALUES (?, ?, ?)",
        [(entity, uid, json.dumps(numbers)) for entity, uid, numbers in rows],
    )


@contextmanager
def applying(conn: Connection) -> Iterator[None]:
    """Writes made meanwhile are the server's, not changes to push back."""
    conn.execute("INSERT INTO sync_applying VALUES (1)")
    try:
        yield
    finally:
        conn.execute("DELETE FROM sync_applying")
