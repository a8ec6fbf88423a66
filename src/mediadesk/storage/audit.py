"""The append-only, hash-chained audit log of every change to an enquiry."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from mediadesk.domain.audit import ChainReport
from mediadesk.storage.db import Connection

GENESIS = "0" * 64
REDACTED = None  # values removed under the retention policy; their digests remain


@dataclass(frozen=True)
class AuditEntry:
    """One recorded change."""

    id: int
    ts: datetime
    actor: str
    entity: str
    entity_id: int
    action: str
    field: str
    old: str | None
    new: str | None


def digest(value: str | None) -> str:
    """SHA-256 of a value, so a value can be redacted without breaking the chain."""
    import hashlib  # loaded on first write, not at start-up

    return hashlib.sha256(("" if value is None else "v:" + value).encode()).hexdigest()


def _row_hash(
    prev: str,
    ts: int,
    actor: str,
    entity: str,
    entity_id: int,
    action: str,
    field: str,
    old_digest: str,
    new_digest: str,
) -> str:
    body = json.dumps(
        [prev, ts, actor, entity, entity_id, action, field, old_digest, new_digest],
        separators=(",", ":"),
        ensure_ascii=False,
    )
    import hashlib

    return hashlib.sha256(body.encode()).hexdigest()


def append(
    conn: Connection,
    *,
    actor: str,
    entity: str,
    entity_id: int,
    action: str,
    field: str = "",
    old: str | None = None,
    new: str | None = None,
    ts: datetime | None = None,
) -> None:
    """Append one row; call inside the transaction that makes the change."""
    stamp = int((ts or datetime.now(UTC)).timestamp())
    row = conn.execute("SELECT hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    prev = row[0] if row else GENESIS
    od, nd = digest(old), digest(new)
    conn.execute(
        "INSERT INTO audit(ts, actor, entity, entity_id, action, field, old, new, old_digest,"
        " new_digest, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            stamp,
            actor,
            entity,
            entity_id,
            action,
            field,
            old,
            new,
            od,
            nd,
            prev,
            _row_hash(prev, stamp, actor, entity, entity_id, action, field, od, nd),
        ),
    )


@dataclass(frozen=True)
class Line:
    """One line to append (see append_many)."""

    actor: str
    entity: str
    entity_id: int
    action: str
    field: str
    old: str | None
    new: str | None


def append_many(conn: Connection, lines: Sequence[Line], ts: datetime) -> None:
    """Append many rows at once, chained as `append` chains them (inside one transaction)."""
    if not lines:
        return
    stamp = int(ts.timestamp())
    row = conn.execute("SELECT hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    prev = row[0] if row else GENESIS
    values = []
    for line in lines:
        od, nd = digest(line.old), digest(line.new)
        hashed = _row_hash(
            prev, stamp, line.actor, line.entity, line.entity_id, line.action, line.field, od, nd
        )
        who = (stamp, line.actor, line.entity, line.entity_id, line.action, line.field)
        values.append((*who, line.old, line.new, od, nd, prev, hashed))
        prev = hashed
    conn.executemany(
        "INSERT INTO audit(ts, actor, entity, entity_id, action, field, old, new, old_digest,"
        " new_digest, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        values,
    )


def history(conn: Connection, entity: str, entity_id: int) -> list[AuditEntry]:
    """The changes to one entity, oldest first."""
    rows = conn.execute(
        "SELECT id, ts, actor, entity, entity_id, action, field, old, new FROM audit "
        "WHERE entity = ? AND entity_id = ? ORDER BY id",
        (entity, entity_id),
    ).fetchall()
    return [
        AuditEntry(
            r[0], datetime.fromtimestamp(r[1], UTC), r[2], r[3], r[4], r[5], r[6], r[7], r[8]
        )
        for r in rows
    ]


def redact(conn: Connection, entity: str, entity_id: int) -> None:
    """Remove the recorded values for an entity (retention); the chain stays verifiable."""
    conn.execute(
        "UPDATE audit SET old = NULL, new = NULL WHERE entity = ? AND entity_id = ?",
        (entity, entity_id),
    )


def verify(conn: Connection) -> ChainReport:
    """Walk the chain and report every row that was altered, removed or inserted."""
    problems: list[str] = []
    prev = GENESIS
    count = 0
    for row in conn.execute(
        "SELECT id, ts, actor, entity, entity_id, action, field, old, new, old_digest,"
        " new_digest, prev_hash, hash FROM audit ORDER BY id"
    ):
        count += 1
        (rid, ts, actor, entity, entity_id, action, field, old, new, od, nd, prev_hash, stored) = (
            row
        )
        if prev_hash != prev:
            problems.append(
                f"entry {rid}: does not follow the entry before it (one was removed or inserted)"
            )
        if old is not None and digest(old) != od:
            problems.append(f"entry {rid}: the old value was changed")
        if new is not None and digest(new) != nd:
            problems.append(f"entry {rid}: the new value was changed")
        if _row_hash(prev_hash, ts, actor, entity, entity_id, action, field, od, nd) != stored:
            problems.append(f"entry {rid}: its details were changed")
        prev = stored
    return ChainReport(count, tuple(problems))
