"""RSS/Atom feeds and the GOV.UK search API, parsed robustly (fetching is in net/fetch.py)."""

from __future__ import annotations

import hashlib
import html
import json
import logging
import re
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any
from urllib.parse import urlencode, urljoin

from mediadesk.domain.links import safe_link
from mediadesk.domain.monitoring import FeedItem, item_key
from mediadesk.errors import KnownError
from mediadesk.net.reply import (
    SHAPE_ERRORS,
    UnreadableReply,
    items,
    obj,
    plausible,
    reading,
    text,
    when,
)
from mediadesk.words import QT_TRANSLATE_NOOP

log = logging.getLogger("mediadesk.net")
UNREADABLE_FEED = (
    "This feed could not be read: it is incomplete or not a well-formed RSS or Atom document."
)
GOVUK_SEARCH = "https://www.gov.uk/api/search.json"
_BLOCK_TAGS = re.compile(
    r"<\s*/?\s*(?:p|br|div|li|ul|ol|h[1-6]|tr|td|th|blockquote|hr)\b[^>]*>", re.IGNORECASE
)
_TAGS = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def plain_text(fragment: str, limit: int = 2000) -> str:
    """Text from an HTML fragment, whitespace folded."""
    text = html.unescape(_TAGS.sub("", _BLOCK_TAGS.sub(" ", fragment or "")))
    return _SPACE.sub(" ", text).strip()[:limit]


def _when(entry: Any, fallback: datetime) -> datetime:
    for name in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(name)
        if value:
            try:
                moment = datetime(
                    value[0], value[1], value[2], value[3], value[4], value[5], tzinfo=UTC
                )
            except (TypeError, ValueError, IndexError, OverflowError):
                continue
            if plausible(moment):
                return moment
    return fallback


class Parser(StrEnum):
    """Which parser a feed's column may use."""

    VERIFY = "verify"  # parse with both; trust the fast one if it agrees
    FAST = "fast"  # feedparser-rs agreed with feedparser on this feed before
    FEEDPARSER = "feedparser"  # it did not (or is not installed): feedparser only


def _author(entry: Any, feed_author: str) -> str:
    author = plain_text(str(entry.get("author") or ""), 200)
    return "" if author == feed_author else author


def _extract(parsed: Any, url: str, now: datetime) -> list[FeedItem]:
    """The fields MediaDesk uses, from either parser's feedparser-shaped result."""
    if not parsed.get("version") and not parsed.get("entries"):
        raise KnownError(
            QT_TRANSLATE_NOOP("Messages", "This address did not return an RSS or Atom feed.")
        )
    feed = parsed.get("feed") or {}
    source = plain_text(str(feed.get("title") or ""), 200) or url
    # An entry's author equal to the feed's is the feed's own byline (parsers differ on
    # whether entries inherit it), so it is not shown as the entry's author.
    feed_author = plain_text(str(feed.get("author") or ""), 200)
    items = []
    for entry in (parsed.get("entries") or [])[:1000]:
        link = _entry_link(str(entry.get("link") or ""), url)
        title = plain_text(str(entry.get("title") or ""), 500)
        summary = plain_text(str(entry.get("summary") or entry.get("description") or ""))
        if not (link or title or summary):
            continue
        source_id = str(entry.get("id") or entry.get("guid") or link)[:2048]
        if not source_id:
            # No id and no link: only an entry the same in every field is the same entry
            # (two different entries may well share a title).
            source_id = (
                "sha256:"
                + hashlib.sha256(
                    "\x1f".join(
                        (title, summary, str(entry.get("published") or entry.get("updated") or ""))
                    ).encode("utf-8", "surrogatepass")
                ).hexdigest()
            )
        items.append(
            FeedItem(
                item_key(link, f"{url}#{source_id}"),
                source,
                link,
                title or summary[:120],
                summary,
                _author(entry, feed_author),
                _when(entry, now),
            )
        )
    if parsed.get("bozo") and not items:
        raise UnreadableReply(UNREADABLE_FEED)
    return items


def _entry_link(link: str, feed_url: str) -> str:
    """An entry's link made absolute, or '' unless it is a web address (see safe_link)."""
    scheme, colon, rest = link.strip().partition(":")
    if colon and scheme.isalpha():
        link = scheme.lower() + ":" + rest  # schemes are case-insensitive
    elif link:
        try:
            link = urljoin(feed_url, link)  # a relative link, against the feed's own address
        except ValueError:
            return ""
    return safe_link(link)


def _slow(body: bytes, url: str, now: datetime) -> list[FeedItem]:
    import feedparser

    try:
        parsed = feedparser.parse(
            body,
            response_headers={"content-location": url},
            sanitize_html=False,
            resolve_relative_uris=False,
        )
    except Exception as exc:  # the parser's own failures on hostile bytes (its internals vary)
        log.warning("feed parser failed on %s: %s", url, type(exc).__name__)
        raise UnreadableReply(UNREADABLE_FEED) from exc
    with reading("The feed's server"):
        return _extract(parsed, url, now)


# Documents where feedparser-rs reads a field MediaDesk uses differently from feedparser, found
# by running both over feedparser's own test corpus (tests/integration/test_feed_corpus.py):
# DTDs and entities, xml:base, RSS 1.0/RDF, non-UTF-8 declarations, numeric character
# references, xhtml bodies and fullitem, script and comments in markup, MathML/SVG, base64
# content, Dublin Core dates, iTunes fields, non-text content types, and RSS items carrying
# both a description and a summary.
_FAST_UNSAFE = re.compile(
    rb"<!DOCTYPE|<!ENTITY|xml:base|rdf:RDF|<\?xml[^>]*encoding=[\"'](?!utf-?8)|&#"
    rb"|<fullitem|<script|&lt;script|&lt;!--|&lt;style|&lt;iframe|<math|<svg|mode=[\"']base64"
    rb"|<psc:|<category[^>]*>[^<]*<(?!/)"
    rb"|<dc:date|<dcterms:|<(?:\w+:)?body[\s>]|<itunes:"
    rb"|<(?:content|title|summary|description)[^>]*type=[\"'](?!text|html|xhtml)\w+/",
    re.IGNORECASE,
)


_C1 = re.compile("[\x80-\x9f]")


def fast_safe(body: bytes) -> bool:
    """Whether feedparser-rs may read this document (else feedparser does)."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    if _C1.search(text):  # C1 controls: feedparser "demoronizes" them
        return False
    if b"<feed" in body and (b"<item" in body or b"<image" in body):
        return False  # RSS elements inside Atom: the parsers pick different ids and entries
    if b"<rss" in body and b"<summary" in body and b"<description" in body:
        return False  # which of the two is the summary differs
    return _FAST_UNSAFE.search(body) is None


def _fast(body: bytes, url: str, now: datetime) -> list[FeedItem] | None:
    """feedparser-rs's reading, or None when it is missing or unsure of the document."""
    if not fast_safe(body):
        return None
    try:
        import feedparser_rs
    except ImportError:
        return None
    try:
        parsed = feedparser_rs.parse(body)
    except Exception:  # any failure of the fast path just means: use feedparser
        return None
    if parsed.get("bozo"):
        return None
    for entry in parsed.get("entries") or []:
        ident = str(entry.get("id") or "")
        if not entry.get("link") and ident.startswith(("http://", "https://")):
            return None  # feedparser treats a permalink guid as the link; leave that to it
    try:
        return _extract(parsed, url, now)
    except (KnownError, *SHAPE_ERRORS):
        return None


def parse_feed(
    body: bytes, url: str, now: datetime, parser: Parser = Parser.FEEDPARSER
) -> tuple[list[FeedItem], Parser]:
    """Items of an RSS or Atom document, and the parser to use for this feed next time.

    feedparser-rs is ~20x faster than feedparser but reads some documents differently
    (wrong encodings, broken XML). So each feed is parsed by both once; only if every field
    MediaDesk uses agrees does the feed move to the fast path, and any document the fast
    parser is unsure of goes back to feedparser.
    """
    if parser is Parser.FAST:
        fast = _fast(body, url, now)
        if fast is not None:
            return fast, Parser.FAST
        return _slow(body, url, now), Parser.VERIFY
    slow = _slow(body, url, now)
    if parser is Parser.VERIFY:
        fast = _fast(body, url, now)
        return slow, Parser.FAST if fast is not None and fast == slow else Parser.FEEDPARSER
    return slow, Parser.FEEDPARSER


def govuk_params(keywords: str, organisation: str, count: int = 50) -> dict[str, Any]:
    """Query parameters for the GOV.UK search API, newest first."""
    params: dict[str, Any] = {
        "count": count,
        "order": "-public_timestamp",
        "fields": "title,link,description,public_timestamp,organisations,format",
    }
    if keywords.strip():
        params["q"] = keywords.strip()
    if organisation.strip():
        params["filter_organisations"] = organisation.strip()
    return params


def govuk_search_url(keywords: str, organisation: str) -> str:
    return f"{GOVUK_SEARCH}?{urlencode(govuk_params(keywords, organisation))}"


def parse_govuk_search(body: bytes, now: datetime) -> list[FeedItem]:
    """Items from a GOV.UK search API answer."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise UnreadableReply(
            "GOV.UK search answered with something that is not JSON; "
            "MediaDesk will try again later."
        ) from exc
    results = obj(data).get("results")
    if not isinstance(results, list):
        raise UnreadableReply(
            "GOV.UK search answered without a list of results; MediaDesk will try again later."
        )
    found = []
    with reading("GOV.UK search"):
        for result in map(obj, results[:1000]):
            link = text(result.get("link"), 2048)
            if not link:
                continue
            url = safe_link(link if "://" in link else f"https://www.gov.uk/{link.lstrip('/')}")
            organisations = map(obj, items(result.get("organisations")))
            author = ", ".join(filter(None, (text(o.get("title"), 200) for o in organisations)))
            found.append(
                FeedItem(
                    item_key(url, link),
                    "GOV.UK",
                    url,
                    plain_text(text(result.get("title")), 500),
                    plain_text(text(result.get("description"))),
                    author[:200],
                    when(result.get("public_timestamp")) or now,
                )
            )
    return found
