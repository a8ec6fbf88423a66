"""Polling columns against a loopback feed server: caching, rate limits, failures, hostility."""

from __future__ import annotations

import itertools
import random
import time
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from mediadesk.context import AppContext
from mediadesk.domain.monitoring import Column, Filters
from mediadesk.domain.platforms import ColumnKind
from mediadesk.net import feeds, fetch
from mediadesk.services import monitoring
from mediadesk.storage import monitoring as store
from tests.conftest import FakeClock
from tests.feedserver import FeedServer, Route, atom

DATA = Path(__file__).resolve().parents[1] / "data" / "feeds"


def add_feed(
    ctx: AppContext,
    server: FeedServer,
    path: str,
    body: bytes | None = None,
    filters: Filters | None = None,
    title: str = "Feed",
    **route: object,
) -> Column:
    if body is not None or route:
        server.routes[path] = Route(body=body or b"", **route)  # type: ignore[arg-type]
    column_id = store.add_column(
        ctx.conn, Column(0, ColumnKind.FEED, title, {"url": server.url(path)}, filters or Filters())
    )
    found = store.get_column(ctx.conn, column_id)
    assert found is not None
    return found


def test_feed_items_are_stored_and_the_next_poll_is_conditional(
    ctx: AppContext, server: FeedServer, client: httpx.Client, clock: FakeClock
) -> None:
    column = add_feed(ctx, server, "/dfe.atom", (DATA / "govuk-news.atom").read_bytes())
    first = monitoring.poll(ctx.conn, client, column, clock.now)
    assert first.new_items == 3 and not first.error
    items = store.column_items(ctx.conn, column.id)
    assert next(s.item.title for s in items) == "Free school meals expansion confirmed"
    assert items[0].item.summary == "More than 500,000 pupils will benefit from the expansion."
    assert first.next_poll >= clock.now + timedelta(minutes=5)
    second = monitoring.poll(ctx.conn, client, column, clock.now + timedelta(minutes=6))
    assert second.not_modified and second.new_items == 0
    assert server.requests[-1][1].get("If-None-Match", "").startswith('"')
    assert store.unread_count(ctx.conn, column.id) == 3


def test_the_same_story_in_two_feeds_is_stored_once(
    ctx: AppContext, server: FeedServer, client: httpx.Client, clock: FakeClock
) -> None:
    rss = add_feed(
        ctx,
        server,
        "/bugle.rss",
        (DATA / "news.rss").read_bytes(),
        content_type="application/rss+xml",
    )
    other = add_feed(
        ctx,
        server,
        "/other.atom",
        atom(
            "Other",
            [
                (
                    "urn:other:1",
                    "School meals row",
                    "https://www.bugle.example/politics/school-meals/",
                )
            ],
        ),
    )
    monitoring.poll(ctx.conn, client, rss, clock.now)
    monitoring.poll(ctx.conn, client, other, clock.now)
    assert ctx.conn.execute("SELECT count(*) FROM monitor_items").fetchone()[0] == 2
    assert [s.item.author for s in store.column_items(ctx.conn, rss.id)] == [
        "Jane Smith",
        "Omar Khan",
    ]
    assert len(store.column_items(ctx.conn, other.id)) == 1


def test_rate_limit_honours_retry_after(
    ctx: AppContext, server: FeedServer, client: httpx.Client, clock: FakeClock
) -> None:
    column = add_feed(
        ctx, server, "/busy", b"slow down", status=429, headers={"Retry-After": "1800"}, etag=False
    )
    result = monitoring.poll(ctx.conn, client, column, clock.now)
    assert "rate-limiting" in result.error
    assert result.next_poll >= clock.now + timedelta(seconds=1800)
    state = store.poll_state(ctx.conn, column.id)
    assert state.failures == 1
    assert "rate-limiting" in monitoring.describe_state(state, clock.now)


def test_server_errors_back_off_exponentially(
    ctx: AppContext, server: FeedServer, client: httpx.Client, clock: FakeClock
) -> None:
    column = add_feed(ctx, server, "/broken", b"oops", status=500, etag=False)
    rng = random.Random(1)
    waits = []
    for _ in range(4):
        result = monitoring.poll(ctx.conn, client, column, clock.now, rng)
        assert "500" in result.error
        waits.append((result.next_poll - clock.now).total_seconds())
        clock.now = result.next_poll
    assert waits[0] >= 0.8 * 300 and waits[3] >= 0.8 * 300 * 8
    assert all(b > a for a, b in itertools.pairwise(waits))
    server.routes["/broken"] = Route(body=atom("Back", [("1", "Back up", "https://x.example/1")]))
    healed = monitoring.poll(ctx.conn, client, column, clock.now, rng)
    assert healed.new_items == 1 and store.poll_state(ctx.conn, column.id).failures == 0


def test_slow_servers_and_dropped_connections_are_explained(
    ctx: AppContext, server: FeedServer, client: httpx.Client, clock: FakeClock
) -> None:
    slow = add_feed(ctx, server, "/slow", atom("S", []), delay=3.0)
    began = time.monotonic()
    assert "too long" in monitoring.poll(ctx.conn, client, slow, clock.now).error
    assert time.monotonic() - began < 10
    cut = add_feed(ctx, server, "/cut", (DATA / "news.rss").read_bytes(), disconnect=True)
    error = monitoring.poll(ctx.conn, client, cut, clock.now).error
    assert "closed the connection" in error or "not a readable" in error
    offline = store.add_column(
        ctx.conn, Column(0, ColumnKind.FEED, "Gone", {"url": "http://127.0.0.1:9/feed"})
    )
    result = monitoring.poll(ctx.conn, client, store.get_column(ctx.conn, offline), clock.now)  # type: ignore[arg-type]
    assert result.offline and "Offline" in result.error


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("truncated.xml", "This feed could not be read"),
        ("not-a-feed.html", "did not return an RSS or Atom feed|could not be read"),
        ("billion-laughs.xml", ""),
        ("latin1-declared-utf8.rss", ""),
    ],
)
def test_hostile_and_malformed_feeds_never_crash(
    ctx: AppContext,
    server: FeedServer,
    client: httpx.Client,
    clock: FakeClock,
    name: str,
    expected: str,
) -> None:
    column = add_feed(ctx, server, f"/{name}", (DATA / name).read_bytes())
    began = time.monotonic()
    result = monitoring.poll(ctx.conn, client, column, clock.now)
    assert time.monotonic() - began < 10
    if expected:
        import re

        assert re.search(expected, result.error), result.error
        assert result.new_items == 0
    if name == "latin1-declared-utf8.rss":
        titles = [s.item.title for s in store.column_items(ctx.conn, column.id)]
        assert titles and "Mu" in titles[0]
    if name == "billion-laughs.xml":
        for stored in store.column_items(ctx.conn, column.id):
            assert len(stored.item.title) <= 500


def test_huge_feeds_are_refused(
    ctx: AppContext, server: FeedServer, client: httpx.Client, clock: FakeClock
) -> None:
    column = add_feed(ctx, server, "/huge", b"<rss>" + b" " * (fetch.MAX_FEED_BYTES + 10))
    assert "MB" in monitoring.poll(ctx.conn, client, column, clock.now).error


def test_filters_mutes_and_alerts(
    ctx: AppContext, server: FeedServer, client: httpx.Client, clock: FakeClock
) -> None:
    filters = Filters(
        include=("school", "rail"),
        exclude=("talks collapse",),
        muted_authors=("Nobody",),
        alert=("minister",),
    )
    column = add_feed(ctx, server, "/bugle.rss", (DATA / "news.rss").read_bytes(), filters)
    result = monitoring.poll(ctx.conn, client, column, clock.now)
    assert result.new_items == 1
    assert [a.item.title for a in result.alerts] == ["Minister under pressure over school meals"]
    assert store.column_items(ctx.conn, column.id)[0].alerted


def test_govuk_search_api(
    ctx: AppContext,
    server: FeedServer,
    client: httpx.Client,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server.routes["/api/search.json"] = Route(
        (DATA / "govuk-search.json").read_bytes(), "application/json"
    )
    monkeypatch.setattr(feeds, "GOVUK_SEARCH", server.url("/api/search.json"))
    column_id = store.add_column(
        ctx.conn,
        Column(
            0,
            ColumnKind.GOVUK_SEARCH,
            "Floods",
            {"keywords": "flood", "organisation": "environment-agency"},
        ),
    )
    column = store.get_column(ctx.conn, column_id)
    assert column is not None
    result = monitoring.poll(ctx.conn, client, column, clock.now)
    assert result.new_items == 2
    query = server.requests[-1][0]
    assert "q=flood" in query and "filter_organisations=environment-agency" in query
    assert "order=-public_timestamp" in query
    first = store.column_items(ctx.conn, column_id)[0].item
    assert first.url == "https://www.gov.uk/government/news/flood-defence-funding-boost"
    assert first.author == "Environment Agency"
    server.routes["/api/search.json"] = Route(
        (DATA / "govuk-bad.json").read_bytes(), "application/json"
    )
    assert "GOV.UK search answered without a list of results" in (
        monitoring.poll(ctx.conn, client, column, clock.now).error
    )


def test_search_everything_and_retention(
    ctx: AppContext, server: FeedServer, client: httpx.Client, clock: FakeClock
) -> None:
    a = add_feed(ctx, server, "/dfe.atom", (DATA / "govuk-news.atom").read_bytes())
    b = add_feed(ctx, server, "/bugle.rss", (DATA / "news.rss").read_bytes())
    monitoring.poll(ctx.conn, client, a, clock.now)
    monitoring.poll(ctx.conn, client, b, clock.now)
    hits = store.search_all(ctx.conn, "school meals")
    assert {h.item.title for h in hits} == {
        "Free school meals expansion confirmed",
        "Minister under pressure over school meals",
    }
    assert [s.item.title for s in store.column_items(ctx.conn, b.id, text="rail")] == [
        "Rail strike talks collapse"
    ]
    keep = store.column_items(ctx.conn, a.id)[0]
    store.set_starred(ctx.conn, keep.id, True, note="For the briefing")
    removed = store.prune(ctx.conn, clock.now + timedelta(days=1))
    assert removed == 4
    assert [s.item.title for s in store.search_all(ctx.conn, "school")] == [keep.item.title]
