"""Monitoring columns, their polling state, and the de-duplicated items they show."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from mediadesk.domain.monitoring import Column, FeedItem, Filters, StoredItem
from mediadesk.domain.platforms import ColumnKind
from mediadesk.storage.db import Connection, from_ts, inserted_id, to_ts, transaction
from mediadesk.storage.enquiries import fts_query

_COLUMN = (
    "SELECT id, kind, title, query, filters, interval_s, width, muted, position,"
    " office_key IS NOT NULL FROM monitor_columns"
)
_ITEM = (
    "SELECT i.id, i.key, i.source, i.url, i.title, i.summary, i.author, i.published,"
    " i.handle, i.fetched, i.read, i.starred, i.note"
)


def _column(r: Sequence[Any]) -> Column:
    return Column(
        r[0],
        ColumnKind(r[1]),
        r[2],
        dict(json.loads(r[3])),
        Filters.from_json(json.loads(r[4])),
        r[5],
        r[6],
        bool(r[7]),
        r[8],
        bool(r[9]),
    )


def _stored(r: Sequence[Any], alerted: bool = False) -> StoredItem:
    item = FeedItem(r[1], r[2], r[3], r[4], r[5], r[6], from_ts(r[7]), r[8])
    return StoredItem(r[0], item, from_ts(r[9]), bool(r[10]), bool(r[11]), alerted, r[12])


@dataclass(frozen=True)
class PollState:
    """When a column was and will be polled, and how the last attempt went."""

    etag: str | None
    last_modified: str | None
    last_attempt: datetime | None
    last_success: datetime | None
    next_poll: datetime | None
    failures: int
    last_error: str
    parser: str = "verify"


def columns(conn: Connection) -> list[Column]:
    """Every column, left to right."""
    return [_column(r) for r in conn.execute(_COLUMN + " ORDER BY position, id")]


def get_column(conn: Connection, column_id: int) -> Column | None:
    row = conn.execute(_COLUMN + " WHERE id = ?", (column_id,)).fetchone()
    return _column(row) if row else None


def add_column(conn: Connection, column: Column) -> int:
    """Append a column on the right; returns its id."""
    with transaction(conn):
        position = conn.execute(
            "SELECT coalesce(max(position), -1) + 1 FROM monitor_columns"
        ).fetchone()[0]
        cur = conn.execute(
            "INSERT INTO monitor_columns(kind, title, query, filters, interval_s, width, muted,"
            " position) VALUES (?,?,?,?,?,?,?,?)",
            (*column_values(column), position),
        )
    return inserted_id(cur)


def column_values(column: Column) -> tuple[object, ...]:
    """A column's stored fields, in the order both statements below list them."""
    return (
        column.kind.value,
        column.title,
        json.dumps(column.query),
        json.dumps(column.filters.to_json()),
        column.interval_s,
        column.width,
        int(column.muted),
    )


def update_column(conn: Connection, column: Column) -> None:
    """Save a column's title, query, filters, interval, width and mute state."""
    with transaction(conn):
        conn.execute(
            "UPDATE monitor_columns SET kind = ?, title = ?, query = ?, filters = ?,"
            " interval_s = ?, width = ?, muted = ? WHERE id = ?",
            (*column_values(column), column.id),
        )


def remove_column(conn: Connection, column_id: int) -> None:
    """Remove a column (its items stay while other columns or stars keep them)."""
    with transaction(conn):
        conn.execute("DELETE FROM monitor_columns WHERE id = ?", (column_id,))


def reorder(conn: Connection, ids: Sequence[int]) -> None:
    """Put the columns in this order."""
    with transaction(conn):
        for position, column_id in enumerate(ids):
            conn.execute(
                "UPDATE monitor_columns SET position = ? WHERE id = ?", (position, column_id)
            )


def poll_state(conn: Connection, column_id: int) -> PollState:
    r = conn.execute(
        "SELECT etag, last_modified, last_attempt, last_success, next_poll, failures,"
        " last_error, parser FROM monitor_columns WHERE id = ?",
        (column_id,),
    ).fetchone()
    if r is None:
        return PollState(None, None, None, None, None, 0, "")

    def maybe(value: int | None) -> datetime | None:
        return None if value is None else from_ts(value)

    return PollState(r[0], r[1], maybe(r[2]), maybe(r[3]), maybe(r[4]), r[5], r[6], r[7])


def save_poll_state(conn: Connection, column_id: int, state: PollState) -> None:
    def maybe(value: datetime | None) -> int | None:
        return None if value is None else to_ts(value)

    conn.execute(
        "UPDATE monitor_columns SET etag = ?, last_modified = ?, last_attempt = ?,"
        " last_success = ?, next_poll = ?, failures = ?, last_error = ?, parser = ?"
        " WHERE id = ?",
        (
            state.etag,
            state.last_modified,
            maybe(state.last_attempt),
            maybe(state.last_success),
            maybe(state.next_poll),
            state.failures,
            state.last_error,
            state.parser,
            column_id,
        ),
    )


def store_items(
    conn: Connection,
    column_id: int,
    items: Sequence[FeedItem],
    alerts: Sequence[bool],
    now: datetime,
) -> list[int]:
    """Insert new items (de-duplicated by key) and link them to the column.

    Returns the ids of items that are new to this column. Call inside a transaction.
    """
    new_here: list[int] = []
    fetched = to_ts(now)
    for item, alert in zip(items, alerts, strict=True):
        row = conn.execute("SELECT id FROM monitor_items WHERE key = ?", (item.key,)).fetchone()
        if row is None:
            cur = conn.execute(
                "INSERT INTO monitor_items(key, source, url, title, summary, author, handle,"
                " published, fetched) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    item.key,
                    item.source,
                    item.url,
                    item.title,
                    item.summary,
                    item.author,
                    item.handle,
                    to_ts(item.published),
                    fetched,
                ),
            )
            item_id = inserted_id(cur)
            conn.execute(
                "INSERT INTO monitor_items_fts(rowid, title, summary, author) VALUES (?,?,?,?)",
                (item_id, item.title, item.summary, item.author),
            )
        else:
            item_id = int(row[0])
        cur = conn.execute(
            "INSERT OR IGNORE INTO monitor_column_items(column_id, published, item_id, alerted)"
            " VALUES (?,?,?,?)",
            (column_id, to_ts(item.published), item_id, int(alert)),
        )
        if cur.rowcount:
            new_here.append(item_id)
    return new_here


def column_items(
    conn: Connection, column_id: int, limit: int = 500, text: str = ""
) -> list[StoredItem]:
    """A column's items, newest first (optionally only those matching `text`)."""
    sql = (
        _ITEM + ", ci.alerted FROM monitor_column_items ci JOIN monitor_items i"
        " ON i.id = ci.item_id WHERE ci.column_id = ?"
    )
    params: list[Any] = [column_id]
    if text.strip():
        sql += (
            " AND ci.item_id IN (SELECT rowid FROM monitor_items_fts WHERE"
            " monitor_items_fts MATCH ?)"
        )
        params.append(fts_query(text))
    sql += " ORDER BY ci.published DESC, ci.item_id DESC LIMIT ?"
    params.append(limit)
    return [_stored(r, bool(r[13])) for r in conn.execute(sql, params)]


def search_all(conn: Connection, text: str, limit: int = 200) -> list[StoredItem]:
    """'Search everything': the newest `limit` items in any column that match `text`.

    Items get their rowid when first fetched, so the index's own order is "newest first"
    and the search needs no join or sort over every match (DESIGN.md facts).
    """
    query = fts_query(text)
    if not query:
        return []
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT rowid FROM monitor_items_fts WHERE monitor_items_fts MATCH ?"
            " ORDER BY rowid DESC LIMIT ?",
            (query, limit),
        )
    ]
    found = get_items(conn, ids)
    return sorted(found, key=lambda s: s.item.published, reverse=True)


UNREAD_CAP = 1000


def unread_count(conn: Connection, column_id: int) -> int:
    """Unread items in a column, counted up to UNREAD_CAP (a badge shows '999+')."""
    return int(
        conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM monitor_column_items ci JOIN monitor_items i"
            " ON i.id = ci.item_id WHERE ci.column_id = ? AND i.read = 0 LIMIT ?)",
            (column_id, UNREAD_CAP),
        ).fetchone()[0]
    )


def set_read(conn: Connection, item_ids: Sequence[int], read: bool = True) -> None:
    with transaction(conn):
        conn.executemany(
            "UPDATE monitor_items SET read = ? WHERE id = ?", [(int(read), i) for i in item_ids]
        )


def mark_column_read(conn: Connection, column_id: int) -> None:
    with transaction(conn):
        conn.execute(
            "UPDATE monitor_items SET read = 1 WHERE read = 0 AND id IN"
            " (SELECT item_id FROM monitor_column_items WHERE column_id = ?)",
            (column_id,),
        )


def set_starred(conn: Connection, item_id: int, starred: bool, note: str | None = None) -> None:
    with transaction(conn):
        conn.execute("UPDATE monitor_items SET starred = ? WHERE id = ?", (int(starred), item_id))
        if note is not None:
            conn.execute("UPDATE monitor_items SET note = ? WHERE id = ?", (note, item_id))


def starred_items(conn: Connection, since: datetime | None = None) -> list[StoredItem]:
    sql = _ITEM + " FROM monitor_items i WHERE i.starred = 1"
    params: list[Any] = []
    if since is not None:
        sql += " AND i.published >= ?"
        params.append(to_ts(since))
    return [_stored(r) for r in conn.execute(sql + " ORDER BY i.published DESC", params)]


def get_items(conn: Connection, ids: Sequence[int]) -> list[StoredItem]:
    marks = ",".join("?" for _ in ids)
    return (
        [
            _stored(r)
            for r in conn.execute(
                _ITEM + f" FROM monitor_items i WHERE i.id IN ({marks}) ORDER BY i.published DESC",
                tuple(ids),
            )
        ]
        if ids
        else []
    )


def all_item_ids(conn: Connection) -> list[int]:
    """Every stored item's id, newest first."""
    return [int(r[0]) for r in conn.execute("SELECT id FROM monitor_items ORDER BY published DESC")]


def prune(conn: Connection, older_than: datetime) -> int:
    """Delete unstarred items fetched before `older_than` (retention); returns how many."""
    with transaction(conn):
        ids = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM monitor_items WHERE starred = 0 AND fetched < ?",
                (to_ts(older_than),),
            )
        ]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" for _ in chunk)
            conn.execute(f"DELETE FROM monitor_items_fts WHERE rowid IN ({marks})", chunk)
            conn.execute(f"DELETE FROM monitor_items WHERE id IN ({marks})", chunk)
    return len(ids)
