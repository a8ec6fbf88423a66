"""The fast feed parser is used for a feed only when it reads it exactly as feedparser does."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from mediadesk.errors import KnownError
from mediadesk.net.feeds import Parser, _fast, _slow, parse_feed
from tests.feedserver import atom

DATA = Path(__file__).resolve().parents[1] / "data" / "feeds"
NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
URL = "https://feeds.example/x"

CLEAN = [
    (DATA / "news.rss").read_bytes(),
    (DATA / "govuk-news.atom").read_bytes(),
    atom(
        "Generated",
        [(f"urn:{i}", f"Story &amp; more {i}", f"https://g.example/{i}") for i in range(30)],
        author="Desk",
    ),
]


@pytest.mark.parametrize("body", CLEAN)
def test_clean_feeds_move_to_the_fast_path_with_identical_items(body: bytes) -> None:
    items, parser = parse_feed(body, URL, NOW, Parser.VERIFY)
    assert parser is Parser.FAST
    assert items == _slow(body, URL, NOW) == _fast(body, URL, NOW)
    fast_items, still = parse_feed(body, URL, NOW, Parser.FAST)
    assert still is Parser.FAST and fast_items == items


def test_a_feed_read_differently_stays_with_feedparser() -> None:
    body = (DATA / "latin1-declared-utf8.rss").read_bytes()
    items, parser = parse_feed(body, URL, NOW, Parser.VERIFY)
    assert parser is Parser.FEEDPARSER
    assert items[0].title == "Señor Muñoz speaks"
    assert parse_feed(body, URL, NOW, Parser.FEEDPARSER)[1] is Parser.FEEDPARSER


@pytest.mark.parametrize("name", ["truncated.xml", "billion-laughs.xml"])
def test_documents_the_fast_parser_doubts_go_to_feedparser(name: str) -> None:
    body = (DATA / name).read_bytes()
    assert _fast(body, URL, NOW) is None
    try:
        slow = _slow(body, URL, NOW)
    except KnownError as exc:
        with pytest.raises(KnownError, match=exc.message[:30]):
            parse_feed(body, URL, NOW, Parser.FAST)
        return
    items, parser = parse_feed(body, URL, NOW, Parser.FAST)
    assert items == slow and parser is Parser.VERIFY
