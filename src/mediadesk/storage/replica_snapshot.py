"""A new replica's first pull: the office's records taken in whole, in bulk, in one transaction.

Replaying every change the office ever made would write each field of each enquiry one at a
time, with an audit line apiece (minutes for years of enquiries). A first pull instead takes
the records as they stand, checked field by field like any pulled value, with one audit line
per enquiry naming who made it; the changes made since the snapshot's watermark follow as
ordinary pulls. Records this profile already holds go the ordinary way, so a local edit
waiting to be pushed is never overwritten.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from mediadesk.domain.sync import REQUIRED, fits, is_version
from mediadesk.storage import audit
from mediadesk.storage.db import Connection, to_ts
from mediadesk.storage.enquiries import FTS_ID_BITS, FTS_ROWS
from mediadesk.storage.replica import (
    COLUMNS,
    ENQUIRY,
    PULLED_ONLY,
    READ,
    UNSET,
    people,
    take_in,
)
from mediadesk.storage.replica_versions import UID, applying, set_versions

log = logging.getLogger("mediadesk.sync")
SHARED = (*READ, *PULLED_ONLY)
BATCH = 5000
DEFAULTS: dict[str, Any] = {  # what a field the office never set holds here (as the schema)
    "questions": "",
    "priority": "normal",
    "owner": "",
    "status": "new",
    "response": "",
    "response_type": "",
    "tags": "",
    "anonymised": 0,
    "journalist": "",
    "outlet": "",
} | UNSET


class _People:
    """Journalists and outlets by name, looked up once per pair (thousands share a few)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.found: dict[tuple[str, str], tuple[int | None, int | None]] = {}

    def ids(self, journalist: str, outlet: str) -> tuple[int | None, int | None]:
        """(contact id, outlet id), as the ordinary pull would find or make them."""
        key = (journalist, outlet)
        if key not in self.found:
            self.found[key] = people(self.conn, journalist, outlet)
        return self.found[key]


def _checked(uid: str, fields: Any) -> dict[str, Any] | None:
    """The record's shared values, each that is missing or does not fit left at its default
    (None: not a whole enquiry)."""
    if not UID.fullmatch(uid) or not isinstance(fields, dict):
        return None
    kept: dict[str, Any] = {}
    for field in SHARED:
        value = fields.get(field)
        if field in fields and not fits(field, value):
            log.warning("a pulled value for %s did not fit and was left out", field)
            value = None
        kept[field] = DEFAULTS.get(field) if value is None else value
    if any(kept.get(f) is None for f in REQUIRED):
        return None
    return kept


def take_snapshot(
    conn: Connection, records: Iterable[tuple[str, str, Any, Any, Any]], now: datetime
) -> int:
    """Take in (entity, id, fields, versions, authors) rows; returns how many enquiries came."""
    here = {str(r[0]) for r in conn.execute("SELECT uid FROM enquiries WHERE uid IS NOT NULL")}
    named = _People(conn)
    taken = 0
    batch: list[tuple[str, str, Any, Any, Any]] = []
    for record in records:  # in batches, so memory stays flat however large the office
        batch.append(record)
        if len(batch) == BATCH:
            taken += _take_batch(conn, batch, here, named, now)
            batch = []
    return taken + _take_batch(conn, batch, here, named, now)


def _take_batch(
    conn: Connection,
    records: list[tuple[str, str, Any, Any, Any]],
    here: set[str],
    named: _People,
    now: datetime,
) -> int:
    ordinary: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    numbers: list[tuple[str, dict[str, int]]] = []
    makers: list[tuple[str, str, str]] = []
    stamp = to_ts(now)
    # Journalists and outlets made meanwhile are the office's too: not pushed back.
    with applying(conn):
        for entity, uid, fields, versions, authors in records:
            if entity != ENQUIRY:
                continue  # shared, but not yet kept by this version of MediaDesk
            kept = _checked(uid, fields)
            if kept is None:
                continue
            numbered = versions if isinstance(versions, dict) else {}
            if uid in here:  # the ordinary way, which keeps a local edit waiting to go
                ordinary += [
                    {
                        "entity": entity,
                        "id": uid,
                        "field": f,
                        "value": v,
                        "version": numbered.get(f),
                    }
                    for f, v in kept.items()
                ]
                continue
            here.add(uid)
            contact_id, outlet_id = named.ids(
                str(kept.get("journalist") or ""), str(kept.get("outlet") or "")
            )
            row = {COLUMNS[f]: kept[f] for f in COLUMNS}
            row |= {"uid": uid, "updated": stamp, "outlet_id": outlet_id, "contact_id": contact_id}
            rows.append(row)
            numbers.append(
                (uid, {f: n for f, n in numbered.items() if f in kept and is_version(n)})
            )
            names = authors if isinstance(authors, dict) else {}
            makers.append((uid, str(names.get("ref") or "office"), str(kept["ref"])))
        made = _insert(conn, rows, numbers)
        # One line per enquiry taken in, naming who made it: the office keeps each field's.
        audit.append_many(
            conn,
            [
                audit.Line(actor, ENQUIRY, made[uid], "create", "ref", None, ref)
                for uid, actor, ref in makers
                if uid in made
            ],
            now,
        )
    if ordinary:
        take_in(conn, ordinary, now)
    return len(made)


def _insert(
    conn: Connection, rows: list[dict[str, Any]], numbers: list[tuple[str, dict[str, int]]]
) -> dict[str, int]:
    """Insert the rows, index them for search; their local ids by uid."""
    if not rows:
        return {}
    first = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM enquiries").fetchone()[0])
    names = list(rows[0])
    # A reference the office repeats is one enquiry here, not a broken first sync.
    conn.executemany(
        f"INSERT OR IGNORE INTO enquiries({', '.join(names)})"
        f" VALUES ({', '.join('?' for _ in names)})",
        [tuple(r[n] for n in names) for r in rows],
    )
    conn.execute(
        f"UPDATE enquiries SET fts_key = (received << {FTS_ID_BITS}) | id WHERE id >= ?", (first,)
    )
    conn.execute(FTS_ROWS + " WHERE e.id >= ?", (first,))
    made = {
        str(r[0]): (int(r[1]), str(r[2]))
        for r in conn.execute("SELECT uid, id, tags FROM enquiries WHERE id >= ?", (first,))
    }
    conn.executemany(
        "INSERT OR IGNORE INTO enquiry_tags(tag, enquiry_id) VALUES (?, ?)",
        [(tag, i) for i, tags in made.values() for tag in tags.split(",") if tag],
    )
    set_versions(conn, [(ENQUIRY, uid, n) for uid, n in numbers if uid in made])
    if len(made) < len(rows):
        log.warning(
            "%d pulled enquiries repeated a reference and were left out", len(rows) - len(made)
        )
    return {uid: i for uid, (i, _tags) in made.items()}


def as_changes(records: Iterable[tuple[str, str, Any, Any, Any]]) -> list[dict[str, Any]]:
    """Whole records as the changes that would have made them (for the kinds kept few)."""
    changes = []
    for entity, uid, fields, versions, authors in records:
        numbered = versions if isinstance(versions, dict) else {}
        names = authors if isinstance(authors, dict) else {}
        for field, value in (fields if isinstance(fields, dict) else {}).items():
            changes.append(
                {
                    "entity": entity,
                    "id": uid,
                    "field": field,
                    "value": value,
                    "version": numbered.get(field, 0),
                    "author": names.get(field, ""),
                }
            )
    return changes
