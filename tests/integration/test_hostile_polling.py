"""Servers that try to hold a poll hostage, or answer in shapes the parsers do not expect."""

from __future__ import annotations

import json
import time

import httpx
import pytest

from mediadesk.context import AppContext
from mediadesk.domain.monitoring import Column
from mediadesk.domain.platforms import ColumnKind
from mediadesk.net import fetch
from mediadesk.services import monitoring
from mediadesk.storage import monitoring as store
from tests.conftest import FakeClock
from tests.feedserver import FeedServer, Route, atom
from tests.integration.test_monitoring_poll import add_feed

STORY = atom("Drip", [("urn:1", "A dripped story", "https://news.example/1")])


def test_a_server_that_drips_bytes_is_abandoned_at_the_deadline(
    ctx: AppContext,
    server: FeedServer,
    client: httpx.Client,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(fetch, "FETCH_DEADLINE_S", 1.5)
    column = add_feed(ctx, server, "/drip.atom", STORY, drip=0.05)  # ~30 s for the whole answer
    began = time.monotonic()
    result = monitoring.poll(ctx.conn, client, column, clock.now)
    assert time.monotonic() - began < 10  # a bound far from the 30 s the server wanted
    assert "took too long" in result.error
    assert store.column_items(ctx.conn, column.id) == []
    assert store.poll_state(ctx.conn, column.id).failures == 1


def test_a_reply_that_trips_the_parser_is_a_recorded_backed_off_column_error(
    ctx: AppContext, server: FeedServer, client: httpx.Client, clock: FakeClock
) -> None:
    hostile = [{"reblog": "yes", "created_at": "2026-11-20T10:00:00Z", "account": []}, [], 7]
    server.routes["/api/v1/timelines/tag/visit"] = Route(
        json.dumps(hostile).encode(), "application/json"
    )
    column_id = store.add_column(
        ctx.conn,
        Column(0, ColumnKind.MASTODON_TAG, "Tag", {"instance": server.base, "tag": "visit"}),
    )
    column = store.get_column(ctx.conn, column_id)
    assert column is not None
    first = monitoring.poll(ctx.conn, client, column, clock.now)
    state = store.poll_state(ctx.conn, column_id)
    assert not first.error and state.failures == 0  # the odd entries are skipped, not fatal
    server.routes["/api/v1/timelines/tag/visit"] = Route(b'{"error": []}', "application/json")
    second = monitoring.poll(ctx.conn, client, column, clock.now)
    state = store.poll_state(ctx.conn, column_id)
    assert "other than a list of posts" in second.error and state.failures == 1
    assert state.next_poll is not None and state.next_poll > clock.now
    assert monitoring.due(ctx.conn, clock.now) == []  # not asked again on the next cycle


def test_a_manual_refresh_waits_out_retry_after_and_asks_the_others_conditionally(
    ctx: AppContext, server: FeedServer, client: httpx.Client, clock: FakeClock
) -> None:
    limited = add_feed(
        ctx, server, "/limited.atom", STORY, status=429, headers={"Retry-After": "3600"}
    )
    calm = add_feed(ctx, server, "/calm.atom", STORY)
    assert monitoring.poll(ctx.conn, client, limited, clock.now).error
    assert monitoring.poll(ctx.conn, client, calm, clock.now).new_items == 1
    hits = server.hits("/limited.atom")
    held = monitoring.refresh(ctx.conn, client, limited, clock.now)
    assert server.hits("/limited.atom") == hits  # the server said an hour: it gets an hour
    assert held.error.startswith("Waiting 60 min before asking again")
    again = monitoring.refresh(ctx.conn, client, calm, clock.now)
    assert again.not_modified
    assert server.requests[-1][1].get("If-None-Match")
