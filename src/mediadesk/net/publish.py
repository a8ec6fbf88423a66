"""What every platform publisher takes and returns, and how HTTP answers map to outcomes."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Protocol

import httpx

from mediadesk.errors import KnownError


@dataclass(frozen=True)
class MediaItem:
    """A sanitised photo ready to upload."""

    data: bytes
    mime: str
    alt: str
    width: int
    height: int


@dataclass(frozen=True)
class Remote:
    """A post as it exists on the platform."""

    id: str
    url: str
    cid: str = ""  # Bluesky's content hash (needed to reply to it)


@dataclass(frozen=True)
class Outgoing:
    """One post (or one part of a thread) to publish."""

    text: str
    media: tuple[MediaItem, ...]
    key: str  # idempotency key (Bluesky: the record key)
    retry: bool = False  # an earlier attempt may have reached the platform
    since: datetime | None = None  # when the first attempt started
    reply_to: Remote | None = None
    root: Remote | None = None


class RetryLater(KnownError):
    """A passing failure (offline, timeout, 429, 5xx): try again after `after` seconds."""

    def __init__(self, message: str, after: float | None = None, *, offline: bool = False) -> None:
        super().__init__(message)
        self.after = after
        self.offline = offline  # no answer at all: worth trying again soon


class Rejected(KnownError):
    """The platform refused the post; retrying the same request will not help."""


class NeedsReconnect(Rejected):
    """The account's sign-in has expired or been revoked."""


class Publisher(Protocol):
    """Publishes one post to one platform, never twice for one key."""

    def publish(self, out: Outgoing) -> Remote: ...


class AccountFacts(Protocol):
    """What a platform needs to know of a connected account (no secrets)."""

    @property
    def handle(self) -> str: ...

    @property
    def server(self) -> str: ...

    @property
    def user_id(self) -> str: ...

    @property
    def client_id(self) -> str: ...


class Credentials(Protocol):
    """One connected account's entries in the keyring."""

    def get(self, name: str) -> str | None: ...

    def put(self, **values: str) -> None: ...


def _reset_in(headers: Mapping[str, str]) -> float | None:
    """Seconds until a platform's rate-limit window resets (epoch seconds or ISO time)."""
    for name in ("x-rate-limit-reset", "ratelimit-reset", "x-ratelimit-reset"):
        reset = headers.get(name)
        if not reset:
            continue
        try:
            moment = datetime.fromtimestamp(float(reset), UTC)
        except ValueError:
            try:
                moment = datetime.fromisoformat(reset.replace("Z", "+00:00"))
            except ValueError:
                continue
        return max(0.0, (moment - datetime.now(UTC)).total_seconds())
    return None


def retry_after(response: httpx.Response) -> float | None:
    """Seconds to wait, from Retry-After or a platform's rate-limit reset header."""
    value = response.headers.get("retry-after")
    if value:
        try:
            return max(0.0, float(value))
        except ValueError:
            try:
                return max(0.0, (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds())
            except (TypeError, ValueError):
                pass
    return _reset_in(response.headers)


def budget_spent(headers: Mapping[str, str]) -> float | None:
    """Seconds until the budget returns, when a successful answer says none is left."""
    for name in ("x-rate-limit-remaining", "ratelimit-remaining", "x-ratelimit-remaining"):
        if headers.get(name, "").strip() == "0":
            return _reset_in(headers)
    return None


def _detail(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.reason_phrase or f"HTTP {response.status_code}"
    if isinstance(body, dict):
        for key in ("error_description", "message", "detail", "error", "title"):
            if isinstance(body.get(key), str) and body[key]:
                return str(body[key])
        errors = body.get("errors")
        if isinstance(errors, list) and errors and isinstance(errors[0], dict):
            return str(errors[0].get("message") or errors[0].get("detail") or errors[0])
    return f"HTTP {response.status_code}"


def check(response: httpx.Response, platform: str, what: str) -> Any:
    """The JSON body of a successful answer; otherwise the matching failure."""
    status = response.status_code
    if status == 429:
        raise RetryLater(
            f"{platform} asked MediaDesk to slow down ({what}).", retry_after(response)
        )
    if status >= 500:
        raise RetryLater(
            f"{platform} had a problem ({what}: HTTP {status}); MediaDesk will try again.",
            retry_after(response),
        )
    if status == 401:
        raise NeedsReconnect(
            f"{platform} no longer accepts this account's sign-in ({_detail(response)}). "
            "Connect the account again in Settings."
        )
    if status >= 400:
        raise Rejected(f"{platform} refused the post ({what}): {_detail(response)}.")
    if not response.content:
        return {}
    try:
        return json.loads(response.content)
    except ValueError as exc:
        # The request may have succeeded; a retry is safe because every publish is idempotent.
        raise RetryLater(f"{platform} sent an unreadable answer ({what}).") from exc


def transport_failure(exc: httpx.HTTPError, platform: str) -> RetryLater:
    """Offline, timed out or cut off: the post waits in the outbox."""
    if isinstance(exc, httpx.ProxyError):
        from mediadesk.net.client import describe_proxy_error

        return RetryLater(f"{platform}: {describe_proxy_error(exc)}")
    if isinstance(exc, httpx.TimeoutException):
        return RetryLater(
            f"{platform} did not answer in time; MediaDesk will try again.", offline=True
        )
    return RetryLater(
        f"Cannot reach {platform} ({type(exc).__name__}); waiting for the network.", offline=True
    )


def request(
    client: httpx.Client,
    method: str,
    url: str,
    platform: str,
    what: str,
    *,
    seen: dict[str, str] | None = None,
    **kw: Any,
) -> Any:
    """Send one request and return its checked JSON body (its headers into `seen`)."""
    try:
        response = client.request(method, url, **kw)
    except httpx.HTTPError as exc:
        raise transport_failure(exc, platform) from exc
    if seen is not None:
        seen.clear()
        seen.update({k.lower(): v for k, v in response.headers.items()})
    return check(response, platform, what)
