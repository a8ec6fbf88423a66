"""Sign-ins travel only over https (or to this machine): tokens never cross a network in clear."""

from __future__ import annotations

import httpx
import pytest

from mediadesk.context import AppContext
from mediadesk.domain.platforms import Platform
from mediadesk.errors import KnownError
from mediadesk.secrets import MemoryStore
from mediadesk.services.accounts import Accounts, secure_server


@pytest.mark.parametrize(
    "url", ["http://mastodon.example", "http://10.0.0.5:3000", "ftp://bsky.example", "bsky.social"]
)
def test_plain_http_to_another_machine_is_refused(url: str) -> None:
    with pytest.raises(KnownError, match="secure connection"):
        secure_server(url)


@pytest.mark.parametrize(
    "url", ["https://mastodon.social", "http://127.0.0.1:8080", "http://localhost:3000"]
)
def test_https_and_loopback_are_allowed(url: str) -> None:
    assert secure_server(url) == url


def test_connecting_over_http_sends_nothing(ctx: AppContext) -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(500))
    with httpx.Client(transport=transport) as client:
        accounts = Accounts(ctx.conn, MemoryStore(), "p", client, ctx.clock)
        with pytest.raises(KnownError, match="secure connection"):
            accounts.connect(
                Platform.BLUESKY,
                {
                    "server": "http://pds.example",
                    "handle": "me.example",
                    "password": "app-pass-word",
                },
            )
        with pytest.raises(KnownError, match="secure connection"):
            accounts.connect(
                Platform.MASTODON, {"server": "http://mastodon.example", "token": "token"}
            )
        with pytest.raises(KnownError, match="secure connection"):
            accounts.start(Platform.MASTODON, {"server": "http://mastodon.example"})
        with pytest.raises(KnownError, match="secure connection"):
            accounts.start(Platform.X, {"client_id": "app", "api": "http://api.x.example"})
    assert sent == []
