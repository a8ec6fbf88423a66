"""Visits, posts, photos and the outbox as replica tables: noted, pushed, checked when pulled."""

from __future__ import annotations

import base64
import struct
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from mediadesk.domain.photo_bytes import PNG_SIGNATURE, stripped
from mediadesk.paths import ProfilePaths
from mediadesk.secrets import MemoryStore
from mediadesk.storage import migrations, replica, replica_shared
from mediadesk.storage.db import Connection, transaction
from mediadesk.storage.profile import open_profile
from mediadesk.storage.shared_tables import TABLES, Kind

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
VISIT = "0f0e0d0c-0b0a-4908-8706-050403020100"
POST = "1f0e0d0c-0b0a-4908-8706-050403020100"
PHOTO = "2f0e0d0c-0b0a-4908-8706-050403020100"
# A real (tiny) JPEG, as MediaDesk's encoder writes one.
JPEG = (Path(__file__).parents[1] / "fuzz" / "corpus" / "photo" / "tiny.jpg").read_bytes()
EXIF = b"\xff\xe1" + struct.pack(">H", 2 + 20) + b"Exif\x00\x00GPS 53.2N 4.1W"
COMMENT = b"\xff\xfe" + struct.pack(">H", 2 + 17) + b"at the safe house"


@pytest.fixture
def conn(profile_paths: ProfilePaths) -> Any:
    opened = open_profile(profile_paths, MemoryStore()).connect()
    yield opened
    opened.close()


def _pending(conn: Connection) -> list[tuple[str, str]]:
    return [(str(r[0]), str(r[1])) for r in conn.execute("SELECT entity, field FROM sync_pending")]


def _change(entity: str, uid: str, field: str, value: Any, version: int = 1) -> dict[str, Any]:
    return {"entity": entity, "id": uid, "field": field, "value": value, "version": version}


def _visit_and_post(photo: bytes) -> list[dict[str, Any]]:
    return [
        _change("visit", VISIT, "minister", "Jo Minister"),
        _change("visit", VISIT, "date", "2026-12-03"),
        _change("post", POST, "visit", VISIT),
        _change("post", POST, "text", "At the library"),
        _change("post", POST, "status", "submitted"),
        _change("photo", PHOTO, "post", POST),
        _change("photo", PHOTO, "position", 0),
        _change("photo", PHOTO, "data", base64.b64encode(photo).decode()),
        _change("photo", PHOTO, "format", "jpeg"),
        _change("photo", PHOTO, "width", 1),
        _change("photo", PHOTO, "height", 1),
    ]


def test_every_shared_field_has_a_trigger_noting_its_changes(conn: Connection) -> None:
    triggers = {
        str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }
    for table in TABLES:
        for name, spec in table.fields.items():
            if spec.kind is Kind.DERIVED or name in table.pulled_only:
                continue
            assert f"{table.table}_sync_{spec.column}" in triggers, (table.entity, name)


def test_a_visit_and_post_made_here_wait_to_be_pushed_with_global_ids(conn: Connection) -> None:
    with transaction(conn):
        conn.execute(
            "INSERT INTO visits(minister, date, created, updated) VALUES ('Jo', '2026-12-03', 0, 0)"
        )
        conn.execute("INSERT INTO posts(visit_id, created, updated) VALUES (1, 0, 0)")
    uid = conn.execute("SELECT uid FROM posts").fetchone()[0]
    assert len(uid) == 36 and uid != conn.execute("SELECT uid FROM visits").fetchone()[0]
    assert _pending(conn) == [("visit", "*"), ("post", "*")]
    with transaction(conn):
        pushed = replica.claim(conn)
    post = {c.field: c.value for c in pushed if c.entity == "post"}
    assert post["visit"] == conn.execute("SELECT uid FROM visits").fetchone()[0]
    assert post["status"] == "draft" and "cleared_by" not in post  # the office's own field stays
    assert "photos" not in post and "text" not in post  # empty: nothing to make or clobber


def test_a_pulled_post_with_its_photo_is_made_here_and_its_photo_stripped(
    conn: Connection,
) -> None:
    tampered = JPEG[:2] + EXIF + COMMENT + JPEG[2:]
    with transaction(conn):
        assert replica_shared.take_in(conn, _visit_and_post(tampered), NOW) == 3
    (data,) = conn.execute("SELECT data FROM post_photos").fetchone()
    assert data == JPEG  # the location and the comment are gone, the picture is not
    assert conn.execute("SELECT status, text FROM posts").fetchone() == (
        "submitted",
        "At the library",
    )
    assert _pending(conn) == []  # the office's changes are not pushed back


def test_pulled_values_that_cannot_stand_are_left_out(conn: Connection) -> None:
    hostile = [
        *_visit_and_post(b"\xff\xd8 not really a photo"),
        _change("post", POST, "status", "published-twice"),
        _change("visit", VISIT, "embargo", "tomorrow"),
        _change("post", POST, "thread", True),
        _change("photo", "not-a-uid", "alt", "x"),
        _change("post", POST, "text", "x" * 2_000_000),
    ]
    with transaction(conn):
        replica_shared.take_in(conn, hostile, NOW)
    assert conn.execute("SELECT count(*) FROM post_photos").fetchone() == (0,)
    assert conn.execute("SELECT status, text, thread FROM posts").fetchone() == (
        "submitted",
        "At the library",
        0,
    )
    assert conn.execute("SELECT embargo FROM visits").fetchone() == (None,)


def test_a_post_whose_visit_is_not_here_waits_instead_of_breaking(conn: Connection) -> None:
    orphan = [c for c in _visit_and_post(JPEG) if c["entity"] == "post"]
    with transaction(conn):
        assert replica_shared.take_in(conn, orphan, NOW) == 0
    assert conn.execute("SELECT count(*) FROM posts").fetchone() == (0,)


def test_a_deletion_from_the_office_removes_the_post_and_its_photos(conn: Connection) -> None:
    with transaction(conn):
        replica_shared.take_in(conn, _visit_and_post(JPEG), NOW)
        replica_shared.take_in(conn, [_change("post", POST, "_deleted", True, 2)], NOW)
    assert conn.execute("SELECT count(*) FROM posts").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM post_photos").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM visits").fetchone() == (1,)


def test_a_field_edited_here_keeps_its_edit_until_pushed(conn: Connection) -> None:
    with transaction(conn):
        replica_shared.take_in(conn, _visit_and_post(JPEG), NOW)
        conn.execute("UPDATE posts SET text = 'Mine, not yet pushed'")
        replica_shared.take_in(conn, [_change("post", POST, "text", "Theirs", 2)], NOW)
    assert conn.execute("SELECT text FROM posts").fetchone() == ("Mine, not yet pushed",)


def test_a_version_5_profile_gives_its_posts_global_ids_when_upgraded(
    profile_paths: ProfilePaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = MemoryStore()
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:5])
        patch.setattr(migrations, "LATEST", 5)
        old = open_profile(profile_paths, store).connect()
        old.execute(
            "INSERT INTO visits(minister, date, created, updated) VALUES ('Jo', '2026-11-01', 0, 0)"
        )
        old.execute("INSERT INTO posts(visit_id, text, created, updated) VALUES (1, 'Old', 0, 0)")
        old.close()
    conn = open_profile(profile_paths, store).connect()
    assert migrations.schema_version(conn) == migrations.LATEST
    uids = [
        str(r[0]) for r in conn.execute("SELECT uid FROM visits UNION ALL SELECT uid FROM posts")
    ]
    assert len(set(uids)) == 2 and all(len(u) == 36 for u in uids)
    with transaction(conn):
        assert replica.note_all_for_joining(conn) == 2  # joining brings them to the office
    conn.close()


# -- photo bytes ---------------------------------------------------------------------------
def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + b"\0\0\0\0"


def test_a_png_loses_its_text_and_time_chunks_and_keeps_its_pixels() -> None:
    header = _chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
    pixels, end = (
        _chunk(b"IDAT", b"\x78\x9c\x63\x60\x60\x60\x00\x00\x00\x04\x00\x01"),
        _chunk(b"IEND", b""),
    )
    tagged = (
        PNG_SIGNATURE
        + header
        + _chunk(b"tEXt", b"Author\0Alex")
        + _chunk(b"eXIf", b"GPS")
        + _chunk(b"tIME", b"\x07\xea\x0c\x02\x09\x00\x00")
        + pixels
        + end
    )
    assert stripped(tagged, "png") == PNG_SIGNATURE + header + pixels + end


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (b"", "jpeg"),
        (JPEG[:-2], "jpeg"),  # cut short: no end of image
        (JPEG[:2] + b"\xff\xe1\xff\xff" + JPEG[2:], "jpeg"),  # a segment longer than the file
        (JPEG, "png"),  # not what it claims
        (PNG_SIGNATURE + _chunk(b"tEXt", b"x"), "png"),  # no header first
        (JPEG, "gif"),
    ],
)
def test_anything_but_a_well_formed_photo_is_refused(data: bytes, fmt: str) -> None:
    assert stripped(data, fmt) is None


def test_a_push_round_takes_a_few_photos_at_a_time_and_the_rest_wait(conn: Connection) -> None:
    with transaction(conn):
        conn.execute(
            "INSERT INTO visits(minister, date, created, updated) VALUES ('Jo', '2026-12-03', 0, 0)"
        )
        conn.execute("INSERT INTO posts(visit_id, created, updated) VALUES (1, 0, 0)")
        for n in range(4):  # 6 MB each: 8 MB as base64
            conn.execute(
                "INSERT INTO post_photos(post_id, position, data, format, width, height)"
                " VALUES (1, ?, randomblob(6 * 1024 * 1024), 'jpeg', 1, 1)",
                (n,),
            )
    sent: set[str] = set()
    rounds = 0
    while True:
        with transaction(conn):
            pushed = [c for c in replica.claim(conn) if c.base >= 0]
            if not pushed:
                break
            rounds += 1
            photos = {c.uid for c in pushed if c.entity == "photo" and c.field == "data"}
            assert len(photos) <= 2  # never the whole album in one statement
            sent |= photos
            replica.forget(conn, pushed)  # as if the office took them
    assert len(sent) == 4 and rounds >= 2
