"""Checking the office server's audit chain from the client, line by line.

The server writes each line's hash in `mediadesk.audit_line`; this recomputes them from what
the rows hold, so a line edited, removed or inserted by anyone with access to the tables (the
grants stop officers; this catches the rest) breaks the chain where it happened.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from mediadesk.domain.audit import ChainReport

if TYPE_CHECKING:
    import psycopg

GENESIS = "0" * 64
SEPARATOR = "\x1f"
MAX_PROBLEMS = 20

LINES = (
    "SELECT id, office_id, (extract(epoch FROM at) * 1000)::bigint, actor, entity,"
    " record_id::text, action, field, coalesce(old::text, ''), coalesce(new::text, ''),"
    " prev_hash, hash FROM mediadesk.audit ORDER BY office_id, id"
)


def line_hash(head: str, values: tuple[object, ...]) -> str:
    """The hash of one line chained to `head`, as the server computes it."""
    text = SEPARATOR.join([head, *(str(v) for v in values)])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def verify(conn: psycopg.Connection) -> ChainReport:
    """Walk every office's chain the signed-in user can see, in order."""
    problems: list[str] = []
    heads: dict[int, str] = {}
    rows = 0
    # A server-side cursor (years of lines in little memory) lives in a transaction.
    with conn.transaction(), conn.cursor(name="audit_chain") as cursor:
        cursor.execute(LINES)
        for row in cursor:
            rows += 1
            line_id, office = int(row[0]), int(row[1])
            head = heads.get(office, GENESIS)
            prev_hash, stored = str(row[10]), str(row[11])
            if prev_hash != head:
                problems.append(f"Office audit line {line_id}: does not follow the line before it.")
            if line_hash(prev_hash, tuple(row[1:10])) != stored:
                problems.append(f"Office audit line {line_id}: its contents were changed.")
            heads[office] = stored
            if len(problems) >= MAX_PROBLEMS:
                break
    return ChainReport(rows, tuple(problems))
