"""Everything a press officer needs to know about a post before it goes for clearance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from mediadesk.domain.counting import Count
from mediadesk.domain.platforms import Platform
from mediadesk.domain.post_checks import Finding, Severity, blocking, check_text
from mediadesk.domain.posts import ALT_LIMITS, Post, Visit, count, split_thread
from mediadesk.errors import ValidationError
from mediadesk.words import QT_TRANSLATE_NOOP, Said


@dataclass(frozen=True)
class PlatformText:
    """What goes to one platform: its parts (one unless a thread) and their counts."""

    platform: Platform
    parts: tuple[str, ...]
    counts: tuple[Count, ...]

    @property
    def whole(self) -> Count:
        return self.counts[0] if len(self.counts) == 1 else self.counts[-1]


@dataclass(frozen=True)
class Review:
    """Per-platform texts plus blocking problems and warnings."""

    texts: dict[Platform, PlatformText]
    findings: tuple[Finding, ...]

    @property
    def blocking(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.BLOCKING)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.WARNING)


def platform_text(post: Post, platform: Platform, mastodon_limit: int) -> PlatformText:
    """The text for `platform`, split into a thread when the post allows and needs it."""
    text = post.composed(platform)
    parts = [text]
    if post.thread:
        try:
            parts = split_thread(platform, text, mastodon_limit)
        except ValidationError:
            parts = [text]
    counts = tuple(count(platform, part, mastodon_limit) for part in parts)
    return PlatformText(platform, tuple(parts), counts)


def review(
    post: Post,
    visit: Visit | None,
    *,
    mastodon_limit: int = 500,
    alt_limits: dict[Platform, int] | None = None,
) -> Review:
    """Counts per platform, and every blocking problem and warning for `post`."""
    limits = {**ALT_LIMITS, **(alt_limits or {})}
    texts = {p: platform_text(post, p, mastodon_limit) for p in post.platforms}
    counts: dict[str, Count] = {}
    for platform, pt in texts.items():
        worst = max(pt.counts, key=lambda c: c.used - c.limit)
        counts[platform.label] = worst
    found: list[Finding] = []
    if not post.platforms:
        found.append(
            Finding(
                Severity.BLOCKING, QT_TRANSLATE_NOOP("Messages", "Choose at least one platform.")
            )
        )
    if not post.text.strip() and not any(v.strip() for v in post.variants.values()):
        found.append(
            Finding(Severity.BLOCKING, QT_TRANSLATE_NOOP("Messages", "The post has no text."))
        )
    found.extend(
        blocking(
            counts,
            post.photos_without_alt,
            post.publish_at,
            visit.embargo if visit else None,
        )
    )
    for photo in post.photos:
        for platform in post.platforms:
            length = platform.facts.alt_length(photo.alt)
            if length > limits[platform]:
                found.append(
                    Finding(
                        Severity.BLOCKING,
                        Said(
                            QT_TRANSLATE_NOOP(
                                "Messages",
                                "The alt text of photo {position} is too long for {platform} "
                                "({length} of {platform2}).",
                            ),
                            position=photo.position + 1,
                            platform=platform.label,
                            length=length,
                            platform2=limits[platform],
                        ),
                    )
                )
    found.extend(
        check_text(
            post.composed(post.platforms[0] if post.platforms else Platform.X),
            place=visit.place if visit else "",
            location_sensitive_until=visit.location_sensitive_until if visit else None,
            publish_at=post.publish_at,
        )
    )
    sensitive = visit.location_sensitive_until if visit else None
    if post.photos and sensitive and (post.publish_at is None or post.publish_at < sensitive):
        found.append(
            Finding(
                Severity.WARNING,
                Said(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Check the photos do not show where the visit is: it is location sensitive"
                        " until {sensitive:%d %B %H:%M}.",
                    ),
                    sensitive=sensitive,
                ),
            )
        )
    return Review(texts, tuple(found))


def earliest_publish(visit: Visit | None, now: datetime) -> datetime:
    """Now, or the embargo if it has not passed."""
    if visit and visit.embargo and visit.embargo > now:
        return visit.embargo
    return now
