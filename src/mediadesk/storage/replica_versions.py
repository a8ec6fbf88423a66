"""Which version of each shared field this replica holds: one JSON row per record."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from mediadesk.storage.db import Connection

_FIELD = re.compile(r"[a-z_*]{1,64}")


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
