"""Fuzz targets: each takes any bytes and must answer with data or a KnownError, nothing else."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from mediadesk.errors import KnownError

NOW = datetime(2026, 11, 20, tzinfo=UTC)


def feed(data: bytes) -> None:
    """The monitoring feed path: RSS/Atom through both parsers and the fast-path check."""
    from mediadesk.net import feeds

    for parser in (feeds.Parser.FEEDPARSER, feeds.Parser.VERIFY, feeds.Parser.FAST):
        try:
            items, _ = feeds.parse_feed(data, "https://news.example/feed", NOW, parser)
        except KnownError:
            continue
        for item in items:
            assert item.url == "" or item.url.startswith(("http://", "https://")), item.url


def replies(data: bytes) -> None:
    """Every platform's reply parsing, fed the same JSON (or not-JSON) bytes."""
    from mediadesk.net import bluesky, feeds, mastodon, x

    with contextlib.suppress(KnownError):
        mastodon.parse_statuses(data, "https://m.example")
    with contextlib.suppress(KnownError):
        feeds.parse_govuk_search(data, NOW)
    try:
        body = json.loads(data)
    except (ValueError, RecursionError):
        return
    for read in (x.parse_tweets, bluesky.parse_search, bluesky.parse_author_feed):
        with contextlib.suppress(KnownError):
            read(body)


def _spreadsheet(data: bytes, suffix: str) -> None:
    from mediadesk.services import spreadsheet

    handle, name = tempfile.mkstemp(suffix=suffix)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        try:
            table = spreadsheet.read_table(Path(name))
        except KnownError:
            return
        spreadsheet.plan_import(table, spreadsheet.guess_mapping(table.headers))
    finally:
        os.unlink(name)


def csv_log(data: bytes) -> None:
    """The enquiry importer reading a CSV file."""
    _spreadsheet(data, ".csv")


def xlsx_log(data: bytes) -> None:
    """The enquiry importer reading an XLSX file."""
    _spreadsheet(data, ".xlsx")


def photo(data: bytes) -> None:
    """The photo reader and sanitiser (a QGuiApplication must exist)."""
    from mediadesk.media.photos import PLATFORMS, prepare

    handle, name = tempfile.mkstemp(suffix=".jpg")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        with contextlib.suppress(KnownError):
            prepare(Path(name), PLATFORMS["bluesky"])
    finally:
        os.unlink(name)


def photo_bytes(data: bytes) -> None:
    """A photo from the office, checked and stripped without decoding it."""
    from mediadesk.domain.photo_bytes import stripped

    for fmt in ("jpeg", "png"):
        kept = stripped(data, fmt)
        assert kept is None or len(kept) <= len(data)


class _Bytes:
    """A network stream that yields the fuzzer's bytes in small reads."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        chunk, self.data = self.data[:97], self.data[97:]
        return chunk

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        return


def proxy_answer(data: bytes) -> None:
    """A proxy's answers to the signed-on CONNECT: heads, bodies and sign-in challenges."""
    import time

    import httpcore

    from mediadesk.net import proxy_signon

    exchange = proxy_signon._Handshake(_Bytes(data), time.monotonic() + 5, "fuzz")  # type: ignore[arg-type]
    with contextlib.suppress(httpcore.ProxyError):
        for _ in range(4):
            answer = exchange.answer()
            proxy_signon.offered_schemes(answer.values("proxy-authenticate"))


_REPLICAS: list[object] = []  # one encrypted replica per fuzzing process (opening one is slow)


def _replica() -> object:
    if not _REPLICAS:
        from mediadesk.paths import ProfilePaths
        from mediadesk.secrets import MemoryStore
        from mediadesk.storage.profile import open_profile

        root = Path(tempfile.mkdtemp(prefix="fuzz-replica-"))
        _REPLICAS.append(open_profile(ProfilePaths(root, custom=True), MemoryStore()).connect())
    return _REPLICAS[0]


def office_pull(data: bytes) -> None:
    """What the office server sends a replica (a first sync's records, a pull's changes, a
    push's answers) taken in."""
    from mediadesk.storage import replica, replica_settle, replica_shared, replica_snapshot
    from mediadesk.storage.db import transaction

    try:
        body = json.loads(data)
    except (ValueError, RecursionError):
        return
    conn = _replica()
    changes = body if isinstance(body, list) else [body]
    with transaction(conn):  # type: ignore[arg-type]
        records = [  # the server's columns are text: only the JSON inside may be anything
            (str(c.get("entity")), str(c.get("id")), c.get("value"), c.get("version"), c)
            for c in changes
            if isinstance(c, dict)
        ]
        replica_snapshot.take_snapshot(conn, records, NOW)  # type: ignore[arg-type]
        replica.take_in(conn, changes, NOW)  # type: ignore[arg-type]
        replica_shared.take_in(conn, changes, NOW)  # type: ignore[arg-type]
        pushed = replica.claim(conn)  # type: ignore[arg-type]
        answers = (changes * (len(pushed) // max(len(changes), 1) + 1))[: len(pushed)]
        replica_settle.settle_pushed(conn, pushed, answers, NOW)  # type: ignore[arg-type]


def email_message(data: bytes) -> None:
    """Email intake: any bytes as an .eml give an enquiry's fields or a KnownError."""
    from mediadesk.services.email_intake import read_eml

    try:
        read = read_eml(data, NOW)
    except KnownError:
        return
    assert read.received <= NOW
    assert read.deadline is None or read.deadline > read.received - timedelta(days=1)
    assert len(read.subject) <= 200 and len(read.questions) <= 100_000


TARGETS: dict[str, Callable[[bytes], None]] = {
    "email_message": email_message,
    "office_pull": office_pull,
    "proxy_answer": proxy_answer,
    "feed": feed,
    "replies": replies,
    "csv_log": csv_log,
    "xlsx_log": xlsx_log,
    "photo": photo,
    "photo_bytes": photo_bytes,
}
