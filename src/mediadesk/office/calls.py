"""The office functions a replica calls, each answer checked before it is believed."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from mediadesk.errors import KnownError
from mediadesk.office.errors import explained

if TYPE_CHECKING:
    import psycopg

UNREADABLE = "The office server's answer could not be read."


def _one(conn: psycopg.Connection, query: str, params: Sequence[Any]) -> Any:
    import psycopg

    try:
        row = conn.execute(query.encode(), params).fetchone()
    except psycopg.Error as exc:
        raise explained(exc, "the office") from None
    return None if row is None else row[0]


def whoami(conn: psycopg.Connection) -> dict[str, Any] | None:
    """The signed-in officer (None: the login is not one of the office's officers)."""
    found = _one(conn, "SELECT mediadesk.whoami()", ())
    return found if isinstance(found, dict) else None


def push(conn: psycopg.Connection, origin: str, changes: Sequence[dict[str, Any]]) -> list[Any]:
    """The server's answer to each change, in order."""
    found = _one(
        conn, "SELECT mediadesk.push(%s, %s::jsonb)", (uuid.UUID(origin), json.dumps(list(changes)))
    )
    if not isinstance(found, list) or len(found) != len(changes):
        raise KnownError(UNREADABLE)
    return found


def pull(
    conn: psycopg.Connection, watermark: str, limit: int
) -> tuple[list[dict[str, Any]], str, bool]:
    """Changes after `watermark`, the next watermark, and whether more are waiting."""
    found = _one(conn, "SELECT mediadesk.pull(%s::xid8, %s)", (watermark, limit))
    if not isinstance(found, dict) or not isinstance(found.get("changes"), list):
        raise KnownError(UNREADABLE)
    changes = [c for c in found["changes"] if isinstance(c, dict)]
    return changes, str(found.get("watermark") or watermark), bool(found.get("more"))


SNAPSHOT = (
    b"SELECT entity, id::text, fields, versions, authors FROM mediadesk.records WHERE NOT deleted"
)
SNAPSHOT_PAGE = 5000


@contextmanager
def snapshot(conn: psycopg.Connection) -> Iterator[tuple[str, Iterator[tuple[Any, ...]]]]:
    """The office's records as they stand, and the watermark to pull what follows from.

    One repeatable-read transaction: every transaction below the watermark is in the rows,
    and any at or above it comes again with the next pull (taking a change twice is harmless).
    The rows come a page per statement (a server-side cursor), so a slow laptop taking in an
    office of years never runs into the statement timeout that catches a dead server.
    """
    import psycopg

    try:
        with conn.transaction():
            conn.execute(b"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            found = conn.execute(b"SELECT pg_snapshot_xmin(pg_current_snapshot())::text")
            watermark = found.fetchone()
            with conn.cursor(name="mediadesk_snapshot") as rows:
                rows.itersize = SNAPSHOT_PAGE
                rows.execute(SNAPSHOT)
                yield str(watermark[0] if watermark else "0"), iter(rows)
    except psycopg.Error as exc:
        raise explained(exc, "the office") from None


def reserve_references(conn: psycopg.Connection, year: int, count: int) -> int:
    """The first of `count` references for `year` kept for this laptop alone."""
    found = _one(conn, "SELECT mediadesk.reserve_references(%s, %s)", (year, count))
    if not isinstance(found, int):
        raise KnownError(UNREADABLE)
    return found


CONFLICTS = (
    "SELECT coalesce(jsonb_agg(jsonb_build_object('id', id, 'entity', entity, 'record_id',"
    " record_id, 'field', field, 'original', original, 'mine', mine, 'mine_by', mine_by,"
    " 'theirs', theirs, 'theirs_by', theirs_by) ORDER BY id), '[]')"
    " FROM (SELECT * FROM mediadesk.conflicts WHERE resolved_at IS NULL ORDER BY id LIMIT 1000) c"
)


def open_conflicts(conn: psycopg.Connection) -> list[dict[str, Any]]:
    """The office's conflicts nobody has settled yet (row security keeps them to the office)."""
    found = _one(conn, CONFLICTS, ())
    if not isinstance(found, list):
        raise KnownError(UNREADABLE)
    return [c for c in found if isinstance(c, dict)]


def settle_conflict(
    conn: psycopg.Connection, number: int, origin: str, value: Any
) -> dict[str, Any]:
    """Settle the office's conflict `number` with `value`; the server's answer."""
    found = _one(
        conn,
        "SELECT mediadesk.settle_conflict(%s, %s, %s::jsonb)",
        (number, uuid.UUID(origin), json.dumps(value)),
    )
    if not isinstance(found, dict):
        raise KnownError(UNREADABLE)
    return found


def listen(conn: psycopg.Connection) -> None:
    """Hear of every push to the office from now on (the connection must be autocommit)."""
    import psycopg

    try:
        conn.execute("LISTEN mediadesk")
    except psycopg.Error as exc:
        raise explained(exc, "the office") from None


def heard(conn: psycopg.Connection, office: str, origin: str, wait_s: float) -> bool:
    """Whether another laptop of `office` pushed within `wait_s` seconds."""
    import psycopg

    try:
        for note in conn.notifies(timeout=wait_s):
            who, _, sender = note.payload.partition(":")
            if who == office and sender != origin:
                return True
    except psycopg.Error as exc:
        raise explained(exc, "the office") from None
    return False


CLAIM_ANSWERS = frozenset({"claimed", "taken", "published", "released"})


def claim_publication(
    conn: psycopg.Connection, origin: str, post: str, platform: str, part: int, seconds: int
) -> dict[str, Any]:
    """Claim one part of a post for `seconds` (0: let it go); the server's checked answer."""
    found = _one(
        conn,
        "SELECT mediadesk.claim_publication(%s, %s, %s, %s, %s)",
        (uuid.UUID(origin), uuid.UUID(post), platform, part, seconds),
    )
    if not isinstance(found, dict) or found.get("result") not in CLAIM_ANSWERS:
        raise KnownError(UNREADABLE)
    return found


def references_given(conn: psycopg.Connection) -> set[str]:
    """Every enquiry reference the office holds (row security keeps it to the office)."""
    import psycopg

    try:
        rows = conn.execute(
            b"SELECT fields ->> 'ref' FROM mediadesk.records"
            b" WHERE entity = 'enquiry' AND NOT deleted AND fields ? 'ref'"
        ).fetchall()
    except psycopg.Error as exc:
        raise explained(exc, "the office") from None
    return {str(r[0]) for r in rows if isinstance(r[0], str)}


def references_reserved(conn: psycopg.Connection) -> dict[int, int]:
    """For each year, the last reference number the office has handed out to any laptop."""
    found = _one(conn, "SELECT mediadesk.references_reserved()", ())
    if not isinstance(found, dict):
        raise KnownError(UNREADABLE)
    return {
        int(year): number
        for year, number in found.items()
        if str(year).isdigit() and type(number) is int
    }
