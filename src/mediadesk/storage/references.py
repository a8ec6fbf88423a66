"""Blocks of enquiry references the office reserved for this laptop (final when shown)."""

from __future__ import annotations

from mediadesk.storage.db import Connection


def references_left(conn: Connection, year: int) -> int:
    row = conn.execute(
        "SELECT coalesce(sum(last - next + 1), 0) FROM ref_blocks WHERE year = ? AND next <= last",
        (year,),
    ).fetchone()
    return int(row[0])


def keep_references(conn: Connection, year: int, first: int, count: int) -> None:
    """A block the server reserved for this laptop."""
    conn.execute(
        "INSERT INTO ref_blocks(year, next, last) VALUES (?, ?, ?)",
        (year, first, first + count - 1),
    )
