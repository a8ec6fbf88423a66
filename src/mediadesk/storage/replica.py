"""The profile as a replica of the office server: what changed here, and taking in what came.

Which tables and fields are shared is data (SHARED); the triggers of schema 4 note local
changes in sync_pending, and pulled changes are written with sync_applying set so they are
not noted again.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlcipher3

from mediadesk.domain.enquiry import Contact
from mediadesk.domain.sync import REQUIRED, fits, is_version
from mediadesk.storage import attention, audit, directory, replica_shared
from mediadesk.storage import enquiries as repo
from mediadesk.storage.db import Connection, to_ts
from mediadesk.storage.replica_versions import UID, applying, set_version, version
from mediadesk.storage.shared_tables import BY_ENTITY

ENQUIRY = "enquiry"
# A shared enquiry field -> how it is read from a local row (e, with contact c and outlet o).
READ = {
    "ref": "e.ref",
    "received": "e.received",
    "channel": "e.channel",
    "journalist": "coalesce(c.name, '')",
    "outlet": "coalesce(o.name, '')",
    "subject": "e.subject",
    "questions": "e.questions",
    "deadline": "e.deadline",
    "priority": "e.priority",
    "owner": "e.owner",
    "status": "e.status",
    "response": "e.response",
    "response_type": "e.response_type",
    "responded_at": "e.responded_at",
    "tags": "e.tags",
    "anonymised": "e.anonymised",
}
PULLED_ONLY = ("cleared_by", "cleared_at")  # the server records who cleared, and when
UNSET = {"cleared_by": "", "cleared_at": None}  # what a field the office never set reads as
COLUMNS = {f: f for f in READ if f not in ("journalist", "outlet")} | {f: f for f in PULLED_ONLY}
log = logging.getLogger("mediadesk.sync")
_FROM = (
    " FROM enquiries e LEFT JOIN contacts c ON c.id = e.contact_id"
    " LEFT JOIN outlets o ON o.id = e.outlet_id WHERE e.uid = ?"
)


def _digest(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Outgoing:
    """One change to push, and the pending rows it answers for."""

    entity: str
    uid: str
    field: str
    value: Any
    base: int
    pending: tuple[int, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "entity": self.entity,
            "id": self.uid,
            "field": self.field,
            "value": self.value,
            "base": self.base,
            # The same pending row, field and value: the same change however often it is
            # sent. The value is in it because a row whose push lost its answer may be sent
            # again after another edit of its field (which it then carries): under the old key
            # the office would take it for the first push and keep the first value.
            "key": f"{self.pending[0]}:{self.field}:{_digest(self.value)}",
        }


# -- the replica's own state ---------------------------------------------------------------
def state(conn: Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def states(conn: Connection) -> dict[str, str]:
    """Every key of the replica's own state, in one read (the status bar asks each second)."""
    return {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM sync_state")}


def set_state(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO sync_state(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE"
        " SET value = excluded.value",
        (key, value),
    )


def waiting(conn: Connection) -> int:
    """How many local changes wait to be pushed."""
    return int(conn.execute("SELECT count(*) FROM sync_pending").fetchone()[0])


def open_conflicts(conn: Connection) -> int:
    """How many conflicts and refusals wait in Needs attention."""
    return int(
        conn.execute("SELECT count(*) FROM sync_conflicts WHERE settled IS NULL").fetchone()[0]
    )


def note_all_for_joining(conn: Connection) -> int:
    """Every enquiry and other shared record already here goes to the office on the first
    push."""
    cursor = conn.execute(
        "INSERT OR IGNORE INTO sync_pending(entity, uid, field)"
        " SELECT 'enquiry', uid, '*' FROM enquiries"
    )
    return int(cursor.rowcount) + replica_shared.note_all_for_joining(conn)


# -- pushing -------------------------------------------------------------------------------
def _pushed_fields(entity: str) -> list[str]:
    """The fields of a kind of record this laptop pushes (none for a kind it does not know)."""
    if entity == ENQUIRY:
        return list(READ)
    table = BY_ENTITY.get(entity)
    return [] if table is None else table.pushed()


def _current(
    conn: Connection, uid: str, fields: Sequence[str], entity: str = ENQUIRY
) -> dict[str, Any] | None:
    if entity != ENQUIRY:
        return replica_shared.current(conn, entity, uid, fields)
    row = conn.execute("SELECT " + ", ".join(READ[f] for f in fields) + _FROM, (uid,)).fetchone()
    return None if row is None else dict(zip(fields, row, strict=True))


PUSH_BYTES = 16 * 1024 * 1024  # a round's values: a solo log's photos go a few at a time


def claim(conn: Connection, limit: int = 2000) -> list[Outgoing]:
    """The oldest pending changes, claimed for one push (call inside a transaction); at most
    `limit` of them and about PUSH_BYTES of values (the rest wait for the next round)."""
    rows = conn.execute(
        "SELECT id, entity, uid, field, value FROM sync_pending WHERE claimed = 0"
        " ORDER BY id LIMIT ?",
        (limit,),
    ).fetchall()
    bases: dict[tuple[str, str, str], int] = {}
    found: list[Outgoing] = []
    taken: list[tuple[int]] = []
    size = 0

    def add(entity: str, uid: str, field: str, value: Any, pending: int) -> None:
        nonlocal size
        key = (entity, uid, field)
        base = bases.get(key, version(conn, entity, uid, field))
        bases[key] = base + 1  # a later step of the same field follows this one
        found.append(Outgoing(entity, uid, field, value, base, (pending,)))
        size += len(value) if isinstance(value, str) else 16

    whole = {(r[1], r[2]) for r in rows if r[3] == "*"}  # records going whole this push
    for pending, entity, uid, field, value in rows:
        if size >= PUSH_BYTES:
            break
        taken.append((pending,))
        if value is None and field not in ("*", "_deleted") and (entity, uid) in whole:
            found.append(Outgoing(entity, uid, field, None, -1, (pending,)))  # goes with it
            continue
        if field == "_deleted":
            add(entity, uid, field, True, pending)
        elif value is not None:  # one step of a state field, as it was taken
            add(entity, uid, field, json.loads(value), pending)
        else:
            known = _pushed_fields(entity)
            fields = [field] if field in known else []
            if field == "*":  # a state field's own steps, if any are waiting, say the rest
                stepped = {
                    str(r[0])
                    for r in conn.execute(
                        "SELECT field FROM sync_pending WHERE entity = ? AND uid = ?"
                        " AND value IS NOT NULL",
                        (entity, uid),
                    )
                }
                fields = [f for f in known if f not in stepped]
            current = _current(conn, uid, fields, entity) if fields else None
            if current is None:  # gone since (its deletion is pending too), or not known
                found.append(Outgoing(entity, uid, field, None, -1, (pending,)))
                continue
            for name, value_now in current.items():
                if field == "*" and entity != ENQUIRY and value_now in (None, "", []):
                    continue  # unset: nothing to make, nor to clobber another laptop's with
                add(entity, uid, name, value_now, pending)
    conn.executemany("UPDATE sync_pending SET claimed = 1 WHERE id = ?", taken)
    return found


def forget(conn: Connection, dropped: Sequence[Outgoing]) -> None:
    """Pending rows with nothing left to push (the enquiry went before they were sent)."""
    conn.executemany(
        "DELETE FROM sync_pending WHERE id = ?", [(i,) for c in dropped for i in c.pending]
    )


def release(conn: Connection) -> None:
    """A push that did not happen (or a round that died with MediaDesk): its changes wait
    for the next one.

    Of the rows that say "push this field's current value", one stays per field: the newest,
    since an older one may have reached the office already under its own key, and the office
    would take the current value sent under that key as the same change again.
    """
    conn.execute(
        "DELETE FROM sync_pending WHERE claimed = 1 AND value IS NULL AND EXISTS ("
        "SELECT 1 FROM sync_pending p WHERE p.value IS NULL AND (p.claimed = 0 OR p.id >"
        " sync_pending.id) AND p.entity = sync_pending.entity AND p.uid = sync_pending.uid"
        " AND p.field = sync_pending.field)"
    )
    conn.execute("UPDATE sync_pending SET claimed = 0 WHERE claimed = 1")


# -- pulling -------------------------------------------------------------------------------


def people(conn: Connection, journalist: str, outlet: str) -> tuple[int | None, int | None]:
    """The local journalist and outlet a pulled enquiry names (made if new)."""
    outlet_id = directory.ensure_outlet(conn, outlet)[0].id if outlet.strip() else None
    if not journalist.strip():
        return None, outlet_id
    matches = directory.find_contacts(conn, journalist, outlet_id)
    if matches:
        return matches[0].id, outlet_id
    return directory.insert_contact(
        conn, Contact(0, " ".join(journalist.split()), outlet_id)
    ), outlet_id


def _current_all(conn: Connection, uid: str) -> dict[str, Any] | None:
    """Every shared field of the local enquiry, pulled-only ones included."""
    fields = list(READ)
    row = conn.execute(
        "SELECT "
        + ", ".join([*(READ[f] for f in fields), *(f"e.{f}" for f in PULLED_ONLY)])
        + _FROM,
        (uid,),
    ).fetchone()
    if row is None:
        return None
    return dict(zip([*fields, *PULLED_ONLY], row, strict=True))


def take_in(conn: Connection, changes: Sequence[Any], now: datetime) -> int:
    """Write pulled enquiry changes here (a field with a local edit waiting keeps it).

    The office's values are checked like any input: a value that cannot stand in its field
    (the wrong type, an unknown status, a year 40,000 timestamp) is left out and logged.
    """
    by_record: dict[str, list[dict[str, Any]]] = {}
    for change in changes:
        if not isinstance(change, dict) or change.get("entity") != ENQUIRY:
            continue
        uid, field = change.get("id"), str(change.get("field", ""))
        if not isinstance(uid, str) or not UID.fullmatch(uid):
            continue
        if (field in READ or field in PULLED_ONLY or field == "_deleted") and not fits(
            field, change.get("value")
        ):
            log.warning("a pulled value for %s did not fit and was left out", field)
            continue
        if not is_version(change.get("version", 0)):
            continue
        by_record.setdefault(uid, []).append(change)
    taken = 0
    with applying(conn):
        for uid, group in by_record.items():
            taken += _take_record(conn, uid, group, now)
    return taken


def _take_record(conn: Connection, uid: str, group: list[dict[str, Any]], now: datetime) -> int:
    mine = {
        str(r[0])
        for r in conn.execute(
            "SELECT field FROM sync_pending WHERE entity = 'enquiry' AND uid = ?", (uid,)
        )
    }
    if "*" in mine:
        mine |= set(READ)
    row = conn.execute("SELECT id FROM enquiries WHERE uid = ?", (uid,)).fetchone()
    local_id = None if row is None else int(row[0])
    if any(c.get("field") == "_deleted" for c in group):
        if local_id is not None:
            repo.unindex(conn, local_id)
            audit.redact(conn, ENQUIRY, local_id)
            repo.delete(conn, local_id)
        conn.execute("DELETE FROM sync_records WHERE entity = 'enquiry' AND uid = ?", (uid,))
        return 1
    here = _current_all(conn, uid)
    values: dict[str, Any] = {}
    authors: dict[str, str] = {}
    last: dict[str, dict[str, Any]] = {}
    for change in group:  # in the order they were made: the last of each field stands
        last[str(change.get("field", ""))] = change
    for field, change in last.items():
        if field not in READ and field not in PULLED_ONLY:
            continue  # a field a newer MediaDesk shares: kept on the server, not here yet
        if field in mine:
            continue  # the local edit wins here until the push says otherwise
        set_version(conn, ENQUIRY, uid, field, int(change.get("version", 0)))
        if here is None or here.get(field) != change.get("value"):  # not our own coming back
            values[field] = change.get("value")
            authors[field] = str(change.get("author", ""))
    if not values:
        return 0
    columns = {COLUMNS[f]: v for f, v in values.items() if f in COLUMNS}
    if "journalist" in values or "outlet" in values:
        now_people = _current(conn, uid, ["journalist", "outlet"]) or {
            "journalist": "",
            "outlet": "",
        }
        columns["contact_id"], columns["outlet_id"] = people(
            conn,
            str(values.get("journalist", now_people["journalist"]) or ""),
            str(values.get("outlet", now_people["outlet"]) or ""),
        )
    columns["updated"] = to_ts(now)
    try:
        if local_id is None:
            if any(columns.get(f) is None for f in REQUIRED):
                return 0  # not a whole enquiry: the rest comes with a later pull
            local_id = repo.insert(conn, {"uid": uid, **columns})
            action = "create"
        else:
            conn.execute(
                "UPDATE enquiries SET " + ", ".join(f"{c} = ?" for c in columns) + " WHERE id = ?",
                (*columns.values(), local_id),
            )
            action = "update"
    except sqlcipher3.IntegrityError:  # another enquiry here has its reference
        attention.note_reference_clash(conn, uid, str(columns.get("ref", "")), now)
        return 0
    if "tags" in columns:
        repo.set_tags(conn, local_id, [t for t in str(columns["tags"] or "").split(",") if t])
    repo.reindex(conn, [local_id])
    for field, value in values.items():
        audit.append(
            conn,
            actor=authors[field],
            entity=ENQUIRY,
            entity_id=local_id,
            action=action,
            field=field,
            new=None if value is None else str(value),
            ts=now,
        )
    return 1
