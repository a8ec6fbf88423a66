"""Per-platform text length rules: X (twitter-text v3), Bluesky (graphemes, bytes), Mastodon."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

X_LIMIT = 280
BLUESKY_GRAPHEMES = 300
BLUESKY_BYTES = 3000
MASTODON_DEFAULT = 500
MASTODON_URL_LENGTH = 23

_URL = re.compile(r"https?://[^\s<>\"']+[^\s<>\"'.,;:!?)\]]", re.IGNORECASE)
_MENTION = re.compile(r"(?<![\w@])@([a-zA-Z0-9_]+(?:\.[a-zA-Z0-9-]+)*)(?:@[\w.-]+\.\w+)?")
_BSKY_MENTION = re.compile(r"(?<![\w@])@([a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)+)")
_HASHTAG = re.compile(r"(?<![\w#&])#(\w*[^\W\d_]\w*)")


@dataclass(frozen=True)
class Count:
    """How long a text is on one platform, against its limit."""

    used: int
    limit: int
    unit: str
    extra: str = ""
    forbidden: bool = False  # holds characters the platform refuses

    @property
    def valid(self) -> bool:
        return 0 < self.used <= self.limit and not self.forbidden

    @property
    def over(self) -> bool:
        return self.used > self.limit

    @property
    def left(self) -> int:
        return self.limit - self.used


# Sentence ends followed by whitespace: neither a URL nor an emoji sequence crosses one, so a
# text's weighted length is the sum over its sentences. Typing re-parses one sentence only.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?\n])\s+")
_X_FORBIDDEN = re.compile("[\ufffe\ufeff\uffff]")


@lru_cache(maxsize=1024)
def _x_weight(chunk: str) -> int:
    from twitter_text import parse_tweet  # slow to import: loaded on first use

    return int(parse_tweet(chunk).weightedLength)


def _x_chunks(text: str) -> list[str]:
    chunks, start = [], 0
    for match in _SENTENCE_BREAK.finditer(text):
        chunks.append(text[start : match.end()])
        start = match.end()
    chunks.append(text[start:])
    return [c for c in chunks if c]


def x_count(text: str) -> Count:
    """X's weighted length (URLs 23, CJK and emoji 2), after NFC normalisation."""
    normal = unicodedata.normalize("NFC", text)
    used = sum(_x_weight(chunk) for chunk in _x_chunks(normal))
    forbidden = bool(_X_FORBIDDEN.search(normal))
    return Count(
        used,
        X_LIMIT,
        "characters",
        "contains characters X does not accept" if forbidden else "",
        forbidden,
    )


def graphemes(text: str) -> int:
    """User-perceived characters (extended grapheme clusters)."""
    return len(regex.findall(r"\X", text))


def bluesky_count(text: str) -> Count:
    """Bluesky counts graphemes (300) and also caps UTF-8 bytes (3,000)."""
    size = len(text.encode("utf-8"))
    extra = f"{size:,} of {BLUESKY_BYTES:,} bytes" if size > BLUESKY_BYTES * 0.8 else ""
    used = graphemes(text)
    if size > BLUESKY_BYTES:
        used = max(used, BLUESKY_GRAPHEMES + 1)
    return Count(used, BLUESKY_GRAPHEMES, "characters", extra)


def mastodon_count(
    text: str, limit: int = MASTODON_DEFAULT, url_length: int = MASTODON_URL_LENGTH
) -> Count:
    """Mastodon's count: every URL is `url_length`; a mention counts as its local part."""
    counted = _URL.sub("x" * url_length, text)
    counted = _MENTION.sub(lambda m: "@" + m.group(1), counted)
    return Count(len(counted), limit, "characters")


@dataclass(frozen=True)
class Facet:
    """A Bluesky rich-text facet: UTF-8 byte range and what it is."""

    byte_start: int
    byte_end: int
    kind: str  # "link", "mention" or "tag"
    value: str  # the URL, the handle (to resolve to a DID) or the tag without '#'

    def record(self, did: str | None = None) -> dict[str, object]:
        """The app.bsky.richtext.facet object (a mention needs the resolved DID)."""
        if self.kind == "link":
            feature: dict[str, object] = {
                "$type": "app.bsky.richtext.facet#link",
                "uri": self.value,
            }
        elif self.kind == "tag":
            feature = {"$type": "app.bsky.richtext.facet#tag", "tag": self.value}
        else:
            feature = {"$type": "app.bsky.richtext.facet#mention", "did": did or ""}
        return {
            "index": {"byteStart": self.byte_start, "byteEnd": self.byte_end},
            "features": [feature],
        }


def _byte_span(text: str, start: int, end: int) -> tuple[int, int]:
    before = len(text[:start].encode("utf-8"))
    return before, before + len(text[start:end].encode("utf-8"))


def bluesky_facets(text: str) -> list[Facet]:
    """Links, mentions and hashtags with UTF-8 byte offsets, in text order."""
    facets = []
    for match in _URL.finditer(text):
        facets.append(Facet(*_byte_span(text, match.start(), match.end()), "link", match.group(0)))
    taken = [(f.byte_start, f.byte_end) for f in facets]

    def free(span: tuple[int, int]) -> bool:
        return all(span[1] <= a or span[0] >= b for a, b in taken)

    for match in _BSKY_MENTION.finditer(text):
        span = _byte_span(text, match.start(), match.end())
        if free(span):
            facets.append(Facet(*span, "mention", match.group(1)))
    for match in _HASHTAG.finditer(text):
        span = _byte_span(text, match.start(), match.end())
        if free(span) and len(match.group(1)) <= 64:
            facets.append(Facet(*span, "tag", match.group(1)))
    return sorted(facets, key=lambda f: f.byte_start)
