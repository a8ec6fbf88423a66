"""The settings table: one JSON value per key (the rules about keys live in config/)."""

from __future__ import annotations

from mediadesk.storage.db import Connection


def value(conn: Connection, key: str) -> str | None:
    """The stored text under `key`, or None when nothing is stored."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def put(conn: Connection, key: str, text: str) -> None:
    """Store `text` under `key`, replacing what was there."""
    conn.execute(
        "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
        "value = excluded.value",
        (key, text),
    )


def rename(conn: Connection, old: str, new: str) -> None:
    """Move `old`'s value to `new` (a value already under `new` wins), leaving no `old`."""
    conn.execute("UPDATE OR IGNORE settings SET key = ? WHERE key = ?", (new, old))
    conn.execute("DELETE FROM settings WHERE key = ?", (old,))
