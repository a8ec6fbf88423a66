"""Visits, visit posts and their clearance states: frozen records and the rules between them."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum

from mediadesk.domain.counting import Count
from mediadesk.domain.platforms import Platform
from mediadesk.errors import ValidationError
from mediadesk.words import QT_TRANSLATE_NOOP, Said

_TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"
ALL_PLATFORMS = tuple(Platform)  # in the order the composer shows them
MAX_PHOTOS = 4
ALT_LIMITS = {p: p.facts.alt_limit for p in Platform}


class PostStatus(Enum):
    """Where a post is between drafting and publication."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    CLEARED = "cleared"
    QUEUED = "queued"
    PUBLISHED = "published"
    FAILED = "failed"

    @property
    def label(self) -> str:
        return {
            "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
            "submitted": QT_TRANSLATE_NOOP("Labels", "Awaiting clearance"),
            "cleared": QT_TRANSLATE_NOOP("Labels", "Cleared"),
            "queued": QT_TRANSLATE_NOOP("Labels", "In the outbox"),
            "published": QT_TRANSLATE_NOOP("Labels", "Published"),
            "failed": QT_TRANSLATE_NOOP("Labels", "Failed"),
        }[self.value]


_ALLOWED = {
    PostStatus.DRAFT: {PostStatus.SUBMITTED},
    PostStatus.SUBMITTED: {PostStatus.CLEARED, PostStatus.DRAFT},
    PostStatus.CLEARED: {PostStatus.QUEUED, PostStatus.DRAFT},
    PostStatus.QUEUED: {PostStatus.PUBLISHED, PostStatus.FAILED, PostStatus.CLEARED},
    PostStatus.FAILED: {PostStatus.QUEUED, PostStatus.CLEARED, PostStatus.PUBLISHED},
    PostStatus.PUBLISHED: set(),
}
EDITABLE = {PostStatus.DRAFT, PostStatus.SUBMITTED, PostStatus.CLEARED}


def check_post_transition(old: PostStatus, new: PostStatus) -> None:
    """Raise if a post cannot move from `old` to `new`."""
    if new not in _ALLOWED[old]:
        raise ValidationError(
            Said(
                QT_TRANSLATE_NOOP("Messages", "A post that is '{old}' cannot become '{new}'."),
                old=old.label,
                new=new.label,
            )
        )


@dataclass(frozen=True)
class Visit:
    """A ministerial visit: when, where, and the times that gate publishing."""

    id: int
    minister: str
    date: str  # ISO date
    place: str
    notes: str = ""
    embargo: datetime | None = None
    location_sensitive_until: datetime | None = None

    @property
    def title(self) -> str:
        return f"{self.minister} — {self.place}" if self.place else self.minister


@dataclass(frozen=True)
class Photo:
    """A sanitised photo attached to a post (the bytes load separately)."""

    id: int
    position: int
    format: str
    width: int
    height: int
    size: int
    alt: str
    source_name: str

    @property
    def mime(self) -> str:
        return "image/jpeg" if self.format == "jpeg" else "image/png"


@dataclass(frozen=True)
class Post:
    """A visit post: main text, optional per-platform variants, photos and clearance."""

    id: int
    visit_id: int
    text: str
    variants: dict[Platform, str] = field(default_factory=dict)
    hashtags: str = ""
    link: str = ""
    platforms: tuple[Platform, ...] = ALL_PLATFORMS
    thread: bool = False
    status: PostStatus = PostStatus.DRAFT
    status_note: str = ""
    publish_at: datetime | None = None
    cleared_by: str = ""
    cleared_at: datetime | None = None
    clearance_note: str = ""
    photos: tuple[Photo, ...] = ()
    updated: datetime | None = None

    def body(self, platform: Platform) -> str:
        """The words written for `platform` (its variant, else the main text)."""
        variant = self.variants.get(platform, "")
        return variant if variant.strip() else self.text

    def composed(self, platform: Platform) -> str:
        """The full text that goes to `platform`: body, then link, then hashtags."""
        return compose(self.body(platform), self.link, self.hashtags)

    @property
    def photos_without_alt(self) -> int:
        return sum(1 for p in self.photos if not p.alt.strip())

    @property
    def editable(self) -> bool:
        return self.status in EDITABLE


def compose(body: str, link: str, hashtags: str) -> str:
    """Body, then the link on its own line, then the hashtags at the end."""
    parts = [body.strip()]
    if link.strip():
        parts.append(link.strip())
    tags = " ".join(normalise_hashtags(hashtags))
    if tags:
        parts.append(tags)
    return "\n\n".join(p for p in parts if p)


def normalise_hashtags(text: str) -> list[str]:
    """'#A, b  #c' -> ['#A', '#b', '#c'] without repeats."""
    seen: list[str] = []
    for raw in re.split(r"[\s,;]+", text.strip()):
        word = raw.strip().lstrip("#")
        if word and f"#{word}" not in seen:
            seen.append(f"#{word}")
    return seen


def count(platform: Platform, text: str, mastodon_limit: int = 500) -> Count:
    """The length of `text` on one platform."""
    return platform.facts.count(text, mastodon_limit)


def split_thread(platform: Platform, text: str, mastodon_limit: int = 500) -> list[str]:
    """Split `text` into numbered posts that each fit `platform`, at sentence or word breaks.

    Links, mentions, emoji and graphemes never cross whitespace, so a text's length is the
    sum of its words' lengths: each word is weighed once, not every trial part again.
    """
    if count(platform, text, mastodon_limit).valid or not text.strip():
        return [text]
    words = re.findall(r"\S+\s*", text)
    weights = [count(platform, word, mastodon_limit).used for word in words]
    for guess in range(2, 100):
        groups = _pack(
            words,
            weights,
            guess,
            count(platform, f" ({guess}/{guess})").used,
            platform,
            mastodon_limit,
        )
        if groups is None or len(groups) > guess:
            continue
        total = len(groups)
        parts = [
            "".join(words[i:j]).rstrip() + f" ({n}/{total})" for n, (i, j) in enumerate(groups, 1)
        ]
        if all(count(platform, part, mastodon_limit).valid for part in parts):
            return parts
    raise ValidationError(
        Said(
            QT_TRANSLATE_NOOP(
                "Messages", "This text is too long to post to {platform} even as a thread."
            ),
            platform=platform.label,
        )
    )


def _pack(
    words: list[str],
    weights: list[int],
    total: int,
    suffix: int,
    platform: Platform,
    limit: int,
) -> list[tuple[int, int]] | None:
    """Greedy word ranges under the limit, preferring to end at a sentence; None if a word
    alone cannot fit."""
    room = count(platform, "x", limit).limit - suffix
    groups: list[tuple[int, int]] = []
    start, used, sentence_end = 0, 0, 0  # sentence_end: index after the last sentence's word
    for index, weight in enumerate(weights):
        if weight > room:
            return None
        if used + weight > room:
            cut = (
                sentence_end
                if sentence_end > start and sentence_end - start > (index - start) // 2
                else index
            )
            groups.append((start, cut))
            start = cut
            used = sum(weights[start:index])
            sentence_end = start
        used += weight
        if re.search(r"[.!?]\s*$", words[index]):
            sentence_end = index + 1
    if start < len(words):
        groups.append((start, len(words)))
    return groups


def tid(moment: datetime | None = None, clock_id: int | None = None) -> str:
    """A record key in the TID format: microseconds since 1970 and a clock id, base32."""
    micros = int((moment or datetime.now(UTC)).timestamp() * 1_000_000)
    value = (micros << 10) | (secrets.randbelow(1024) if clock_id is None else clock_id)
    chars = []
    for _ in range(13):
        chars.append(_TID_ALPHABET[value & 31])
        value >>= 5
    return "".join(reversed(chars))
