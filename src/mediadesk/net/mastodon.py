"""Mastodon: public hashtag timelines as monitoring columns, and rate-limit headers."""

from __future__ import annotations

import json
from datetime import datetime
from urllib.parse import quote, urlsplit

import httpx

from mediadesk.domain.monitoring import FeedItem, item_key
from mediadesk.errors import KnownError
from mediadesk.net.feeds import plain_text

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
        return datetime.fromisoformat(reset.replace("Z", "+00:00"))
    except ValueError:
        return None


def parse_statuses(body: bytes, instance: str) -> list[FeedItem]:
    """Statuses (reblogs unwrapped) as items; KnownError if it is not a status list."""
    try:
        statuses = json.loads(body)
        if not isinstance(statuses, list):
            raise TypeError("not a list")
    except (ValueError, TypeError) as exc:
        raise KnownError(
            f"The Mastodon server answered with something unexpected ({exc})."
        ) from exc
    host = urlsplit(instance).netloc
    items = []
    for status in statuses:
        if not isinstance(status, dict):
            continue
        shown = status.get("reblog") or status
        account = shown.get("account") or {}
        acct = str(account.get("acct") or account.get("username") or "")
        handle = f"@{acct}" if "@" in acct else f"@{acct}@{host}"
        text = plain_text(str(shown.get("content") or ""))
        if shown.get("spoiler_text"):
            text = f"[{plain_text(str(shown['spoiler_text']))}] {text}"
        url = str(shown.get("url") or shown.get("uri") or "")
        try:
            when = datetime.fromisoformat(str(shown.get("created_at")).replace("Z", "+00:00"))
        except ValueError:
            continue
        items.append(
            FeedItem(
                item_key(url, str(shown.get("uri") or shown.get("id"))),
                f"Mastodon ({host})",
                url,
                text[:280] or "(no text)",
                text,
                str(account.get("display_name") or acct),
                when,
                handle,
            )
        )
    return items


def account_statuses_url(client: httpx.Client, acct: str) -> tuple[str, str]:
    """(instance, statuses URL) of a public account given as user@server."""
    user, _, server = acct.strip().lstrip("@").partition("@")
    instance = f"https://{server}" if not server.startswith("http") else server
    try:
        response = client.get(
            f"{instance}/api/v1/accounts/lookup", params={"acct": user}, follow_redirects=True
        )
    except httpx.HTTPError as exc:
        raise KnownError(f"{server} cannot be reached to look up @{user}.") from exc
    if response.status_code == 404:
        raise KnownError(f"There is no account @{user} on {server}.")
    if response.status_code >= 400:
        raise KnownError(f"{server} answered {response.status_code} looking up @{user}.")
    try:
        account_id = str(response.json()["id"])
    except (ValueError, KeyError, TypeError) as exc:
        raise KnownError(f"{server} sent an unexpected answer looking up @{user}.") from exc
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
