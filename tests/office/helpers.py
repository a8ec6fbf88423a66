"""Signing in to a test office as its officers, and pushing and pulling as a replica would."""

from __future__ import annotations

import json
import uuid
from typing import Any

import psycopg

from mediadesk.office import server
from tests.office.conftest import Office

PASSWORD = "a long office password"
PEOPLE = {"olly": "officer", "cara": "clearer", "cleo": "clearer", "ada": "admin"}


def staffed(office: Office) -> Office:
    """The office's schema, and one officer, two clearers and an admin."""
    server.init(office.dsn)
    for name, role in PEOPLE.items():
        server.add_user(office.dsn, name, role, PASSWORD)
    return office


def sign_in(office: Office, name: str) -> psycopg.Connection:
    return psycopg.connect(office.as_user(name, PASSWORD), autocommit=True)


def push(conn: psycopg.Connection, *changes: dict[str, Any]) -> list[dict[str, Any]]:
    row = conn.execute(
        "SELECT mediadesk.push(%s, %s::jsonb)", (uuid.uuid4(), json.dumps(list(changes)))
    ).fetchone()
    assert row is not None
    return list(row[0])


def change(record: uuid.UUID, field: str, value: Any, base: int = 0) -> dict[str, Any]:
    return {"entity": "enquiry", "id": str(record), "field": field, "value": value, "base": base}


def pull(conn: psycopg.Connection, since: str = "0", limit: int = 5000) -> dict[str, Any]:
    row = conn.execute("SELECT mediadesk.pull(%s::xid8, %s)", (since, limit)).fetchone()
    assert row is not None
    return dict(row[0])
