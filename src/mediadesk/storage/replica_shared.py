"""Pushing and pulling the shared tables other than enquiries, driven by their descriptions.

Everything here reads `shared_tables`: which columns a record has, what each may hold, which
record it belongs to. A pulled value is checked like any input; a photo is stripped again
(a tampered client could have sent one with a location in it).
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlcipher3

from mediadesk.domain.enquiry import name_key
from mediadesk.domain.photo_bytes import stripped
from mediadesk.storage import audit, directory_ids
from mediadesk.storage.db import Connection, inserted_id, to_ts
from mediadesk.storage.replica_versions import UID, applying, set_version
from mediadesk.storage.shared_tables import BY_ENTITY, ORDER, TABLES, Kind, Table, fits

log = logging.getLogger("mediadesk.sync")
HISTORIED = frozenset({"visit", "post"})  # kinds whose local history shows pulled changes


def _shared_kinds(conn: Connection) -> set[str]:
    row = conn.execute("SELECT value FROM sync_state WHERE key = 'shared_kinds'").fetchone()
    return set() if row is None else set(json.loads(row[0]))


def note_all_for_joining(conn: Connection, only: Sequence[Table] = TABLES) -> int:
    """Every shared record already here goes to the office on the next push, parents first
    (the directory under the ids the office gives it: storage.directory_ids)."""
    if any(t.entity in ("outlet", "contact") for t in only):
        directory_ids.rekey(conn)
    total = 0
    for table in only:
        cursor = conn.execute(
            "INSERT OR IGNORE INTO sync_pending(entity, uid, field)"
            f" SELECT ?, uid, '*' FROM {table.table} ORDER BY id",
            (table.entity,),
        )
        total += int(cursor.rowcount)
    kinds = sorted(_shared_kinds(conn) | {t.entity for t in only})
    conn.execute(
        "INSERT OR REPLACE INTO sync_state(key, value) VALUES ('shared_kinds', ?)",
        (json.dumps(kinds),),
    )
    return total


def catch_up(conn: Connection) -> int:
    """A profile that joined before this MediaDesk shared some table brings that table in
    (once); how many records it queued. A newly shared table needs nothing more than this."""
    missing = [t for t in TABLES if t.entity not in _shared_kinds(conn)]
    return note_all_for_joining(conn, missing) if missing else 0


def current(
    conn: Connection, entity: str, uid: str, fields: Sequence[str]
) -> dict[str, Any] | None:
    """The shared fields of a local record as the office keeps them (None: not here)."""
    table = BY_ENTITY[entity]
    row = conn.execute(
        "SELECT " + ", ".join(table.reading(f) for f in fields) + f" FROM {table.table} t"
        " WHERE t.uid = ?",
        (uid,),
    ).fetchone()
    if row is None:
        return None
    values = dict(zip(fields, row, strict=True))
    for name in fields:
        kind = table.fields[name].kind
        if kind is Kind.BLOB and isinstance(values[name], bytes):
            values[name] = base64.b64encode(values[name]).decode("ascii")
        elif kind is Kind.DERIVED and isinstance(values[name], str):
            values[name] = json.loads(values[name])
    return values


def as_kept(
    entity: str, uid: str, record: dict[str, Any], versions: dict[str, Any]
) -> list[dict[str, Any]]:
    """The office's whole record, as changes to take in (what it lacks, it never set)."""
    table = BY_ENTITY.get(entity)
    if table is None:
        return []
    unset = dict(table.unset)
    return [
        {
            "entity": entity,
            "id": uid,
            "field": name,
            "value": record.get(name, unset.get(name)),
            "version": versions.get(name) if isinstance(versions.get(name), int) else 0,
            "author": "office",
        }
        for name in table.fields
        if name in record or name in unset
    ]


def take_in(conn: Connection, changes: Sequence[Any], now: datetime) -> int:
    """Write pulled changes of the shared tables here (a field with a local edit keeps it)."""
    by_record: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for change in changes:
        entity = change.get("entity") if isinstance(change, dict) else None
        if not isinstance(entity, str) or entity not in BY_ENTITY:
            continue
        table = BY_ENTITY[entity]
        uid, name = change.get("id"), str(change.get("field", ""))
        if not isinstance(uid, str) or not UID.fullmatch(uid):
            continue
        version = change.get("version", 0)
        if type(version) is not int or not 0 <= version < 2**31:
            continue
        if name == "_deleted":
            if change.get("value") is not True:
                continue
        elif name in table.fields and not fits(table.fields[name], change.get("value")):
            log.warning("a pulled value for %s %s did not fit and was left out", table.entity, name)
            continue
        by_record.setdefault((table.entity, uid), []).append(change)
    taken = 0
    with applying(conn):  # parents first: a post needs its visit here before it can be made
        for (entity, uid), group in sorted(by_record.items(), key=lambda i: ORDER[i[0][0]]):
            taken += _take_record(conn, BY_ENTITY[entity], uid, group, now)
    return taken


def _local_id(conn: Connection, table: Table, uid: str) -> int | None:
    row = conn.execute(f"SELECT id FROM {table.table} WHERE uid = ?", (uid,)).fetchone()
    return None if row is None else int(row[0])


def _waiting_here(conn: Connection, table: Table, uid: str) -> set[str]:
    mine = {
        str(r[0])
        for r in conn.execute(
            "SELECT field FROM sync_pending WHERE entity = ? AND uid = ?", (table.entity, uid)
        )
    }
    return mine | set(table.pushed()) if "*" in mine else mine


def _take_record(
    conn: Connection, table: Table, uid: str, group: list[dict[str, Any]], now: datetime
) -> int:
    local_id = _local_id(conn, table, uid)
    if any(c.get("field") == "_deleted" for c in group):
        if local_id is not None:
            try:
                conn.execute(f"DELETE FROM {table.table} WHERE id = ?", (local_id,))
            except sqlcipher3.IntegrityError:  # still named here (an enquiry's journalist)
                log.warning("a %s the office deleted is still used here and stays", table.entity)
                return 0
        conn.execute("DELETE FROM sync_records WHERE entity = ? AND uid = ?", (table.entity, uid))
        return 1
    mine = _waiting_here(conn, table, uid)
    here = current(conn, table.entity, uid, list(table.fields))
    last = {str(c.get("field", "")): c for c in group}  # in order: the last of each field stands
    values: dict[str, Any] = {}
    authors: dict[str, str] = {}
    for name, change in last.items():
        if name not in table.fields or name in mine:
            continue  # a field a newer MediaDesk shares, or one edited here and not yet pushed
        set_version(conn, table.entity, uid, name, int(change.get("version", 0)))
        spec = table.fields[name]
        if spec.kind is not Kind.DERIVED and (here is None or here[name] != change.get("value")):
            values[name] = change.get("value")
            authors[name] = str(change.get("author", ""))
    columns = _columns(conn, table, values)
    if columns is None or not columns:
        return 0
    if local_id is None:
        missing = [n for n, f in table.fields.items() if f.required and f.column not in columns]
        if missing:
            log.info("a pulled %s lacks %s: it waits for the rest", table.entity, missing[0])
            return 0
        columns |= {name: to_ts(now) for name in table.made}
        try:
            cursor = conn.execute(
                f"INSERT INTO {table.table}(uid, {', '.join(columns)})"
                f" VALUES (?{', ?' * len(columns)})",
                (uid, *columns.values()),
            )
        except sqlcipher3.IntegrityError:  # the same part queued here under another id
            log.warning("a pulled %s clashes with one made here and was left out", table.entity)
            return 0
        local_id, action = inserted_id(cursor), "create"
    else:
        if table.touched:
            columns[table.touched] = to_ts(now)
        try:
            conn.execute(
                f"UPDATE {table.table} SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
                (*columns.values(), local_id),
            )
        except sqlcipher3.IntegrityError:  # renamed to a name another record has here
            log.warning("a pulled %s clashes with another here and was left out", table.entity)
            return 0
        action = "update"
    if table.entity in HISTORIED:
        _audit(conn, table, local_id, action, values, authors, now)
    return 1


def _columns(conn: Connection, table: Table, values: dict[str, Any]) -> dict[str, Any] | None:
    """Local column -> value for the pulled values (None: one cannot be kept)."""
    columns: dict[str, Any] = {}
    for name, value in values.items():
        spec = table.fields[name]
        kept: Any = value
        if spec.kind is Kind.REF:
            kept = _local_id(conn, BY_ENTITY[spec.ref], str(value))
            if kept is None:
                log.warning("a pulled %s names a %s not here", table.entity, spec.ref)
                return None
        elif spec.kind is Kind.BLOB:
            kept = _photo(value, str(values.get("format") or ""))
            if kept is None:
                log.warning("a pulled %s was not a clean photo and was left out", table.entity)
                return None
        columns[spec.column] = kept
        if name == table.name_key:
            columns["name_key"] = name_key(str(value))
    return columns


def _photo(value: Any, fmt: str) -> bytes | None:
    try:
        data = base64.b64decode(str(value), validate=True)
    except (binascii.Error, ValueError):
        return None
    if not fmt:  # the format did not come with it: it is whichever the bytes say
        fmt = "png" if data.startswith(b"\x89PNG") else "jpeg"
    return stripped(data, fmt)


def _audit(
    conn: Connection,
    table: Table,
    local_id: int,
    action: str,
    values: dict[str, Any],
    authors: dict[str, str],
    now: datetime,
) -> None:
    for name, value in values.items():
        shown = value if isinstance(value, str) else json.dumps(value)
        audit.append(
            conn,
            actor=authors[name],
            entity=table.entity,
            entity_id=local_id,
            action=action,
            field=name,
            new=None if value is None else shown,
            ts=now,
        )
