"""Mastodon: public hashtag timelines as monitoring columns, and rate-limit headers."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

from mediadesk.domain.links import safe_link
from mediadesk.domain.monitoring import FeedItem, item_key
from mediadesk.domain.platforms import ColumnKind
from mediadesk.errors import KnownError
from mediadesk.net.feeds import plain_text
from mediadesk.net.reply import UnreadableReply, obj, reading, text, when
from mediadesk.words import QT_TRANSLATE_NOOP, Said

PAGE = 40


def tag_timeline_url(instance: str, tag: str) -> str:
    """GET /api/v1/timelines/tag/:hashtag on the instance."""
    return f"{instance.rstrip('/')}/api/v1/timelines/tag/{quote(tag.lstrip('#'))}"


def rate_limit_reset(headers: dict[str, str]) -> datetime | None:
    """When the budget comes back, if X-RateLimit-Remaining says it is spent."""
    remaining = headers.get("x-ratelimit-remaining")
    reset = headers.get("x-ratelimit-reset")
    if remaining is None or reset is None:
        return None
    try:
        if int(remaining) > 0:
            return None
    except ValueError:
        return None
    return when(reset)


def parse_statuses(body: bytes, instance: str) -> list[FeedItem]:
    """Statuses (reblogs unwrapped) as items; KnownError if it is not a status list."""
    try:
        statuses = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise UnreadableReply(
            "The Mastodon server answered with something that is not JSON; "
            "MediaDesk will try again later."
        ) from exc
    if not isinstance(statuses, list):
        raise UnreadableReply(
            "The Mastodon server answered with something other than a list of posts; "
            "MediaDesk will try again later."
        )
    host = urlsplit(instance).netloc
    found = []
    with reading("The Mastodon server"):
        for status in statuses[: PAGE * 5]:
            item = _status_item(obj(status), host)
            if item is not None:
                found.append(item)
    return found


def _status_item(status: dict[str, Any], host: str) -> FeedItem | None:
    """One status as an item, or None when it lacks a time."""
    shown = obj(status.get("reblog")) or status
    account = obj(shown.get("account"))
    acct = text(account.get("acct"), 300) or text(account.get("username"), 300)
    handle = f"@{acct}" if "@" in acct else f"@{acct}@{host}"
    body = plain_text(text(shown.get("content")))
    spoiler = plain_text(text(shown.get("spoiler_text")))
    if spoiler:
        body = f"[{spoiler}] {body}"
    url = safe_link(text(shown.get("url"), 2048)) or safe_link(text(shown.get("uri"), 2048))
    moment = when(shown.get("created_at"))
    if moment is None:
        return None
    source_id = text(shown.get("uri"), 2048) or text(shown.get("id"), 200) or body
    return FeedItem(
        item_key(url, source_id),
        f"Mastodon ({host})",
        url,
        body[:280] or "(no text)",
        body,
        plain_text(text(account.get("display_name")), 200) or acct,
        moment,
        handle,
    )


def account_statuses_url(client: httpx.Client, acct: str) -> tuple[str, str]:
    """(instance, statuses URL) of a public account given as user@server."""
    user, _, server = acct.strip().lstrip("@").partition("@")
    instance = f"https://{server}" if not server.startswith("http") else server
    try:
        response = client.get(
            f"{instance}/api/v1/accounts/lookup", params={"acct": user}, follow_redirects=True
        )
    except httpx.HTTPError as exc:
        raise KnownError(
            Said(
                QT_TRANSLATE_NOOP("Messages", "{server} cannot be reached to look up @{user}."),
                server=server,
                user=user,
            )
        ) from exc
    if response.status_code == 404:
        raise KnownError(
            Said(
                QT_TRANSLATE_NOOP("Messages", "There is no account @{user} on {server}."),
                user=user,
                server=server,
            )
        )
    if response.status_code >= 400:
        raise KnownError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages", "{server} answered {status_code} looking up @{user}."
                ),
                server=server,
                status_code=response.status_code,
                user=user,
            )
        )
    try:
        account_id = text(obj(response.json()).get("id"), 100)
    except (ValueError, RecursionError):
        account_id = ""
    if not account_id:
        raise KnownError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages", "{server} sent an unexpected answer looking up @{user}."
                ),
                server=server,
                user=user,
            )
        )
    return instance, f"{instance}/api/v1/accounts/{account_id}/statuses"


def statuses_of(body: bytes) -> bytes:
    """The status list inside a v2 search answer (other answers are lists already)."""
    try:
        data = json.loads(body)
    except ValueError:
        return body
    if isinstance(data, dict) and isinstance(data.get("statuses"), list):
        return json.dumps(data["statuses"]).encode()
    return body


def read_column(kind: ColumnKind, query: dict[str, str], reader: Any) -> list[FeedItem]:
    """A list or search column, through the connected account's client (`reader`)."""
    if kind is ColumnKind.MASTODON_LIST:
        body = reader.get(
            f"/api/v1/timelines/list/{quote(query['list_id'])}", {"limit": 40}, "list"
        )
        return parse_statuses(json.dumps(body).encode(), reader.root)
    params = {"q": query["q"], "type": "statuses", "limit": 40}
    body = reader.get("/api/v2/search", params, "search")
    return parse_statuses(statuses_of(json.dumps(body).encode()), reader.root)
