"""Each platform's facts in one place: its name, how it counts text, its alt-text and photo limits.

A platform's API client, publisher and reader live in its module under net/; its account form
and preview under ui/posts/. What differs between platforms in the rules is here, keyed by
the platform's stored name, so a new one is one entry (and one Platform member).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from mediadesk.domain.counting import Count, bluesky_count, graphemes, mastodon_count, x_count


@dataclass(frozen=True)
class PhotoLimits:
    """What a platform accepts for one image."""

    max_bytes: int
    max_side: int
    max_pixels: int


@dataclass(frozen=True)
class PlatformFacts:
    """What the rules need to know about one platform."""

    key: str  # as stored, and as the Platform member's value
    label: str  # as people write it
    article: str  # "an X", "a Bluesky": for sentences such as "Connect an X account"
    count: Callable[[str, int], Count]  # (text, the instance's limit where it has one)
    alt_limit: int
    alt_length: Callable[[str], int]
    photos: PhotoLimits
    accent: str  # links, mentions and hashtags in the preview
    url_shown: int  # characters of a link the platform shows before an ellipsis


FACTS: dict[str, PlatformFacts] = {
    "x": PlatformFacts(
        "x",
        "X",
        "an X",
        lambda text, _limit: x_count(text),
        1000,
        len,
        PhotoLimits(5 * 1024 * 1024, 4096, 4096 * 4096),  # photos up to 5 MB
        "#1d9bf0",
        23,
    ),
    "bluesky": PlatformFacts(
        "bluesky",
        "Bluesky",
        "a Bluesky",
        lambda text, _limit: bluesky_count(text),
        2000,
        graphemes,
        # at most 1,000,000 bytes per image; 2,000 px on the longest side is plenty
        PhotoLimits(1_000_000, 2000, 2000 * 2000),
        "#1185fe",
        30,
    ),
    "mastodon": PlatformFacts(
        "mastodon",
        "Mastodon",
        "a Mastodon",
        mastodon_count,
        1500,
        len,
        # the defaults (image_size_limit 16 MB, image_matrix_limit 33,177,600 px); an
        # instance's own come from GET /api/v2/instance
        PhotoLimits(16 * 1024 * 1024, 7680, 33_177_600),
        "#6364ff",
        23,
    ),
}
