"""Enquiry rows: insert, update, fetch, filter and full-text search."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from mediadesk.domain.enquiry import (
    Channel,
    Enquiry,
    OutletType,
    Priority,
    ResponseType,
    Status,
    format_ref,
)
from mediadesk.domain.enquiry_filter import EnquiryFilter, SortKey
from mediadesk.errors import ValidationError
from mediadesk.storage.db import Connection, from_ts, inserted_id, to_ts
from mediadesk.words import QT_TRANSLATE_NOOP, Said

__all__ = [
    "EnquiryFilter",
    "SortKey",
    "from_ts",
    "to_ts",
]  # re-exported: callers below the UI may name them here

_SELECT = (
    "SELECT e.id, e.ref, e.received, e.channel, e.subject, e.questions, e.deadline, e.priority,"
    " e.owner, e.status, e.contact_id, coalesce(c.name, ''), e.outlet_id, coalesce(o.name, ''),"
    " o.type, e.response, e.response_type, e.cleared_by, e.cleared_at, e.responded_at, e.tags,"
    " e.updated FROM enquiries e LEFT JOIN contacts c ON c.id = e.contact_id"
    " LEFT JOIN outlets o ON o.id = e.outlet_id"
)

# Columns an enquiry update may set, as named in the table.
EDITABLE = frozenset(
    {
        "received",
        "channel",
        "subject",
        "questions",
        "deadline",
        "priority",
        "owner",
        "status",
        "contact_id",
        "outlet_id",
        "response",
        "response_type",
        "cleared_by",
        "cleared_at",
        "responded_at",
        "tags",
        "anonymised",
    }
)


# Stored values to their members by plain lookup: Enum(value) costs ~1 µs a call, and the list
# reads a page of rows on every jump while scrolling.
_CHANNELS = {m.value: m for m in Channel}
_PRIORITIES = {m.value: m for m in Priority}
_STATUSES = {m.value: m for m in Status}
_RESPONSE_TYPES = {m.value: m for m in ResponseType}


def _row(r: Sequence[Any]) -> Enquiry:
    return Enquiry(
        id=r[0],
        ref=r[1],
        received=datetime.fromtimestamp(r[2], UTC),
        channel=_CHANNELS[r[3]],
        subject=r[4],
        questions=r[5],
        deadline=from_ts(r[6]),
        priority=_PRIORITIES[r[7]],
        owner=r[8],
        status=_STATUSES[r[9]],
        contact_id=r[10],
        journalist=r[11],
        outlet_id=r[12],
        outlet=r[13],
        outlet_type=OutletType(r[14]) if r[14] else None,
        response=r[15],
        response_type=_RESPONSE_TYPES[r[16]],
        cleared_by=r[17],
        cleared_at=from_ts(r[18]),
        responded_at=from_ts(r[19]),
        tags=tuple(t for t in r[20].split(",") if t),
        updated=from_ts(r[21]),
    )


def next_ref(conn: Connection, year: int) -> str:
    """Allocate the next readable reference for `year` (inside the caller's transaction).

    A profile joined to an office takes them from the blocks the server reserved for it, so
    a reference is final the moment it is shown, online or not.
    """
    block = conn.execute(
        "SELECT rowid, next FROM ref_blocks WHERE year = ? AND next <= last ORDER BY next",
        (year,),
    ).fetchone()
    if block is not None:
        conn.execute("UPDATE ref_blocks SET next = next + 1 WHERE rowid = ?", (block[0],))
        return format_ref(year, int(block[1]))
    if conn.execute("SELECT 1 FROM sync_state WHERE key = 'server'").fetchone():
        raise ValidationError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "This laptop has used every {year} reference the office reserved for it: "
                    "connect to the office network and sync to get more.",
                ),
                year=year,
            )
        )
    conn.execute(
        "INSERT INTO ref_counters(year, last) VALUES (?, 1) "
        "ON CONFLICT(year) DO UPDATE SET last = last + 1",
        (year,),
    )
    number = conn.execute("SELECT last FROM ref_counters WHERE year = ?", (year,)).fetchone()[0]
    return format_ref(year, int(number))


def insert(conn: Connection, values: dict[str, Any]) -> int:
    """Insert an enquiry row (with a new global id unless given one); returns its id."""
    values = {"uid": str(uuid.uuid4()), **values}
    cols = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    cur = conn.execute(f"INSERT INTO enquiries({cols}) VALUES ({marks})", tuple(values.values()))
    return inserted_id(cur)


def update(conn: Connection, enquiry_id: int, values: dict[str, Any]) -> None:
    """Set the given columns of one enquiry."""
    unknown = set(values) - EDITABLE - {"updated"}
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    assignments = ", ".join(f"{name} = ?" for name in values)
    conn.execute(f"UPDATE enquiries SET {assignments} WHERE id = ?", (*values.values(), enquiry_id))


# The full-text row of an enquiry is keyed by (received << 24 | id), so that the index's own
# rowid order is "newest first" and a plain search needs no join to sort (DESIGN.md facts).
FTS_ID_BITS = 24
FTS_ID_MASK = (1 << FTS_ID_BITS) - 1


def fts_key(received_ts: int, enquiry_id: int) -> int:
    """The full-text index rowid of an enquiry."""
    if enquiry_id > FTS_ID_MASK:
        raise ValueError("more than 16 million enquiries in one profile")
    return (received_ts << FTS_ID_BITS) | enquiry_id


# The full-text rows of the enquiries a WHERE clause on `e` picks (one place says what is indexed).
FTS_ROWS = (
    "INSERT INTO enquiries_fts(rowid, subject, questions, response, journalist, outlet, tags)"
    " SELECT e.fts_key, e.subject, e.questions, e.response, coalesce(c.name, ''),"
    " coalesce(o.name, ''), replace(e.tags, ',', ' ') FROM enquiries e"
    " LEFT JOIN contacts c ON c.id = e.contact_id LEFT JOIN outlets o ON o.id = e.outlet_id"
)


def unindex(conn: Connection, enquiry_id: int) -> None:
    """Remove an enquiry from the full-text index."""
    row = conn.execute("SELECT fts_key FROM enquiries WHERE id = ?", (enquiry_id,)).fetchone()
    if row is not None and row[0] is not None:
        conn.execute("DELETE FROM enquiries_fts WHERE rowid = ?", (row[0],))
        conn.execute("UPDATE enquiries SET fts_key = NULL WHERE id = ?", (enquiry_id,))


def reindex(conn: Connection, ids: Iterable[int]) -> None:
    """Refresh the full-text index rows of these enquiries."""
    for enquiry_id in ids:
        unindex(conn, enquiry_id)
        row = conn.execute("SELECT received FROM enquiries WHERE id = ?", (enquiry_id,)).fetchone()
        if row is None:
            continue
        key = fts_key(int(row[0]), enquiry_id)
        conn.execute("UPDATE enquiries SET fts_key = ? WHERE id = ?", (key, enquiry_id))
        conn.execute(FTS_ROWS + " WHERE e.id = ?", (enquiry_id,))


def get(conn: Connection, enquiry_id: int) -> Enquiry | None:
    """One enquiry by id."""
    row = conn.execute(_SELECT + " WHERE e.id = ?", (enquiry_id,)).fetchone()
    return _row(row) if row else None


def get_many(conn: Connection, ids: Sequence[int]) -> dict[int, Enquiry]:
    """Several enquiries by id (for a page of a lazy list)."""
    found: dict[int, Enquiry] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" for _ in chunk)
        for row in conn.execute(_SELECT + f" WHERE e.id IN ({marks})", tuple(chunk)):
            enquiry = _row(row)
            found[enquiry.id] = enquiry
    return found


# The SQL behind each order the list offers.
ORDER_SQL = {
    SortKey.RECEIVED: "e.received",
    SortKey.DEADLINE: "coalesce(e.deadline, 9223372036854775807)",
    SortKey.REF: "e.id",
    SortKey.STATUS: "e.status",
    SortKey.PRIORITY: (
        "CASE e.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END"
    ),
    SortKey.OWNER: "e.owner",
    SortKey.SUBJECT: "e.subject COLLATE NOCASE",
    SortKey.JOURNALIST: "(SELECT name FROM contacts WHERE id = e.contact_id) COLLATE NOCASE",
    SortKey.OUTLET: "(SELECT name FROM outlets WHERE id = e.outlet_id) COLLATE NOCASE",
}


def fts_query(text: str) -> str:
    """Turn what the user typed into a safe FTS5 query: every word, as a prefix."""
    words = []
    for raw in text.split():
        word = raw.replace('"', "")
        if word:
            words.append(f'"{word}"*')
    return " ".join(words)


def where_clause(flt: EnquiryFilter) -> tuple[str, list[Any]]:
    """The WHERE clause and parameters for a filter."""
    clauses: list[str] = []
    params: list[Any] = []
    if flt.statuses:
        clauses.append(f"e.status IN ({','.join('?' for _ in flt.statuses)})")
        params.extend(sorted(s.value for s in flt.statuses))
    if flt.owner:
        clauses.append("e.owner = ?")
        params.append(flt.owner)
    if flt.outlet_id is not None:
        clauses.append("e.outlet_id = ?")
        params.append(flt.outlet_id)
    if flt.contact_id is not None:
        clauses.append("e.contact_id = ?")
        params.append(flt.contact_id)
    if flt.tag:
        clauses.append("e.id IN (SELECT enquiry_id FROM enquiry_tags WHERE tag = ?)")
        params.append(flt.tag.lower())
    if flt.received_from is not None:
        clauses.append("e.received >= ?")
        params.append(to_ts(flt.received_from))
    if flt.received_to is not None:
        clauses.append("e.received < ?")
        params.append(to_ts(flt.received_to))
    query = fts_query(flt.text)
    if query:
        clauses.append(
            f"e.id IN (SELECT rowid & {FTS_ID_MASK} FROM enquiries_fts WHERE enquiries_fts MATCH ?)"
        )
        params.append(query)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _text_only(flt: EnquiryFilter) -> bool:
    return bool(fts_query(flt.text)) and flt == EnquiryFilter(
        text=flt.text, sort=SortKey.RECEIVED, descending=flt.descending
    )


def search_ids(conn: Connection, flt: EnquiryFilter) -> list[int]:
    """Ids of the enquiries the filter shows, in its order."""
    if _text_only(flt):  # newest (or oldest) first straight from the index
        direction = "DESC" if flt.descending else "ASC"
        rows = conn.execute(
            "SELECT rowid FROM enquiries_fts WHERE enquiries_fts MATCH ? ORDER BY rowid "
            + direction,
            (fts_query(flt.text),),
        )
        return [key & FTS_ID_MASK for (key,) in rows]
    where, params = where_clause(flt)
    direction = "DESC" if flt.descending else "ASC"
    sql = (
        f"SELECT e.id FROM enquiries e{where} ORDER BY {ORDER_SQL[flt.sort]} {direction},"
        f" e.id {direction}"
    )
    return [r[0] for r in conn.execute(sql, params)]


def search(conn: Connection, flt: EnquiryFilter, limit: int | None = None) -> list[Enquiry]:
    """The enquiries the filter shows, in its order (for exports and reports)."""
    ids = search_ids(conn, flt)
    if limit is not None:
        ids = ids[:limit]
    rows = get_many(conn, ids)
    return [rows[i] for i in ids if i in rows]


def _distinct(conn: Connection, table: str, column: str) -> list[str]:
    """Distinct values of an indexed column by skipping through its index (not a full scan)."""
    sql = (
        f"WITH RECURSIVE v(x) AS (SELECT min({column}) FROM {table} WHERE {column} > ''"
        f" UNION ALL SELECT (SELECT min({column}) FROM {table} WHERE {column} > v.x) FROM v"
        " WHERE v.x IS NOT NULL) SELECT x FROM v WHERE x IS NOT NULL"
    )
    return sorted((r[0] for r in conn.execute(sql)), key=str.casefold)


def ids_due_between(
    conn: Connection, after: datetime, until: datetime, statuses: Sequence[Status]
) -> list[int]:
    """Enquiries in one of `statuses` whose deadline falls in (after, until]."""
    marks = ",".join("?" for _ in statuses)
    rows = conn.execute(
        f"SELECT id FROM enquiries WHERE deadline > ? AND deadline <= ? AND status IN ({marks})",
        (to_ts(after), to_ts(until), *[s.value for s in statuses]),
    ).fetchall()
    return [int(r[0]) for r in rows]


def ids_received_before(conn: Connection, cutoff: datetime) -> list[int]:
    """Enquiries received before `cutoff` and not yet anonymised, oldest first."""
    rows = conn.execute(
        "SELECT id FROM enquiries WHERE received < ? AND anonymised = 0 ORDER BY received",
        (to_ts(cutoff),),
    ).fetchall()
    return [int(r[0]) for r in rows]


def delete(conn: Connection, enquiry_id: int) -> None:
    """Remove the row (its index entry and audit text are the caller's to remove first)."""
    conn.execute("DELETE FROM enquiries WHERE id = ?", (enquiry_id,))


def owners(conn: Connection) -> list[str]:
    """Every owner name used so far."""
    return _distinct(conn, "enquiries", "owner")


def tags(conn: Connection) -> list[str]:
    """Every tag used so far."""
    return _distinct(conn, "enquiry_tags", "tag")


def set_tags(conn: Connection, enquiry_id: int, values: Iterable[str]) -> None:
    """Record an enquiry's tags in the tag index."""
    conn.execute("DELETE FROM enquiry_tags WHERE enquiry_id = ?", (enquiry_id,))
    conn.executemany(
        "INSERT OR IGNORE INTO enquiry_tags(tag, enquiry_id) VALUES (?, ?)",
        [(tag, enquiry_id) for tag in values],
    )
