"""The social platforms' API modules, registered in one place by their stored names."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from mediadesk.domain.monitoring import ColumnKind, FeedItem
from mediadesk.net import bluesky, mastodon, mastodon_post, x
from mediadesk.net.publish import AccountFacts, Credentials, Publisher

ColumnReader = Callable[[ColumnKind, dict[str, str], Any], list[FeedItem]]
PublisherMaker = Callable[[httpx.Client, AccountFacts, Credentials], Publisher | None]

# How each platform makes a connected account's publisher (which also reads its columns).
PUBLISHERS: dict[str, PublisherMaker] = {
    "mastodon": mastodon_post.make_publisher,
    "bluesky": bluesky.make_publisher,
    "x": x.make_publisher,
}

# How each platform reads a column through its connected account's client.
COLUMN_READERS: dict[str, ColumnReader] = {
    "mastodon": mastodon.read_column,
    "bluesky": bluesky.read_column,
    "x": x.read_column,
}
