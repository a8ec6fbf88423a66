"""Journalists and outlets: the press office's contact directory."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from mediadesk.domain.enquiry import Contact, Outlet, OutletType, name_key
from mediadesk.storage import directory_ids
from mediadesk.storage.db import Connection, inserted_id

_CONTACT = (
    "SELECT c.id, c.name, c.outlet_id, coalesce(o.name, ''), c.role, c.phone, c.email, c.handles"
    " FROM contacts c LEFT JOIN outlets o ON o.id = c.outlet_id"
)


def _contact(r: Sequence[Any]) -> Contact:
    return Contact(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7])


def outlets(conn: Connection) -> list[Outlet]:
    """Every outlet, by name."""
    return [
        Outlet(r[0], r[1], OutletType(r[2]))
        for r in conn.execute("SELECT id, name, type FROM outlets ORDER BY name COLLATE NOCASE")
    ]


def find_outlet(conn: Connection, name: str) -> Outlet | None:
    """The outlet with this name (ignoring case and punctuation)."""
    r = conn.execute(
        "SELECT id, name, type FROM outlets WHERE name_key = ?", (name_key(name),)
    ).fetchone()
    return Outlet(r[0], r[1], OutletType(r[2])) if r else None


def ensure_outlet(
    conn: Connection, name: str, kind: OutletType = OutletType.NATIONAL
) -> tuple[Outlet, bool]:
    """The outlet called `name`, created if new; the flag says whether it was created."""
    existing = find_outlet(conn, name)
    if existing:
        return existing, False
    cur = conn.execute(
        "INSERT INTO outlets(name, name_key, type, uid) VALUES (?, ?, ?, ?)",
        (" ".join(name.split()), name_key(name), kind.value, directory_ids.outlet_uid(conn, name)),
    )
    return Outlet(inserted_id(cur), " ".join(name.split()), kind), True


def set_outlet_type(conn: Connection, outlet_id: int, kind: OutletType) -> None:
    """Change an outlet's type."""
    conn.execute("UPDATE outlets SET type = ? WHERE id = ?", (kind.value, outlet_id))


def contacts(conn: Connection) -> list[Contact]:
    """Every journalist, by name."""
    return [_contact(r) for r in conn.execute(_CONTACT + " ORDER BY c.name COLLATE NOCASE")]


def get_contact(conn: Connection, contact_id: int) -> Contact | None:
    """One journalist by id."""
    r = conn.execute(_CONTACT + " WHERE c.id = ?", (contact_id,)).fetchone()
    return _contact(r) if r else None


def find_contacts(conn: Connection, name: str, outlet_id: int | None = None) -> list[Contact]:
    """Journalists with this name (optionally at this outlet)."""
    sql = _CONTACT + " WHERE c.name_key = ?"
    params: list[Any] = [name_key(name)]
    if outlet_id is not None:
        sql += " AND c.outlet_id IS ?"
        params.append(outlet_id)
    return [_contact(r) for r in conn.execute(sql, params)]


def insert_contact(conn: Connection, contact: Contact) -> int:
    """Add a journalist; returns the new id."""
    cur = conn.execute(
        "INSERT INTO contacts(name, name_key, outlet_id, role, phone, email, handles, uid)"
        " VALUES (?,?,?,?,?,?,?,?)",
        (
            contact.name,
            name_key(contact.name),
            contact.outlet_id,
            contact.role,
            contact.phone,
            contact.email,
            contact.handles,
            directory_ids.contact_uid(conn, contact.name, contact.outlet_id),
        ),
    )
    return inserted_id(cur)


def update_contact(conn: Connection, contact: Contact) -> None:
    """Save a journalist's details."""
    conn.execute(
        "UPDATE contacts SET name = ?, name_key = ?, outlet_id = ?, role = ?, phone = ?,"
        " email = ?, handles = ? WHERE id = ?",
        (
            contact.name,
            name_key(contact.name),
            contact.outlet_id,
            contact.role,
            contact.phone,
            contact.email,
            contact.handles,
            contact.id,
        ),
    )


def enquiry_ids_for_contact(conn: Connection, contact_id: int) -> list[int]:
    """Ids of a journalist's enquiries, newest first."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT id FROM enquiries WHERE contact_id = ? ORDER BY received DESC", (contact_id,)
        )
    ]
