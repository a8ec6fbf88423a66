"""Platform replies of the wrong shape are a plain error or are skipped, never a crash."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from mediadesk.domain.monitoring import FeedItem, Filters
from mediadesk.errors import KnownError, ValidationError
from mediadesk.net import bluesky, feeds, mastodon, x

NOW = datetime(2026, 11, 20, tzinfo=UTC)
DEEP = "[" * 100_000 + "]" * 100_000

SHAPES: list[Any] = [
    None,
    [],
    {},
    1,
    "text",
    [1, "a", None, []],
    [{"account": [], "created_at": "2026-11-20T10:00:00Z", "content": {"x": 1}}],
    [{"reblog": "yes", "created_at": "2026-11-20T10:00:00Z"}],
    [{"created_at": 5, "url": ["https://x"]}],
    [{"created_at": "0001-01-01T00:00:00-23:59", "url": "https://m.example/1"}],
    [{"created_at": "9999-12-31T23:59:59+00:00", "url": "https://m.example/2"}],
    [{"created_at": "2026-11-20T10:00:00", "account": {"acct": 7}}],
    {"results": [{"link": {"a": 1}}, {"link": "/x", "public_timestamp": 5}, "no"]},
    {"results": [{"link": "/x", "organisations": "EA", "title": []}]},
    {"data": {}, "includes": []},
    {"data": [{"id": {}, "created_at": "2026-11-20T10:00:00Z"}]},
    {"data": [{"id": "1", "created_at": "2026-11-20T10:00:00Z", "author_id": []}]},
    {"includes": {"users": [{"id": None}, 3]}, "data": [None]},
    {"posts": "x", "feed": [None, {"post": []}, {"post": {"record": "r"}}]},
    {"posts": [{"record": {"createdAt": "2026-11-20T10:00:00Z"}, "author": "a", "uri": 5}]},
]


def _readers() -> list[tuple[str, Callable[[Any], list[FeedItem]]]]:
    return [
        (
            "mastodon",
            lambda b: mastodon.parse_statuses(json.dumps(b).encode(), "https://m.example"),
        ),
        ("govuk", lambda b: feeds.parse_govuk_search(json.dumps(b).encode(), NOW)),
        ("x", x.parse_tweets),
        ("bluesky search", bluesky.parse_search),
        ("bluesky feed", bluesky.parse_author_feed),
    ]


@pytest.mark.parametrize("shape", SHAPES, ids=range(len(SHAPES)))
@pytest.mark.parametrize(
    ("name", "read"), _readers(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_a_reply_of_the_wrong_shape_is_read_or_refused_plainly(
    name: str, read: Callable[[Any], list[FeedItem]], shape: Any
) -> None:
    try:
        found = read(shape)
    except KnownError as exc:
        assert "Traceback" not in exc.message and len(exc.message) < 200
        return
    for item in found:
        assert isinstance(item.title, str) and isinstance(item.author, str)
        assert item.published.tzinfo is not None and 1900 <= item.published.year <= 2200
        assert item.url == "" or item.url.startswith("https://")


@pytest.mark.parametrize(
    "read",
    [
        lambda b: mastodon.parse_statuses(b, "https://m.example"),
        lambda b: feeds.parse_govuk_search(b, NOW),
    ],
)
@pytest.mark.parametrize("body", [DEEP.encode(), b"\xff\xfe not json", b""])
def test_bytes_that_are_not_json_are_refused_in_one_sentence(
    read: Callable[[bytes], list[FeedItem]], body: bytes
) -> None:
    with pytest.raises(KnownError, match="answered with something"):
        read(body)


@pytest.mark.parametrize(
    "body",
    [
        b"<rss><channel><item><title>&#1114112;</title></item></channel></rss>",
        b"<rss><channel><item><title>&#99999999999;</title></item></channel></rss>",
        b"<?xml version='1.0' encoding='x-no-such-codec'?><rss><channel></channel></rss>",
        b"<rss>\x00<channel><item><title>a\x00b</title></item></channel></rss>",
        b"<!DOCTYPE r [<!ENTITY a '" + b"x" * 1000 + b"'>]><rss>" + b"&a;" * 100000 + b"</rss>",
    ],
)
def test_feed_bytes_the_parser_chokes_on_are_this_feed_could_not_be_read(body: bytes) -> None:
    try:
        items, _ = feeds.parse_feed(body, "https://news.example/feed", NOW)
    except KnownError as exc:
        assert "amplification" not in exc.message and "SAX" not in exc.message
        assert "could not be read" in exc.message or "did not return" in exc.message
        return
    assert all(isinstance(i.title, str) for i in items)


@pytest.mark.parametrize("pattern", ["(a+)+$", "(a|aa)+$", "(.*a){20}$"])
def test_a_catastrophic_pattern_is_refused_when_the_column_is_made(pattern: str) -> None:
    with pytest.raises(ValidationError, match="too long to match"):
        Filters(include=(pattern,), regex=True).checked()


@pytest.mark.parametrize("pattern", [r"\bNHS\b", "labour|tory", "[a-z]+ing", "(a|b)*c"])
def test_ordinary_patterns_pass_the_check(pattern: str) -> None:
    assert Filters(include=(pattern,), regex=True).checked().include == (pattern,)


def test_a_stored_catastrophic_pattern_stops_at_its_time_limit() -> None:
    filters = Filters(include=("(a+)+$",), regex=True)  # as loaded from an older profile
    hostile = FeedItem("k", "s", "", "a" * 20_000 + "!", "", "", NOW)
    with pytest.raises(ValidationError, match="takes too long"):
        filters.shows(hostile)
    assert filters.shows(FeedItem("k", "s", "", "aaaa", "", "", NOW))
