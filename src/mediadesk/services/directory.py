"""The journalist directory: saving contacts, spotting duplicates, enquiry history."""

from __future__ import annotations

import re
from dataclasses import replace

from mediadesk.domain.enquiry import Contact, Enquiry, Outlet, OutletType, name_key
from mediadesk.errors import ValidationError
from mediadesk.storage import directory as store
from mediadesk.storage import enquiries as repo
from mediadesk.storage.db import Connection, transaction
from mediadesk.words import QT_TRANSLATE_NOOP, Said

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _digits(phone: str) -> str:
    digits = re.sub(r"\D", "", phone)
    return "0" + digits[2:] if digits.startswith("44") else digits


def possible_duplicates(conn: Connection, contact: Contact) -> list[Contact]:
    """Other contacts with the same name, email address or phone number."""
    found: list[Contact] = []
    for other in store.contacts(conn):
        if other.id == contact.id:
            continue
        same_name = name_key(other.name) == name_key(contact.name)
        same_email = bool(contact.email) and other.email.lower() == contact.email.lower()
        same_phone = bool(_digits(contact.phone)) and _digits(other.phone) == _digits(contact.phone)
        if same_name or same_email or same_phone:
            found.append(other)
    return found


def save_contact(
    conn: Connection, contact: Contact, outlet_name: str, outlet_type: OutletType | None = None
) -> int:
    """Create or update a contact (and its outlet); returns its id."""
    if not contact.name.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Messages", "A journalist needs a name."))
    if contact.email and not _EMAIL.match(contact.email.strip()):
        raise ValidationError(
            Said(
                QT_TRANSLATE_NOOP("Messages", "'{email}' is not an email address."),
                email=contact.email,
            )
        )
    with transaction(conn):
        outlet_id = None
        if outlet_name.strip():
            outlet, created = store.ensure_outlet(
                conn, outlet_name, outlet_type or OutletType.NATIONAL
            )
            if outlet_type is not None and not created and outlet.type is not outlet_type:
                store.set_outlet_type(conn, outlet.id, outlet_type)
            outlet_id = outlet.id
        clean = replace(
            contact,
            name=" ".join(contact.name.split()),
            outlet_id=outlet_id,
            email=contact.email.strip(),
        )
        if contact.id:
            store.update_contact(conn, clean)
            contact_id = contact.id
            repo.reindex(conn, store.enquiry_ids_for_contact(conn, contact_id))
        else:
            contact_id = store.insert_contact(conn, clean)
    return contact_id


def history(conn: Connection, contact_id: int) -> list[Enquiry]:
    """A journalist's enquiries, newest first."""
    ids = store.enquiry_ids_for_contact(conn, contact_id)
    rows = repo.get_many(conn, ids)
    return [rows[i] for i in ids if i in rows]


def match_contact(conn: Connection, author: str, handle: str = "") -> Contact | None:
    """The directory entry for a post's author: by social handle first, then by name."""
    wanted = handle.strip().lstrip("@").casefold()
    everyone = store.contacts(conn)
    if wanted:
        for contact in everyone:
            handles = {
                h.strip().lstrip("@").casefold()
                for h in re.split(r"[,\s]+", contact.handles)
                if h.strip()
            }
            if wanted in handles:
                return contact
    key = name_key(author)
    return next((c for c in everyone if key and name_key(c.name) == key), None)


def match_sender(conn: Connection, name: str, address: str) -> Contact | None:
    """The directory entry for an email's sender: by address first, then by name."""
    wanted = address.strip().casefold()
    if wanted:
        for contact in store.contacts(conn):
            if contact.email.strip().casefold() == wanted:
                return contact
    return match_contact(conn, name) if name.strip() else None


class Directory:
    """The journalist directory on one connection: the Desk's door to contacts and outlets."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def contacts(self) -> list[Contact]:
        return store.contacts(self._conn)

    def outlets(self) -> list[Outlet]:
        return store.outlets(self._conn)

    def get(self, contact_id: int) -> Contact | None:
        return store.get_contact(self._conn, contact_id)

    def find_outlet(self, name: str) -> Outlet | None:
        return store.find_outlet(self._conn, name)

    def history(self, contact_id: int) -> list[Enquiry]:
        return history(self._conn, contact_id)

    def possible_duplicates(self, contact: Contact) -> list[Contact]:
        return possible_duplicates(self._conn, contact)

    def save(
        self, contact: Contact, outlet_name: str, outlet_type: OutletType | None = None
    ) -> int:
        return save_contact(self._conn, contact, outlet_name, outlet_type)

    def match(self, author: str, handle: str = "") -> Contact | None:
        return match_contact(self._conn, author, handle)

    def match_sender(self, name: str, address: str) -> Contact | None:
        """Who sent an email, as the directory knows them (by address, then by name)."""
        return match_sender(self._conn, name, address)
