"""Feed ingest: loopback HTTP to database through MediaDesk vs feedparser + INSERT of the bytes."""

from __future__ import annotations

import random
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import feedparser
import httpx
from tests.feedserver import FeedServer, Route

from mediadesk.domain.monitoring import Column, ColumnKind
from mediadesk.net.client import NetworkConfig, ProxyMode, make_client
from mediadesk.paths import ProfilePaths
from mediadesk.secrets import MemoryStore
from mediadesk.services import monitoring
from mediadesk.storage import monitoring as store
from mediadesk.storage.profile import open_profile

FEEDS = 20
ITEMS = 100


def rss(n: int, rng: random.Random, round_: int = 0) -> bytes:
    """A realistic news RSS feed: 100 items with HTML descriptions."""
    words = "minister council school hospital rail strike budget flood housing police".split()
    start = datetime(2026, 11, 21, tzinfo=UTC)
    items = []
    for i in range(ITEMS):
        when = (start - timedelta(minutes=7 * i)).strftime("%a, %d %b %Y %H:%M:%S GMT")
        text = " ".join(rng.choice(words) for _ in range(40))
        items.append(
            f"<item><title>{text[:80]}</title><link>https://news{n}.example/story/{round_}/{i}"
            f"</link><guid>news{n}-{round_}-{i}</guid><pubDate>{when}</pubDate>"
            f"<dc:creator>Reporter {i % 9}"
            f"</dc:creator><description><![CDATA[<p>{text}</p><p><a href='/x'>More</a></p>]]>"
            "</description></item>"
        )
    return (
        f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0' "
        f"xmlns:dc='http://purl.org/dc/elements/1.1/'><channel><title>News {n}</title>"
        f"<link>https://news{n}.example/</link>{''.join(items)}</channel></rss>"
    ).encode()


def main() -> None:
    rng = random.Random(3)
    first = [rss(n, rng, 0) for n in range(FEEDS)]
    bodies = [rss(n, rng, 1) for n in range(FEEDS)]
    server = FeedServer()
    for n, body in enumerate(first):
        server.routes[f"/feed/{n}.rss"] = Route(body, "application/rss+xml")
    threading.Thread(target=server.httpd.serve_forever, daemon=True).start()
    with tempfile.TemporaryDirectory() as tmp:
        # Baseline: feedparser (defaults) on the same bytes, plus a plain INSERT per entry.
        raw_db = open_profile(ProfilePaths(Path(tmp) / "raw", custom=True), MemoryStore())
        conn = raw_db.connect()
        began = time.perf_counter()
        conn.execute("BEGIN")
        for body in bodies:
            for entry in feedparser.parse(body).entries:
                conn.execute(
                    "INSERT INTO monitor_items(key, source, url, title, summary,"
                    " published, fetched) VALUES (?, '', ?, ?, ?, 0, 0)",
                    (entry.get("id"), entry.get("link"), entry.get("title"), entry.get("summary")),
                )
        conn.execute("COMMIT")
        raw = time.perf_counter() - began
        conn.close()

        db = open_profile(ProfilePaths(Path(tmp) / "ours", custom=True), MemoryStore())
        conn = db.connect()
        columns = []
        for n in range(FEEDS):
            column_id = store.add_column(
                conn, Column(0, ColumnKind.FEED, f"News {n}", {"url": server.url(f"/feed/{n}.rss")})
            )
            columns.append(store.get_column(conn, column_id))
        with make_client(NetworkConfig(ProxyMode.DIRECT), timeout=httpx.Timeout(30.0)) as client:
            # First poll of each feed: both parsers read it and must agree (verification).
            began = time.perf_counter()
            for column in columns:
                assert column is not None
                assert not monitoring.poll(conn, client, column, datetime.now(UTC)).error
            first_poll = time.perf_counter() - began
            parsers = sorted({store.poll_state(conn, c.id).parser for c in columns if c})
            # Steady state: every feed now carries 100 new stories.
            for n, body in enumerate(bodies):
                server.routes[f"/feed/{n}.rss"] = Route(body, "application/rss+xml")
            began = time.perf_counter()
            total = 0
            for column in columns:
                assert column is not None
                result = monitoring.poll(conn, client, column, datetime.now(UTC))
                assert not result.error, result.error
                total += result.new_items
            ours = time.perf_counter() - began
        conn.close()
    server.httpd.shutdown()
    count = FEEDS * ITEMS
    assert total == count
    print(
        f"feed ingest, loopback HTTP to encrypted database: {count / ours:,.0f} items/s "
        f"(feedparser + INSERT of the same bytes: {count / raw:,.0f} items/s); ratio "
        f"{raw / ours:.2f}x (targets >= 0.7x and >= 5,000 items/s)"
    )
    print(
        f"  first poll of each feed (both parsers read it, to verify): "
        f"{count / first_poll:,.0f} items/s; parser chosen: {', '.join(parsers)}"
    )


if __name__ == "__main__":
    main()
