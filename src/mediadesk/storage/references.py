"""Blocks of enquiry references the office reserved for this laptop (final when shown)."""

from __future__ import annotations

import re
import string
from datetime import datetime

from mediadesk.storage import audit
from mediadesk.storage import enquiries as repo
from mediadesk.storage.db import Connection

NUMBERED = re.compile(r"ENQ-(\d{4})-(\d{1,9})")  # as the office numbers them (no letter)


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


def _handed_out(ref: str, reserved: dict[int, int]) -> bool:
    """Whether the office may have given `ref` to some laptop (in a block, used or not)."""
    found = NUMBERED.fullmatch(ref)
    return found is not None and int(found[2]) <= reserved.get(int(found[1]), 0)


def rename_clashes(
    conn: Connection, taken: set[str], reserved: dict[int, int], now: datetime
) -> list[tuple[str, str]]:
    """A solo log joining the office: each of its references the office holds, or may have
    handed out in a laptop's block, gets a letter ("ENQ-2026-00042-B"), audited, so no two
    enquiries ever share one; (old, new) pairs. (The office moves past the ones kept.)

    The reference a journalist was given stays findable: the enquiry's history says what it
    was, and a search for it finds the renamed one.
    """
    here = {str(r[0]) for r in conn.execute("SELECT ref FROM enquiries")}
    clashing = [
        (int(r[0]), str(r[1]))
        for r in conn.execute("SELECT id, ref FROM enquiries ORDER BY id")
        if str(r[1]) in taken or _handed_out(str(r[1]), reserved)
    ]
    renamed: list[tuple[str, str]] = []
    for enquiry_id, ref in clashing:
        new = next(
            f"{ref}-{letter}"
            for letter in string.ascii_uppercase[1:]
            if f"{ref}-{letter}" not in taken | here
        )
        conn.execute("UPDATE enquiries SET ref = ? WHERE id = ?", (new, enquiry_id))
        audit.append(
            conn,
            actor="MediaDesk",
            entity="enquiry",
            entity_id=enquiry_id,
            action="update",
            field="ref",
            old=ref,
            new=new,
            ts=now,
        )
        here.add(new)
        renamed.append((ref, new))
    repo.reindex(conn, [enquiry_id for enquiry_id, _ref in clashing])
    return renamed
