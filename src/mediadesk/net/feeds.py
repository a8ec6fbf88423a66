"""RSS/Atom feeds and the GOV.UK search API: polite fetching and robust parsing."""

from __future__ import annotations

import contextlib
import hashlib
import html
import json
import logging
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from enum import StrEnum
from typing import Any
from urllib.parse import urlencode, urljoin

import httpx

from mediadesk.domain.links import safe_link
from mediadesk.domain.monitoring import FeedItem, item_key
from mediadesk.errors import KnownError
from mediadesk.net.client import describe_proxy_error, proxy_sign_in_problem
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

log = logging.getLogger("mediadesk.net")
FETCH_DEADLINE_S = 60.0
TOO_SLOW = "The server took too long to answer; MediaDesk will try again later."
MAX_FEED_BYTES = 8 * 1024 * 1024
UNREADABLE_FEED = (
    "This feed could not be read: it is incomplete or not a well-formed RSS or Atom document."
)
GOVUK_SEARCH = "https://www.gov.uk/api/search.json"
_BLOCK_TAGS = re.compile(
    r"<\s*/?\s*(?:p|br|div|li|ul|ol|h[1-6]|tr|td|th|blockquote|hr)\b[^>]*>", re.IGNORECASE
)
_TAGS = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


class FetchError(KnownError):
    """A fetch failed; `retry_after` (seconds) when the server said when to come back."""

    def __init__(
        self, message: str, *, retry_after: float | None = None, offline: bool = False
    ) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.offline = offline


@dataclass(frozen=True)
class Fetched:
    """A response body (None when not modified) and the validators for the next request."""

    body: bytes | None
    etag: str | None
    last_modified: str | None
    max_age: int | None
    headers: dict[str, str] = field(default_factory=dict)


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return None


def _max_age(cache_control: str | None) -> int | None:
    match = re.search(r"max-age=(\d+)", cache_control or "")
    return int(match.group(1)) if match else None


class _Deadline:
    """Abandons a fetch at its deadline, even one a server drips out a byte at a time.

    httpx's timeouts bound each read, not the whole exchange: a server that sends one byte
    every half second never trips them. The sockets a fetch opens are noted through httpcore's
    trace hook and shut down when the deadline passes, which ends any read in progress.
    """

    def __init__(self, seconds: float) -> None:
        self.expired = False
        self.ends = time.monotonic() + seconds
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def trace(self, event: str, info: dict[str, Any]) -> None:
        if event in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            stream = info.get("return_value")
            sock = stream.get_extra_info("socket") if stream is not None else None
            if isinstance(sock, socket.socket):
                with self._lock:
                    self._sockets.append(sock)

    def check(self) -> None:
        if self.expired or time.monotonic() > self.ends:
            self.expired = True
            raise FetchError(TOO_SLOW)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                with contextlib.suppress(OSError):
                    # the plain socket's shutdown, also for a TLS socket: it ends a blocked read
                    socket.socket.shutdown(sock, socket.SHUT_RDWR)

    def cancel(self) -> None:
        self._timer.cancel()


def fetch(
    client: httpx.Client,
    url: str,
    etag: str | None = None,
    last_modified: str | None = None,
    params: dict[str, Any] | None = None,
    deadline_s: float | None = None,
) -> Fetched:
    """GET with conditional headers, a size cap, an overall deadline, and plain errors."""
    deadline = _Deadline(FETCH_DEADLINE_S if deadline_s is None else deadline_s)
    try:
        return _fetch(client, url, etag, last_modified, params, deadline)
    except FetchError as exc:
        if deadline.expired and exc.message != TOO_SLOW:  # our shutdown, not the network's
            raise FetchError(TOO_SLOW) from exc
        raise
    finally:
        deadline.cancel()


def _fetch(
    client: httpx.Client,
    url: str,
    etag: str | None,
    last_modified: str | None,
    params: dict[str, Any] | None,
    deadline: _Deadline,
) -> Fetched:
    headers = {
        "Accept": "application/atom+xml, application/rss+xml, application/xml;q=0.9, "
        "application/json;q=0.8, */*;q=0.5"
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        with client.stream(
            "GET",
            url,
            headers=headers,
            params=params,
            follow_redirects=True,
            extensions={"trace": deadline.trace},
        ) as response:
            if response.status_code == 304:
                return Fetched(
                    None, etag, last_modified, _max_age(response.headers.get("Cache-Control"))
                )
            if response.status_code in (429, 503):
                wait = _retry_after(response.headers.get("Retry-After"))
                what = (
                    "is rate-limiting us"
                    if response.status_code == 429
                    else "is temporarily unavailable"
                )
                raise FetchError(
                    f"The server {what} (HTTP {response.status_code}); "
                    "MediaDesk will wait before asking again.",
                    retry_after=wait,
                )
            if response.status_code == 407:
                raise FetchError(
                    proxy_sign_in_problem(response.headers.get_list("proxy-authenticate"))
                )
            if response.status_code >= 400:
                raise FetchError(
                    f"The server answered {response.status_code} "
                    f"{response.reason_phrase or ''}".rstrip()
                    + "."
                )
            declared = int(response.headers.get("Content-Length") or 0)
            if declared > MAX_FEED_BYTES:
                raise FetchError(
                    f"The feed is {declared // 1_048_576} MB, more than the "
                    f"{MAX_FEED_BYTES // 1_048_576} MB MediaDesk accepts."
                )
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                deadline.check()
                size += len(chunk)
                if size > MAX_FEED_BYTES:
                    raise FetchError(
                        f"The feed is larger than the "
                        f"{MAX_FEED_BYTES // 1_048_576} MB MediaDesk accepts."
                    )
                chunks.append(chunk)
            return Fetched(
                b"".join(chunks),
                response.headers.get("ETag"),
                response.headers.get("Last-Modified"),
                _max_age(response.headers.get("Cache-Control")),
                {k.lower(): v for k, v in response.headers.items()},
            )
    except httpx.TimeoutException as exc:
        raise FetchError(TOO_SLOW, offline=False) from exc
    except httpx.ProxyError as exc:
        raise FetchError(describe_proxy_error(exc)) from exc
    except (httpx.ConnectError, httpx.NetworkError) as exc:
        raise FetchError("Offline, or the server cannot be reached.", offline=True) from exc
    except httpx.RemoteProtocolError as exc:
        raise FetchError("The server closed the connection before the feed was complete.") from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"The feed could not be fetched ({type(exc).__name__}).") from exc


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
        raise KnownError("This address did not return an RSS or Atom feed.")
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
