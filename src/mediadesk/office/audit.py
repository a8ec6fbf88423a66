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
    " prev_hash, hash, {forms} FROM mediadesk.audit ORDER BY office_id, id"
)
# Lines of form 2 (server migration 5 on) hash their values' digests, so retention can empty
# the values and the line still verifies; form 1 lines hashed the values themselves.
FORMS = "form, old_digest, new_digest, redacted"
NO_FORMS = "1, NULL, NULL, false"  # a server not yet upgraded to migration 5


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _problem(row: tuple[object, ...]) -> str:
    """What is wrong with one line's contents ('' when nothing)."""
    line_id, prev_hash, stored = row[0], str(row[10]), str(row[11])
    form, old_digest, new_digest, redacted = row[12], row[13], row[14], bool(row[15])
    if form == 2:
        if not redacted and (
            _digest(str(row[8])) != old_digest or _digest(str(row[9])) != new_digest
        ):
            return f"Office audit line {line_id}: its contents were changed."
        values: tuple[object, ...] = (*row[1:8], old_digest, new_digest)
    elif redacted:
        return ""  # emptied by retention before lines kept digests: only its place is checked
    else:
        values = tuple(row[1:10])
    if line_hash(prev_hash, values) != stored:
        return f"Office audit line {line_id}: its contents were changed."
    return ""


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
    upgraded = conn.execute(
        "SELECT 1 FROM information_schema.columns WHERE table_schema = 'mediadesk'"
        " AND table_name = 'audit' AND column_name = 'form'"
    ).fetchone()
    with conn.transaction(), conn.cursor(name="audit_chain") as cursor:
        cursor.execute(LINES.format(forms=FORMS if upgraded else NO_FORMS).encode())
        for row in cursor:
            rows += 1
            line_id, office = int(row[0]), int(row[1])
            head = heads.get(office, GENESIS)
            prev_hash, stored = str(row[10]), str(row[11])
            if prev_hash != head:
                problems.append(f"Office audit line {line_id}: does not follow the line before it.")
            problem = _problem(tuple(row))
            if problem:
                problems.append(problem)
            heads[office] = stored
            if len(problems) >= MAX_PROBLEMS:
                break
    return ChainReport(rows, tuple(problems))
