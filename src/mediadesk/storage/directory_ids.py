"""Global ids for outlets and journalists, made from their names once the office is known.

Two laptops that each add "BBC Wales" offline, or that each meet "Jane Doe of BBC Wales" on an
enquiry pulled from the office, make the same id, so the office holds one record (and two
different phone numbers for her are a conflict to settle, not two Jane Does). Ids are made
within the office (two offices' "BBC Wales" are different records) and never change after;
a name taken already (a journalist renamed to a name once used) gets a random id.
"""

from __future__ import annotations

import uuid

from mediadesk.domain.enquiry import name_key
from mediadesk.storage.db import Connection

NAMESPACE = uuid.UUID("6f1c2a4e-0d55-4c0e-9a51-6d2b3e1f7a90")  # MediaDesk's directory ids


def _office(conn: Connection) -> str | None:
    row = conn.execute("SELECT value FROM sync_state WHERE key = 'office_id'").fetchone()
    return None if row is None or not row[0] else str(row[0])


def _free(conn: Connection, table: str, uid: str) -> bool:
    return conn.execute(f"SELECT 1 FROM {table} WHERE uid = ?", (uid,)).fetchone() is None


def _made(office: str, entity: str, natural: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{office}:{entity}:{natural}"))


def outlet_uid(conn: Connection, name: str) -> str | None:
    """The id a new outlet called `name` takes (None: a random one, as a solo profile's)."""
    office = _office(conn)
    if office is None:
        return None
    made = _made(office, "outlet", name_key(name))
    return made if _free(conn, "outlets", made) else None


def contact_uid(conn: Connection, name: str, outlet_id: int | None) -> str | None:
    """The id a new journalist called `name` at that outlet takes (None: a random one)."""
    office = _office(conn)
    if office is None:
        return None
    row = None
    if outlet_id is not None:
        row = conn.execute("SELECT name_key FROM outlets WHERE id = ?", (outlet_id,)).fetchone()
    made = _made(office, "contact", f"{name_key(name)}@{row[0] if row else ''}")
    return made if _free(conn, "contacts", made) else None


def rekey(conn: Connection) -> int:
    """Give the office's ids to outlets and journalists it has not heard of (on joining, or
    when a newer MediaDesk first shares the directory); how many changed."""
    changed = 0
    unknown = " AND uid NOT IN (SELECT uid FROM sync_records WHERE entity = ?)"
    for outlet_id, name in conn.execute(
        "SELECT id, name FROM outlets WHERE 1" + unknown + " ORDER BY id", ("outlet",)
    ).fetchall():
        made = outlet_uid(conn, str(name))
        if made is not None:
            _move(conn, "outlet", "outlets", outlet_id, made)
            changed += 1
    for contact_id, name, outlet_id in conn.execute(
        "SELECT id, name, outlet_id FROM contacts WHERE 1" + unknown + " ORDER BY id",
        ("contact",),
    ).fetchall():
        made = contact_uid(conn, str(name), outlet_id)
        if made is not None:
            _move(conn, "contact", "contacts", contact_id, made)
            changed += 1
    return changed


def _move(conn: Connection, entity: str, table: str, row_id: int, uid: str) -> None:
    """A row's new id, and its changes waiting to be pushed with it."""
    conn.execute(
        f"UPDATE sync_pending SET uid = ? WHERE entity = ? AND uid = (SELECT uid FROM {table}"
        " WHERE id = ?)",
        (uid, entity, row_id),
    )
    conn.execute(f"UPDATE {table} SET uid = ? WHERE id = ?", (uid, row_id))
