"""Visits, posts, their photos and snippets in the encrypted database."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from mediadesk.domain.platforms import Platform
from mediadesk.domain.posts import Photo, Post, PostStatus, Visit
from mediadesk.storage.db import Connection, from_ts, to_ts

VISIT_COLUMNS = "id, minister, date, place, notes, embargo, location_sensitive_until"
POST_COLUMNS = (
    "id, visit_id, text, variants, hashtags, link, platforms, thread, status, status_note,"
    " publish_at, cleared_by, cleared_at, clearance_note, updated"
)
PHOTO_COLUMNS = "id, position, format, width, height, length(data), alt, source_name"


def _visit(row: tuple[Any, ...]) -> Visit:
    return Visit(row[0], row[1], row[2], row[3], row[4], from_ts(row[5]), from_ts(row[6]))


def insert_visit(conn: Connection, visit: Visit, now: datetime) -> int:
    cur = conn.execute(
        "INSERT INTO visits(minister, date, place, notes, embargo, location_sensitive_until,"
        " created, updated) VALUES (?,?,?,?,?,?,?,?)",
        (
            visit.minister,
            visit.date,
            visit.place,
            visit.notes,
            to_ts(visit.embargo),
            to_ts(visit.location_sensitive_until),
            to_ts(now),
            to_ts(now),
        ),
    )
    return int(cur.lastrowid or 0)


def update_visit(conn: Connection, visit: Visit, now: datetime) -> None:
    conn.execute(
        "UPDATE visits SET minister=?, date=?, place=?, notes=?, embargo=?,"
        " location_sensitive_until=?, updated=? WHERE id=?",
        (
            visit.minister,
            visit.date,
            visit.place,
            visit.notes,
            to_ts(visit.embargo),
            to_ts(visit.location_sensitive_until),
            to_ts(now),
            visit.id,
        ),
    )


def get_visit(conn: Connection, visit_id: int) -> Visit | None:
    row = conn.execute(f"SELECT {VISIT_COLUMNS} FROM visits WHERE id=?", (visit_id,)).fetchone()
    return None if row is None else _visit(row)


def visits(conn: Connection) -> list[Visit]:
    """Every visit, the most recent date first."""
    rows = conn.execute(f"SELECT {VISIT_COLUMNS} FROM visits ORDER BY date DESC, id DESC")
    return [_visit(row) for row in rows]


def photos(conn: Connection, post_id: int) -> tuple[Photo, ...]:
    rows = conn.execute(
        f"SELECT {PHOTO_COLUMNS} FROM post_photos WHERE post_id=? ORDER BY position",
        (post_id,),
    )
    return tuple(Photo(*row) for row in rows)


def photo_data(conn: Connection, photo_id: int) -> bytes:
    row = conn.execute("SELECT data FROM post_photos WHERE id=?", (photo_id,)).fetchone()
    return b"" if row is None else bytes(row[0])


def _post(conn: Connection, row: tuple[Any, ...]) -> Post:
    variants = {Platform(k): v for k, v in json.loads(row[3]).items()}
    platforms = tuple(Platform(p) for p in row[6].split(",") if p)
    return Post(
        id=row[0],
        visit_id=row[1],
        text=row[2],
        variants=variants,
        hashtags=row[4],
        link=row[5],
        platforms=platforms,
        thread=bool(row[7]),
        status=PostStatus(row[8]),
        status_note=row[9],
        publish_at=from_ts(row[10]),
        cleared_by=row[11],
        cleared_at=from_ts(row[12]),
        clearance_note=row[13],
        photos=photos(conn, row[0]),
        updated=from_ts(row[14]),
    )


def get_post(conn: Connection, post_id: int) -> Post | None:
    row = conn.execute(f"SELECT {POST_COLUMNS} FROM posts WHERE id=?", (post_id,)).fetchone()
    return None if row is None else _post(conn, row)


def posts(conn: Connection, visit_id: int) -> list[Post]:
    rows = conn.execute(
        f"SELECT {POST_COLUMNS} FROM posts WHERE visit_id=? ORDER BY id", (visit_id,)
    ).fetchall()
    return [_post(conn, row) for row in rows]


def posts_with_status(conn: Connection, statuses: tuple[PostStatus, ...]) -> list[Post]:
    marks = ",".join("?" * len(statuses))
    rows = conn.execute(
        f"SELECT {POST_COLUMNS} FROM posts WHERE status IN ({marks}) ORDER BY id",
        tuple(s.value for s in statuses),
    ).fetchall()
    return [_post(conn, row) for row in rows]


def insert_post(conn: Connection, visit_id: int, now: datetime) -> int:
    cur = conn.execute(
        "INSERT INTO posts(visit_id, created, updated) VALUES (?,?,?)",
        (visit_id, to_ts(now), to_ts(now)),
    )
    return int(cur.lastrowid or 0)


def write_post(conn: Connection, post: Post, now: datetime) -> None:
    """Store every field of `post` (photos are written separately)."""
    conn.execute(
        "UPDATE posts SET text=?, variants=?, hashtags=?, link=?, platforms=?, thread=?,"
        " status=?, status_note=?, publish_at=?, cleared_by=?, cleared_at=?,"
        " clearance_note=?, updated=? WHERE id=?",
        (
            post.text,
            json.dumps({p.value: v for p, v in post.variants.items() if v.strip()}),
            post.hashtags,
            post.link,
            ",".join(p.value for p in post.platforms),
            int(post.thread),
            post.status.value,
            post.status_note,
            to_ts(post.publish_at),
            post.cleared_by,
            to_ts(post.cleared_at),
            post.clearance_note,
            to_ts(now),
            post.id,
        ),
    )


def insert_photo(
    conn: Connection,
    post_id: int,
    data: bytes,
    fmt: str,
    size: tuple[int, int],
    source_name: str,
) -> int:
    row = conn.execute(
        "SELECT coalesce(max(position), -1) + 1 FROM post_photos WHERE post_id=?", (post_id,)
    ).fetchone()
    cur = conn.execute(
        "INSERT INTO post_photos(post_id, position, data, format, width, height, source_name)"
        " VALUES (?,?,?,?,?,?,?)",
        (post_id, row[0], data, fmt, size[0], size[1], source_name),
    )
    return int(cur.lastrowid or 0)


def set_photo_alt(conn: Connection, photo_id: int, alt: str) -> None:
    conn.execute("UPDATE post_photos SET alt=? WHERE id=?", (alt, photo_id))


def delete_photo(conn: Connection, photo_id: int) -> None:
    conn.execute("DELETE FROM post_photos WHERE id=?", (photo_id,))


def reorder_photos(conn: Connection, order: list[int]) -> None:
    for position, photo_id in enumerate(order):
        conn.execute("UPDATE post_photos SET position=? WHERE id=?", (position, photo_id))


def snippets(conn: Connection, visit_id: int) -> list[tuple[int, str]]:
    """Reusable quotes: this visit's, then ones kept for every visit."""
    rows = conn.execute(
        "SELECT id, text FROM snippets WHERE visit_id=? OR visit_id IS NULL"
        " ORDER BY visit_id IS NULL, id",
        (visit_id,),
    )
    return [(row[0], row[1]) for row in rows]


def insert_snippet(conn: Connection, visit_id: int | None, text: str, now: datetime) -> int:
    cur = conn.execute(
        "INSERT INTO snippets(visit_id, text, created) VALUES (?,?,?)",
        (visit_id, text, to_ts(now)),
    )
    return int(cur.lastrowid or 0)
