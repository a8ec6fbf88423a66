"""Settling a push: the office's answer to each change, recorded here.

What the office applied gets its version; what it refused or found in conflict waits in
Needs attention, and the office's own values are taken in instead.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from mediadesk.domain.sync import is_version
from mediadesk.storage import replica_shared
from mediadesk.storage.db import Connection, to_ts
from mediadesk.storage.replica import ENQUIRY, PULLED_ONLY, READ, UNSET, Outgoing, take_in
from mediadesk.storage.replica_versions import set_version


def _as_kept(change: Outgoing, record: dict[str, Any], versions: Any) -> list[dict[str, Any]]:
    """The office's whole record, as changes to take in (what it lacks, it never had)."""
    numbers = versions if isinstance(versions, dict) else {}
    if change.entity != ENQUIRY:
        return replica_shared.as_kept(change.entity, change.uid, record, numbers)
    return [
        {
            "entity": change.entity,
            "id": change.uid,
            "field": field,
            "value": record.get(field, UNSET.get(field)),
            "version": numbers.get(field) if isinstance(numbers.get(field), int) else 0,
            "author": "office",
        }
        for field in (*READ, *PULLED_ONLY)
        if field in record or field in UNSET
    ]


def settle_pushed(
    conn: Connection, pushed: Sequence[Outgoing], results: Sequence[Any], now: datetime
) -> tuple[int, int]:
    """Record the server's answers; returns (applied, needing attention)."""
    applied = attention = 0
    kept: list[dict[str, Any]] = []
    for change, result in zip(pushed, results, strict=True):
        outcome = result.get("result") if isinstance(result, dict) else None
        if outcome == "applied" and not is_version(result.get("version")):
            outcome = None  # an answer that cannot be read: the change waits in attention
        if outcome == "applied":
            set_version(conn, change.entity, change.uid, change.field, int(result["version"]))
            applied += 1
        else:
            attention += 1
            if isinstance(result, dict) and isinstance(result.get("record"), dict):
                kept += _as_kept(change, result["record"], result.get("versions"))
            if outcome == "conflict":
                continue  # the office's list of conflicts comes with the pull, on every laptop
            conn.execute(
                "INSERT INTO sync_conflicts(entity, uid, field, mine, theirs, reason, noted)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    change.entity,
                    change.uid,
                    change.field,
                    json.dumps(change.value),
                    json.dumps(result.get("theirs")) if isinstance(result, dict) else None,
                    (str(result.get("reason", "")) if isinstance(result, dict) else "")[:500]
                    or "The office could not read this change.",
                    to_ts(now),
                ),
            )
    ids = {i for change in pushed for i in change.pending}
    conn.executemany("DELETE FROM sync_pending WHERE id = ?", [(i,) for i in ids])
    # What the office kept instead is what this laptop shows too (mine waits in the list).
    take_in(conn, kept, now)
    replica_shared.take_in(conn, kept, now)
    return applied, attention
