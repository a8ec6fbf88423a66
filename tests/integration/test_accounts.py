"""Connecting accounts: OAuth with PKCE, app passwords and tokens, kept in the real keyring."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator

import httpx
import pytest

from mediadesk.context import AppContext
from mediadesk.domain.platforms import Platform
from mediadesk.net.oauth_loopback import LoopbackRedirect
from mediadesk.net.publish import Rejected
from mediadesk.secrets import KeyringStore
from mediadesk.services.accounts import Accounts
from tests.platforms import Platforms, serving_platforms, x_sign_in


@pytest.fixture
def loopback() -> Iterator[tuple[Platforms, str]]:
    with serving_platforms() as running:
        yield running


@pytest.fixture
def accounts(ctx: AppContext, real_keyring: KeyringStore) -> Iterator[Accounts]:
    with httpx.Client(timeout=5) as client:
        found = Accounts(ctx.conn, real_keyring, f"t-{uuid.uuid4().hex[:8]}", client)
        yield found
        for platform in Platform:
            found.disconnect(platform)


def entries(store: KeyringStore, accounts: Accounts, platform: Platform) -> dict[str, str]:
    names = ("access", "refresh", "token", "expires")
    found = {n: store.get(f"account:{accounts.profile_id}:{platform.value}:{n}") for n in names}
    return {k: v for k, v in found.items() if v is not None}


def test_mastodon_sign_in_with_pkce_and_a_pasted_code(
    accounts: Accounts, loopback: tuple[Platforms, str], real_keyring: KeyringStore
) -> None:
    platforms, base = loopback
    pending = accounts.start(Platform.MASTODON, {"server": base})
    query = httpx.URL(pending.url).params
    assert query["code_challenge_method"] == "S256"
    assert query["redirect_uri"] == "urn:ietf:wg:oauth:2.0:oob"
    platforms.oauth_codes["pasted-code"] = pending.verifier  # what the consent page shows
    account = accounts.finish(Platform.MASTODON, pending, " pasted-code \n")
    assert account.handle == "@mastodonpy_test"
    assert entries(real_keyring, accounts, Platform.MASTODON) == {"token": "mastodon-token"}
    cached = accounts.conn.execute(
        "SELECT value FROM platform_cache WHERE key='mastodon:instance'"
    ).fetchone()
    assert '"max_characters": 500' in cached[0]  # the recorded instance's own limit


def test_a_wrong_code_or_token_is_explained_and_nothing_is_kept(
    accounts: Accounts, loopback: tuple[Platforms, str], real_keyring: KeyringStore
) -> None:
    _platforms, base = loopback
    pending = accounts.start(Platform.MASTODON, {"server": base})
    with pytest.raises(Rejected, match="did not accept that code"):
        accounts.finish(Platform.MASTODON, pending, "typo")
    with pytest.raises(Rejected, match="Connect the account again"):
        accounts.connect(Platform.MASTODON, {"server": base, "token": "revoked-token"})
    with pytest.raises(Rejected, match="app password"):
        accounts.connect(
            Platform.BLUESKY,
            {"server": base, "handle": "pressoffice.test", "password": "wrong-password"},
        )
    assert accounts.all() == {}
    for platform in Platform:
        assert entries(real_keyring, accounts, platform) == {}


def test_x_sign_in_through_the_loopback_redirect(
    accounts: Accounts, loopback: tuple[Platforms, str], real_keyring: KeyringStore
) -> None:
    platforms, base = loopback
    pending = accounts.start(Platform.X, x_sign_in("client-abc", base))
    listener = pending.listener  # port 0 here; the app uses its registered port
    query = httpx.URL(pending.url).params
    assert query["scope"] == "tweet.read tweet.write users.read media.write offline.access"
    platforms.x_codes["consented"] = (query["code_challenge"], listener.redirect_uri)

    def browser() -> None:  # the user approves; X sends the browser back with the code
        httpx.get(f"{listener.redirect_uri}?state=forged&code=evil")
        page = httpx.get(f"{listener.redirect_uri}?state={listener.state}&code=consented")
        assert "Signed in" in page.text

    threading.Thread(target=browser).start()
    account = accounts.finish(Platform.X, pending)  # waits for the browser to come back
    assert account.handle == "@PressOffice" and account.client_id == "client-abc"
    stored = entries(real_keyring, accounts, Platform.X)
    assert stored["access"] == "x-access-1" and stored["refresh"] == "x-refresh-1"


def test_x_refuses_without_a_client_id(accounts: Accounts) -> None:
    with pytest.raises(Rejected, match="No X client ID"):
        accounts.start(Platform.X, {"client_id": " ", "port": "53682"})


def test_a_cancelled_x_sign_in_says_so() -> None:
    listener = LoopbackRedirect(0, "s1")

    def browser() -> None:
        httpx.get(f"{listener.redirect_uri}?state=s1&error=access_denied")

    threading.Thread(target=browser).start()
    with pytest.raises(Rejected, match="access_denied"):
        listener.wait(timeout=10)


def test_disconnect_removes_the_credentials(
    accounts: Accounts, loopback: tuple[Platforms, str], real_keyring: KeyringStore
) -> None:
    platforms, base = loopback
    accounts.connect(
        Platform.BLUESKY,
        {"server": base, "handle": platforms.bsky_handle, "password": platforms.app_password},
    )
    assert entries(real_keyring, accounts, Platform.BLUESKY).keys() == {"access", "refresh"}
    accounts.disconnect(Platform.BLUESKY)
    assert entries(real_keyring, accounts, Platform.BLUESKY) == {}
    assert accounts.publisher(Platform.BLUESKY) is None


def test_giving_up_on_an_x_sign_in_stops_waiting() -> None:
    listener = LoopbackRedirect(0, "s2")
    threading.Timer(0.3, listener.cancel).start()
    with pytest.raises(Rejected, match="cancelled"):
        listener.wait(timeout=30)
