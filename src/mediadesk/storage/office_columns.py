"""The office's monitoring columns on this laptop, each known by the key the office gave it.

A column with an office key came from the office's column set (a clearer published it); one
without is the officer's own. These write inside the caller's transaction (a sync round's).
"""

from __future__ import annotations

import json
from typing import Any

from mediadesk.domain.monitoring import Column
from mediadesk.storage.db import Connection, inserted_id
from mediadesk.storage.monitoring import column_values

ENTITY = "column_set"
FIELD = "layout"


def keys(conn: Connection) -> dict[str, int]:
    """The office key of each column that came from the office -> its local id."""
    return {
        str(r[0]): int(r[1])
        for r in conn.execute(
            "SELECT office_key, id FROM monitor_columns WHERE office_key IS NOT NULL"
        )
    }


def mark(conn: Connection, column_id: int, key: str) -> None:
    """Say that a column is the office's column `key`."""
    conn.execute("UPDATE monitor_columns SET office_key = ? WHERE id = ?", (key, column_id))


def add(conn: Connection, column: Column, key: str) -> int:
    """An office column, on the right of the others."""
    position = conn.execute("SELECT coalesce(max(position), -1) + 1 FROM monitor_columns")
    cur = conn.execute(
        "INSERT INTO monitor_columns(kind, title, query, filters, interval_s, width, muted,"
        " position, office_key) VALUES (?,?,?,?,?,?,?,?,?)",
        (*column_values(column), position.fetchone()[0], key),
    )
    return inserted_id(cur)


def change(conn: Connection, column_id: int, column: Column) -> bool:
    """What an office column watches, as the office now says (this laptop's width and mute
    stay); True when its query changed, so its poll history no longer applies."""
    before = conn.execute(
        "SELECT kind, query FROM monitor_columns WHERE id = ?", (column_id,)
    ).fetchone()
    conn.execute(
        "UPDATE monitor_columns SET kind = ?, title = ?, query = ?, filters = ?, interval_s = ?"
        " WHERE id = ?",
        (*column_values(column)[:5], column_id),
    )
    moved = before is None or (before[0], json.loads(before[1])) != (
        column.kind.value,
        column.query,
    )
    if moved:
        conn.execute(
            "UPDATE monitor_columns SET etag = NULL, last_modified = NULL, next_poll = NULL,"
            " failures = 0, last_error = '' WHERE id = ?",
            (column_id,),
        )
    return moved


def remove(conn: Connection, column_id: int) -> None:
    """An office column the office's set no longer has."""
    conn.execute("DELETE FROM monitor_columns WHERE id = ?", (column_id,))


def publish(conn: Connection, record_id: str, layout: dict[str, Any]) -> None:
    """Queue the office's new column set for the next push."""
    conn.execute(
        "INSERT INTO sync_pending(entity, uid, field, value) VALUES (?, ?, ?, ?)",
        (ENTITY, record_id, FIELD, json.dumps(layout)),
    )


def publishing(conn: Connection, record_id: str) -> bool:
    """Whether a column set published here still waits to be pushed (it wins here till then)."""
    return (
        conn.execute(
            "SELECT 1 FROM sync_pending WHERE entity = ? AND uid = ?", (ENTITY, record_id)
        ).fetchone()
        is not None
    )
