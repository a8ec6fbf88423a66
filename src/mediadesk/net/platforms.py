"""The social platforms' API modules, registered in one place by their stored names.

A platform is one module here (its API client, publisher, column reader and sign-in), its
facts and column kinds in domain/platforms.py, and its account form under ui/posts/; a new
one is registered by one entry in each of those three places.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from mediadesk.domain.monitoring import FeedItem
from mediadesk.domain.platforms import ColumnKind
from mediadesk.net import bluesky, mastodon, mastodon_post, x
from mediadesk.net.publish import AccountFacts, Credentials, Publisher
from mediadesk.net.sign_in import Pending, SignedIn

Fields = Mapping[str, str]  # what the user typed in the account form, by field name
ColumnReader = Callable[[ColumnKind, dict[str, str], Any], list[FeedItem]]
PublisherMaker = Callable[[httpx.Client, AccountFacts, Credentials], Publisher | None]


@dataclass(frozen=True)
class PlatformApi:
    """What MediaDesk does with one platform over the network."""

    make_publisher: PublisherMaker  # the connected account's publisher (which also reads)
    read_column: ColumnReader  # a column through the connected account's client
    secrets: tuple[str, ...]  # the keyring entries a signed-in account keeps
    # Sign-in by credentials typed into the form (an app password, a pasted token)...
    sign_in: Callable[[httpx.Client, Fields], SignedIn] | None = None
    # ...and by the browser: start gives the page to open, finish takes the code back.
    start: Callable[[httpx.Client, Fields], Pending] | None = None
    finish: Callable[[httpx.Client, Any, str], SignedIn] | None = None
    # Limits the platform's server sets, cached as "<platform>:instance" for offline use.
    limits: Callable[[httpx.Client, str], dict[str, int]] | None = None


PLATFORM_APIS: dict[str, PlatformApi] = {
    "mastodon": PlatformApi(
        mastodon_post.make_publisher,
        mastodon.read_column,
        ("token",),
        sign_in=mastodon_post.sign_in,
        start=mastodon_post.start,
        finish=mastodon_post.finish,
        limits=mastodon_post.limits,
    ),
    "bluesky": PlatformApi(
        bluesky.make_publisher, bluesky.read_column, ("access", "refresh"), sign_in=bluesky.sign_in
    ),
    "x": PlatformApi(
        x.make_publisher,
        x.read_column,
        ("access", "refresh", "expires"),
        start=x.start,
        finish=x.finish,
    ),
}
