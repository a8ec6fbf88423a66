"""Each platform in one place for the rules: its name, counting, limits and column kinds.

A platform's API client, publisher, reader and sign-in live in its module under net/
(registered in net/platforms.py); its account form under ui/posts/account_forms/. What
differs between platforms in the rules is here, so a new one is a Platform member, its facts,
and its column kinds, all in this file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, StrEnum

from mediadesk.domain.counting import Count, bluesky_count, graphemes, mastodon_count, x_count
from mediadesk.words import QT_TRANSLATE_NOOP


class Platform(Enum):
    """Where a visit post can go."""

    X = "x"
    BLUESKY = "bluesky"
    MASTODON = "mastodon"

    @property
    def facts(self) -> PlatformFacts:
        return FACTS[self.value]

    @property
    def label(self) -> str:
        return FACTS[self.value].label


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
    min_poll_s: int = 300  # never read its columns more often (its API's rate limits)


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
        900,  # X's lower API tiers allow only a few reads per 15 minutes
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


class ColumnKind(StrEnum):
    """What a monitoring column watches: a feed, GOV.UK, or one of a platform's sources."""

    FEED = "feed"
    GOVUK_SEARCH = "govuk_search"
    MASTODON_TAG = "mastodon_tag"
    MASTODON_ACCOUNT = "mastodon_account"
    MASTODON_LIST = "mastodon_list"
    MASTODON_SEARCH = "mastodon_search"
    BLUESKY_SEARCH = "bluesky_search"
    BLUESKY_AUTHOR = "bluesky_author"
    X_SEARCH = "x_search"
    X_LIST = "x_list"

    @property
    def label(self) -> str:
        return KINDS[self.value].label

    @property
    def account(self) -> str:
        """The platform whose connected account the column reads through ('' for none)."""
        return KINDS[self.value].account

    @property
    def field(self) -> tuple[str, str]:
        """The query key a social column needs, and what to call it."""
        return KINDS[self.value].field

    @property
    def min_interval_s(self) -> int:
        """Never poll faster than the server's cache lifetime (GOV.UK: 5 minutes)."""
        return FACTS[self.account].min_poll_s if self.account else 300


@dataclass(frozen=True)
class KindFacts:
    """What the column editor and the poller need to know about one kind of column."""

    label: str
    account: str = ""  # the platform's stored name when it reads through a connected account
    field: tuple[str, str] = ("", "")  # the one query key a social column needs, and its label


KINDS: dict[str, KindFacts] = {
    "feed": KindFacts(QT_TRANSLATE_NOOP("Labels", "RSS or Atom feed")),
    "govuk_search": KindFacts(QT_TRANSLATE_NOOP("Labels", "GOV.UK search")),
    "mastodon_tag": KindFacts(
        QT_TRANSLATE_NOOP("Labels", "Mastodon hashtag")
    ),  # public: any instance, no account
    "mastodon_account": KindFacts(
        QT_TRANSLATE_NOOP("Labels", "Mastodon account"),
        field=("acct", QT_TRANSLATE_NOOP("Labels", "Account (user@server)")),
    ),
    "mastodon_list": KindFacts(
        QT_TRANSLATE_NOOP("Labels", "Mastodon list"),
        "mastodon",
        ("list_id", QT_TRANSLATE_NOOP("Labels", "List ID")),
    ),
    "mastodon_search": KindFacts(
        QT_TRANSLATE_NOOP("Labels", "Mastodon search"),
        "mastodon",
        ("q", QT_TRANSLATE_NOOP("Labels", "Search")),
    ),
    "bluesky_search": KindFacts(
        QT_TRANSLATE_NOOP("Labels", "Bluesky search"),
        "bluesky",
        ("q", QT_TRANSLATE_NOOP("Labels", "Search")),
    ),
    "bluesky_author": KindFacts(
        QT_TRANSLATE_NOOP("Labels", "Bluesky account's posts"),
        "bluesky",
        ("actor", QT_TRANSLATE_NOOP("Labels", "Handle")),
    ),
    "x_search": KindFacts(
        QT_TRANSLATE_NOOP("Labels", "X recent search"),
        "x",
        ("q", QT_TRANSLATE_NOOP("Labels", "Search query")),
    ),
    "x_list": KindFacts(
        QT_TRANSLATE_NOOP("Labels", "X list"),
        "x",
        ("list_id", QT_TRANSLATE_NOOP("Labels", "List ID")),
    ),
}
