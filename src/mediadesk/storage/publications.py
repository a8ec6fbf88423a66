"""Publication rows: each part of a post on its way to one platform, and its outcome."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from mediadesk.domain.platforms import Platform
from mediadesk.storage.db import Connection, from_ts, to_ts

_COLUMNS = (
    "id, post_id, platform, part, text, idem_key, state, not_before, attempts, first_attempt,"
    " remote_id, remote_cid, remote_url, last_error"
)


@dataclass(frozen=True)
class Publication:
    """One post (or thread part) on its way to one platform."""

    id: int
    post_id: int
    platform: Platform
    part: int
    text: str
    key: str
    state: str  # pending, sending, published, failed, held
    not_before: datetime
    attempts: int
    first_attempt: datetime | None
    remote_id: str
    remote_cid: str
    remote_url: str
    last_error: str


def _publication(r: Sequence[Any]) -> Publication:
    return Publication(
        int(r[0]),
        int(r[1]),
        Platform(r[2]),
        int(r[3]),
        str(r[4]),
        str(r[5]),
        str(r[6]),
        from_ts(int(r[7])),
        int(r[8]),
        from_ts(None if r[9] is None else int(r[9])),
        str(r[10]),
        str(r[11]),
        str(r[12]),
        str(r[13]),
    )


def for_post(conn: Connection, post_id: int) -> list[Publication]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM publications WHERE post_id=? ORDER BY platform, part",
        (post_id,),
    )
    return [_publication(row) for row in rows]


def waiting(conn: Connection) -> list[Publication]:
    """Everything not yet published, soonest first."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM publications WHERE state != 'published'"
        " ORDER BY not_before, post_id, platform, part"
    )
    return [_publication(row) for row in rows]


def due(conn: Connection, now: datetime) -> list[Publication]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM publications WHERE state IN ('pending','sending')"
        " AND not_before <= ? ORDER BY post_id, platform, part",
        (to_ts(now),),
    )
    return [_publication(row) for row in rows]


def counts(conn: Connection) -> tuple[int, int]:
    """(posts waiting to go, posts with a failed part)."""
    row = conn.execute(
        "SELECT count(DISTINCT CASE WHEN state IN ('pending','sending') THEN post_id END),"
        " count(DISTINCT CASE WHEN state='failed' THEN post_id END) FROM publications"
    ).fetchone()
    return int(row[0]), int(row[1])


def next_due(conn: Connection) -> datetime | None:
    row = conn.execute(
        "SELECT min(not_before) FROM publications WHERE state IN ('pending','sending')"
    ).fetchone()
    return None if row[0] is None else from_ts(int(row[0]))


def state(conn: Connection, pub_id: int) -> str:
    row = conn.execute("SELECT state FROM publications WHERE id=?", (pub_id,)).fetchone()
    return str(row[0])


def embargo_of(conn: Connection, post_id: int) -> datetime | None:
    """The embargo of the post's visit as it is now (it may have moved since queueing)."""
    row = conn.execute(
        "SELECT v.embargo FROM posts p JOIN visits v ON v.id = p.visit_id WHERE p.id=?",
        (post_id,),
    ).fetchone()
    return None if row is None or row[0] is None else from_ts(int(row[0]))


def hold_until(conn: Connection, post_id: int, moment: datetime) -> None:
    """Nothing of the post goes before `moment` (what is out stays out)."""
    conn.execute(
        "UPDATE publications SET not_before=? WHERE post_id=? AND state!='published'",
        (to_ts(moment), post_id),
    )


def mark_sending(conn: Connection, pub_id: int, first_attempt: datetime) -> None:
    conn.execute(
        "UPDATE publications SET state='sending', attempts=attempts+1, first_attempt=? WHERE id=?",
        (to_ts(first_attempt), pub_id),
    )


def retry_at(conn: Connection, pub_id: int, moment: datetime, error: str) -> None:
    """Back to pending, due at `moment` (not if it was taken out of the outbox meanwhile)."""
    conn.execute(
        "UPDATE publications SET state='pending', not_before=?, last_error=?"
        " WHERE id=? AND state='sending'",
        (to_ts(moment), error, pub_id),
    )


def mark_published(conn: Connection, pub_id: int, remote_id: str, cid: str, url: str) -> None:
    conn.execute(
        "UPDATE publications SET state='published', remote_id=?, remote_cid=?,"
        " remote_url=?, last_error='' WHERE id=?",
        (remote_id, cid, url, pub_id),
    )


def mark_failed(conn: Connection, pub_id: int, error: str) -> None:
    conn.execute("UPDATE publications SET state='failed', last_error=? WHERE id=?", (error, pub_id))


def retry_failed(conn: Connection, post_id: int, now: datetime) -> None:
    """A post's failed parts are pending again, due now."""
    conn.execute(
        "UPDATE publications SET state='pending', not_before=? WHERE post_id=? AND state='failed'",
        (to_ts(now), post_id),
    )


def untried_parts(conn: Connection, post_id: int) -> list[tuple[str, int]]:
    """(platform, part) of the post's parts never sent: safe to drop or rewrite."""
    rows = conn.execute(
        "SELECT platform, part FROM publications WHERE post_id=? AND state!='published'"
        " AND attempts=0",
        (post_id,),
    ).fetchall()
    return [(str(platform), int(part)) for platform, part in rows]


def drop_part(conn: Connection, post_id: int, platform: str, part: int) -> None:
    conn.execute(
        "DELETE FROM publications WHERE post_id=? AND platform=? AND part=?",
        (post_id, platform, part),
    )


def put_part(
    conn: Connection,
    post_id: int,
    platform: Platform,
    part: int,
    text: str,
    key: str,
    not_before: datetime,
) -> None:
    """Queue a part; one tried before keeps its key and attempts (never sent twice)."""
    conn.execute(
        "INSERT INTO publications(post_id, platform, part, text, idem_key, not_before)"
        " VALUES (?,?,?,?,?,?) ON CONFLICT(post_id, platform, part) DO UPDATE SET"
        " text=excluded.text, not_before=excluded.not_before, state='pending', last_error=''"
        " WHERE state!='published'",
        (post_id, platform.value, part, text, key, to_ts(not_before)),
    )


def withdraw(conn: Connection, post_id: int) -> None:
    """Out of the outbox: untried parts go; tried ones are held with their keys."""
    conn.execute(
        "DELETE FROM publications WHERE post_id=? AND state IN ('pending','failed') AND attempts=0",
        (post_id,),
    )
    conn.execute(
        "UPDATE publications SET state='held' WHERE post_id=? AND state!='published'", (post_id,)
    )


def post_uid(conn: Connection, post_id: int) -> str:
    """The post's global id: the office knows it by that."""
    row = conn.execute("SELECT uid FROM posts WHERE id=?", (post_id,)).fetchone()
    return "" if row is None or row[0] is None else str(row[0])
