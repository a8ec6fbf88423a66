"""Only http and https links are ever opened or made clickable, wherever they come from."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from mediadesk.domain.links import link_html, safe_link
from mediadesk.domain.monitoring import FeedItem, StoredItem
from mediadesk.net.feeds import parse_feed
from mediadesk.services.digest import digest_html

HOSTILE = [
    "file://server/share/payload.exe",
    "file:///etc/passwd",
    "FILE://etc/passwd",
    "ms-msdt:/id PCWDiagnostic /skip force",
    "search-ms:query=invoice&crumb=location:\\\\evil\\share",
    "smb://evil/share",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "https:\\\\evil.example\\share",
    "http://",
    "https://exa mple.org/",
    "https://example.org/\x00.exe",
    "//evil.example/x",
    "",
]


@pytest.mark.parametrize("url", HOSTILE)
def test_anything_but_a_web_address_is_refused(url: str) -> None:
    assert safe_link(url) == ""
    assert "href" not in link_html(url, "the story")


@pytest.mark.parametrize(
    "url", ["https://www.gov.uk/government/news/x", "http://example.org/a?b=1&c=2#d"]
)
def test_web_addresses_are_kept_and_escaped_in_html(url: str) -> None:
    assert safe_link(f"  {url} ") == url
    assert link_html(url, "<b>story</b>") == (
        f'<a href="{url.replace("&", "&amp;")}">&lt;b&gt;story&lt;/b&gt;</a>'
    )


def test_a_feed_entry_with_a_file_link_keeps_its_text_but_no_link() -> None:
    body = (
        b"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>"
        b"<item><title>Click me</title><link>file://server/share/x.exe</link>"
        b"<guid>a1</guid></item>"
        b"<item><title>Fine</title><link>https://news.example/fine</link></item>"
        b"</channel></rss>"
    )
    items, _ = parse_feed(body, "https://news.example/feed", datetime(2026, 11, 20, tzinfo=UTC))
    by_title = {i.title: i for i in items}
    assert by_title["Click me"].url == ""
    assert by_title["Fine"].url == "https://news.example/fine"


def test_entries_without_id_or_link_are_not_merged_by_title() -> None:
    body = (
        b"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>"
        b"<item><title>Statement</title><description>On schools</description></item>"
        b"<item><title>Statement</title><description>On hospitals</description></item>"
        b"<item><title>Statement</title><description>On hospitals</description></item>"
        b"</channel></rss>"
    )
    items, _ = parse_feed(body, "https://news.example/feed", datetime(2026, 11, 20, tzinfo=UTC))
    assert len({i.key for i in items}) == 2  # the third is the second again


def test_a_digest_links_only_web_addresses_and_escapes_what_feeds_say() -> None:
    now = datetime(2026, 11, 20, tzinfo=UTC)

    def stored(url: str, title: str) -> StoredItem:
        return StoredItem(
            1, FeedItem("k", "<i>src</i>", url, title, "s", "a", now), now, False, True
        )

    page = digest_html(
        [
            stored("javascript:alert(1)", "<script>x()</script>"),
            stored("https://ok.example/", "OK"),
        ],
        "Digest",
        now,
    )
    assert "javascript:" not in page and "<script>" not in page
    assert "&lt;script&gt;x()&lt;/script&gt;" in page and "&lt;i&gt;src" in page
    assert '<a href="https://ok.example/">OK</a>' in page
