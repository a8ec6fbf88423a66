"""Autosaved form drafts: what a form held, kept so that a crash loses nothing."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from mediadesk.storage.db import Connection, transaction
from mediadesk.storage.enquiries import to_ts


def save(conn: Connection, name: str, body: dict[str, Any], now: datetime) -> None:
    with transaction(conn):
        conn.execute(
            "INSERT INTO drafts(name, body, updated) VALUES (?,?,?) ON CONFLICT(name) DO "
            "UPDATE SET body = excluded.body, updated = excluded.updated",
            (name, json.dumps(body), to_ts(now)),
        )


def load(conn: Connection, name: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT body FROM drafts WHERE name = ?", (name,)).fetchone()
    return None if row is None else dict(json.loads(row[0]))


def names(conn: Connection, prefix: str) -> list[str]:
    """The drafts whose names start with `prefix`, in name order."""
    rows = conn.execute(
        "SELECT name FROM drafts WHERE substr(name, 1, ?) = ? ORDER BY name",
        (len(prefix), prefix),
    ).fetchall()
    return [str(name) for (name,) in rows]


def discard(conn: Connection, name: str) -> None:
    with transaction(conn):
        conn.execute("DELETE FROM drafts WHERE name = ?", (name,))
