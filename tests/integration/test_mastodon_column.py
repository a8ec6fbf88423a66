"""A Mastodon hashtag column against a loopback server replaying real recorded traffic."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest

from mediadesk.context import AppContext
from mediadesk.domain.monitoring import Column
from mediadesk.domain.platforms import ColumnKind
from mediadesk.errors import ValidationError
from mediadesk.services import monitoring
from mediadesk.storage import monitoring as store
from tests.conftest import FakeClock
from tests.feedserver import FeedServer
from tests.mastodon_recorded import serve_recorded

TAG_PATH = "/api/v1/timelines/tag/hoot"


def _column(ctx: AppContext, server: FeedServer) -> Column:
    column_id = store.add_column(
        ctx.conn,
        Column(0, ColumnKind.MASTODON_TAG, "#hoot", {"instance": server.base, "tag": "#hoot"}),
    )
    column = store.get_column(ctx.conn, column_id)
    assert column is not None
    return column


def test_hashtag_timeline_items(
    ctx: AppContext, server: FeedServer, client: httpx.Client, clock: FakeClock
) -> None:
    serve_recorded(server, "hashtag_timeline.yaml", "GET", TAG_PATH)
    result = monitoring.poll(ctx.conn, client, _column(ctx, server), clock.now)
    assert result.new_items == 1 and not result.error
    item = store.column_items(ctx.conn, result.column_id)[0].item
    assert item.title == "#hoot (hashtag toot)"
    host = server.base.removeprefix("http://")
    assert item.handle == f"@mastodonpy_test_2@{host}"
    assert item.published == datetime(2026, 10, 14, 19, 10, 29, tzinfo=UTC)  # stored to the second
    assert item.url.endswith("/@mastodonpy_test_2/117440841601474392")
    assert "limit=40" in server.requests[-1][0]


def test_spent_rate_limit_waits_for_the_reset(
    ctx: AppContext, server: FeedServer, client: httpx.Client, clock: FakeClock
) -> None:
    route = serve_recorded(server, "hashtag_timeline.yaml", "GET", TAG_PATH)
    reset = clock.now + timedelta(hours=2)
    route.headers["x-ratelimit-remaining"] = "0"
    route.headers["x-ratelimit-reset"] = reset.isoformat().replace("+00:00", "Z")
    result = monitoring.poll(ctx.conn, client, _column(ctx, server), clock.now)
    assert result.new_items == 1
    assert result.next_poll >= reset


def test_hashtag_columns_need_a_server_and_a_tag() -> None:
    with pytest.raises(ValidationError, match="not a Mastodon server"):
        Column(0, ColumnKind.MASTODON_TAG, "x", {"instance": "mastodon.social", "tag": "a"})
    with pytest.raises(ValidationError, match="needs a hashtag"):
        Column(0, ColumnKind.MASTODON_TAG, "x", {"instance": "https://m.example", "tag": "#"})
