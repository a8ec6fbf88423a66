"""Needs attention: the office's open conflicts, and changes it refused from this laptop."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from mediadesk.domain.sync import Conflict
from mediadesk.storage.db import Connection, from_ts, to_ts
from mediadesk.storage.shared_tables import TABLES


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def refresh_conflicts(conn: Connection, office: Sequence[dict[str, Any]], now: datetime) -> None:
    """The office's open conflicts replace the ones shown here (settled ones go)."""
    open_ids = []
    for c in office:
        if not isinstance(c.get("id"), int):
            continue
        open_ids.append(int(c["id"]))
        conn.execute(
            "INSERT INTO sync_conflicts(server_id, entity, uid, field, original, mine, mine_by,"
            " theirs, theirs_by, noted) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(server_id)"
            " DO NOTHING",
            (
                c["id"],
                str(c.get("entity", "")),
                str(c.get("record_id", "")),
                str(c.get("field", "")),
                _json(c.get("original")),
                _json(c.get("mine")),
                str(c.get("mine_by") or ""),
                _json(c.get("theirs")),
                str(c.get("theirs_by") or ""),
                to_ts(now),
            ),
        )
    # (NOT IN an empty list is written out: NOT IN (NULL) would keep every row open)
    still_open = f" AND server_id NOT IN ({','.join('?' for _ in open_ids)})" if open_ids else ""
    conn.execute(
        "UPDATE sync_conflicts SET settled = ? WHERE server_id IS NOT NULL AND settled IS NULL"
        + still_open,
        (to_ts(now), *open_ids),
    )


def conflicts(conn: Connection) -> list[Conflict]:
    """What needs attention, oldest first, with the enquiry each is about."""
    # A record of another shared table is named as its table says (a visit by its minister
    # and date, a post by its first words).
    named = " ".join(
        f"WHEN '{t.entity}' THEN (SELECT {t.label} FROM {t.table} t WHERE t.uid = s.uid)"
        for t in TABLES
    )
    rows = conn.execute(
        "SELECT s.id, s.server_id, s.entity, s.uid, s.field, coalesce(e.ref, ''),"
        f" coalesce(e.subject, CASE s.entity {named} END, ''), s.original, s.mine, s.mine_by,"
        " s.theirs, s.theirs_by, s.reason, s.noted FROM sync_conflicts s"
        " LEFT JOIN enquiries e ON e.uid = s.uid AND s.entity = 'enquiry'"
        " WHERE s.settled IS NULL ORDER BY s.id"
    ).fetchall()
    return [
        Conflict(
            int(r[0]),
            r[1] is not None,
            str(r[2]),
            str(r[3]),
            str(r[4]),
            str(r[5]),
            str(r[6]),
            r[7],
            r[8],
            str(r[9]),
            r[10],
            str(r[11]),
            str(r[12]),
            from_ts(int(r[13])) or datetime.now(UTC),
        )
        for r in rows
    ]


def server_id(conn: Connection, conflict_id: int) -> int | None:
    row = conn.execute(
        "SELECT server_id FROM sync_conflicts WHERE id = ?", (conflict_id,)
    ).fetchone()
    return None if row is None or row[0] is None else int(row[0])


def settle(conn: Connection, conflict_id: int, now: datetime) -> None:
    conn.execute("UPDATE sync_conflicts SET settled = ? WHERE id = ?", (to_ts(now), conflict_id))


def note_reference_clash(conn: Connection, uid: str, ref: str, now: datetime) -> None:
    """An enquiry the office holds under a reference another enquiry here has: say so."""
    conn.execute(
        "INSERT INTO sync_conflicts(entity, uid, field, mine, theirs, reason, noted)"
        " VALUES ('enquiry', ?, 'ref', NULL, ?, ?, ?)",
        (
            uid,
            json.dumps(ref),
            f"The office has a second enquiry with the reference {ref}; this laptop keeps "
            "showing the first. Ask the office's admin to give one of them a new reference.",
            to_ts(now),
        ),
    )
