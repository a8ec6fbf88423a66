"""Polite fetching: conditional requests, Retry-After, a size cap and an overall deadline."""

from __future__ import annotations

import contextlib
import logging
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from mediadesk.errors import KnownError
from mediadesk.net.client import describe_proxy_error, proxy_sign_in_problem

log = logging.getLogger("mediadesk.net")
FETCH_DEADLINE_S = 60.0
TOO_SLOW = "The server took too long to answer; MediaDesk will try again later."
MAX_FEED_BYTES = 8 * 1024 * 1024


class FetchError(KnownError):
    """A fetch failed; `retry_after` (seconds) when the server said when to come back."""

    def __init__(
        self, message: str, *, retry_after: float | None = None, offline: bool = False
    ) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.offline = offline


@dataclass(frozen=True)
class Fetched:
    """A response body (None when not modified) and the validators for the next request."""

    body: bytes | None
    etag: str | None
    last_modified: str | None
    max_age: int | None
    headers: dict[str, str] = field(default_factory=dict)


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return None


def _max_age(cache_control: str | None) -> int | None:
    match = re.search(r"max-age=(\d+)", cache_control or "")
    return int(match.group(1)) if match else None


class _Deadline:
    """Abandons a fetch at its deadline, even one a server drips out a byte at a time.

    httpx's timeouts bound each read, not the whole exchange: a server that sends one byte
    every half second never trips them. The sockets a fetch opens are noted through httpcore's
    trace hook and shut down when the deadline passes, which ends any read in progress.
    """

    def __init__(self, seconds: float) -> None:
        self.expired = False
        self.ends = time.monotonic() + seconds
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def trace(self, event: str, info: dict[str, Any]) -> None:
        if event in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            stream = info.get("return_value")
            sock = stream.get_extra_info("socket") if stream is not None else None
            if isinstance(sock, socket.socket):
                with self._lock:
                    self._sockets.append(sock)

    def check(self) -> None:
        if self.expired or time.monotonic() > self.ends:
            self.expired = True
            raise FetchError(TOO_SLOW)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                with contextlib.suppress(OSError):
                    # the plain socket's shutdown, also for a TLS socket: it ends a blocked read
                    socket.socket.shutdown(sock, socket.SHUT_RDWR)

    def cancel(self) -> None:
        self._timer.cancel()


def fetch(
    client: httpx.Client,
    url: str,
    etag: str | None = None,
    last_modified: str | None = None,
    params: dict[str, Any] | None = None,
    deadline_s: float | None = None,
) -> Fetched:
    """GET with conditional headers, a size cap, an overall deadline, and plain errors."""
    deadline = _Deadline(FETCH_DEADLINE_S if deadline_s is None else deadline_s)
    try:
        return _fetch(client, url, etag, last_modified, params, deadline)
    except FetchError as exc:
        if deadline.expired and exc.message != TOO_SLOW:  # our shutdown, not the network's
            raise FetchError(TOO_SLOW) from exc
        raise
    finally:
        deadline.cancel()


def _fetch(
    client: httpx.Client,
    url: str,
    etag: str | None,
    last_modified: str | None,
    params: dict[str, Any] | None,
    deadline: _Deadline,
) -> Fetched:
    headers = {
        "Accept": "application/atom+xml, application/rss+xml, application/xml;q=0.9, "
        "application/json;q=0.8, */*;q=0.5"
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        with client.stream(
            "GET",
            url,
            headers=headers,
            params=params,
            follow_redirects=True,
            extensions={"trace": deadline.trace},
        ) as response:
            if response.status_code == 304:
                return Fetched(
                    None, etag, last_modified, _max_age(response.headers.get("Cache-Control"))
                )
            if response.status_code in (429, 503):
                wait = _retry_after(response.headers.get("Retry-After"))
                what = (
                    "is rate-limiting us"
                    if response.status_code == 429
                    else "is temporarily unavailable"
                )
                raise FetchError(
                    f"The server {what} (HTTP {response.status_code}); "
                    "MediaDesk will wait before asking again.",
                    retry_after=wait,
                )
            if response.status_code == 407:
                raise FetchError(
                    proxy_sign_in_problem(response.headers.get_list("proxy-authenticate"))
                )
            if response.status_code >= 400:
                raise FetchError(
                    f"The server answered {response.status_code} "
                    f"{response.reason_phrase or ''}".rstrip()
                    + "."
                )
            declared = int(response.headers.get("Content-Length") or 0)
            if declared > MAX_FEED_BYTES:
                raise FetchError(
                    f"The feed is {declared // 1_048_576} MB, more than the "
                    f"{MAX_FEED_BYTES // 1_048_576} MB MediaDesk accepts."
                )
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                deadline.check()
                size += len(chunk)
                if size > MAX_FEED_BYTES:
                    raise FetchError(
                        f"The feed is larger than the "
                        f"{MAX_FEED_BYTES // 1_048_576} MB MediaDesk accepts."
                    )
                chunks.append(chunk)
            return Fetched(
                b"".join(chunks),
                response.headers.get("ETag"),
                response.headers.get("Last-Modified"),
                _max_age(response.headers.get("Cache-Control")),
                {k.lower(): v for k, v in response.headers.items()},
            )
    except httpx.TimeoutException as exc:
        raise FetchError(TOO_SLOW, offline=False) from exc
    except httpx.ProxyError as exc:
        raise FetchError(describe_proxy_error(exc)) from exc
    except (httpx.ConnectError, httpx.NetworkError) as exc:
        raise FetchError("Offline, or the server cannot be reached.", offline=True) from exc
    except httpx.RemoteProtocolError as exc:
        raise FetchError("The server closed the connection before the feed was complete.") from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"The feed could not be fetched ({type(exc).__name__}).") from exc
