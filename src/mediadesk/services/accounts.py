"""Connected social accounts: sign-in flows, credentials in the OS keyring, publishers."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from mediadesk.domain.clock import Clock, utc_now
from mediadesk.domain.posts import Platform
from mediadesk.errors import KnownError
from mediadesk.net import bluesky, mastodon_post, x
from mediadesk.net.oauth_loopback import LoopbackRedirect
from mediadesk.net.platforms import PUBLISHERS
from mediadesk.net.publish import Publisher
from mediadesk.net.reply import UnreadableReply, obj, reading, text
from mediadesk.secrets import SecretStore
from mediadesk.storage import accounts as stored
from mediadesk.storage.accounts import MASTODON_INSTANCE, Account
from mediadesk.storage.db import Connection, transaction

__all__ = ["NO_KEYRING", "Account", "Accounts", "XSignIn", "connected", "start_x_sign_in"]

NO_KEYRING = (
    "Connecting social accounts needs the OS keyring, and this profile is using a passphrase "
    "instead. Use Copy for manual posting, or ask IT to enable the keyring."
)


LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


def secure_server(url: str) -> str:
    """`url` if a sign-in may travel to it: https, or http only to this machine (tests, proxies).

    Tokens and app passwords sent over plain http can be read by anyone on the network.
    """
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.scheme == "https" and host:
        return url.strip()
    if parts.scheme == "http" and host in LOOPBACK_HOSTS:
        return url.strip()
    raise KnownError(
        f"MediaDesk signs in only over a secure connection: use the server's https:// "
        f"address instead of '{url.strip()}'."
    )


def connected(conn: Connection) -> dict[Platform, Account]:
    """The connected accounts, by platform."""
    return stored.connected(conn)


class Accounts:
    """Connect, use and disconnect the office's accounts on one connection."""

    def __init__(
        self,
        conn: Connection,
        secrets: SecretStore | None,
        profile_id: str,
        client: httpx.Client,
        clock: Clock = utc_now,
    ) -> None:
        self.conn = conn
        self.secrets = secrets
        self.profile_id = profile_id
        self.client = client
        self.clock = clock

    # -- the keyring ---------------------------------------------------------------------
    def _entry(self, platform: Platform, name: str) -> str:
        return f"account:{self.profile_id}:{platform.value}:{name}"

    def _store(self) -> SecretStore:
        if self.secrets is None:
            raise KnownError(NO_KEYRING)
        return self.secrets

    def _put(self, platform: Platform, **values: str) -> None:
        store = self._store()
        for name, value in values.items():
            store.set(self._entry(platform, name), value)

    def _get(self, platform: Platform, name: str) -> str | None:
        return None if self.secrets is None else self.secrets.get(self._entry(platform, name))

    # -- the list ------------------------------------------------------------------------
    def all(self) -> dict[Platform, Account]:
        return connected(self.conn)

    def _save(self, account: Account) -> Account:
        with transaction(self.conn):
            stored.save(self.conn, account, self.clock())
        return self.all()[account.platform]

    def disconnect(self, platform: Platform) -> None:
        """Forget the account and delete its credentials from the keyring."""
        if self.secrets is not None:
            for name in ("access", "refresh", "token", "expires"):
                self.secrets.delete(self._entry(platform, name))
        with transaction(self.conn):
            stored.remove(self.conn, platform)

    # -- Bluesky -------------------------------------------------------------------------
    def connect_bluesky(self, server: str, handle: str, app_password: str) -> Account:
        """Sign in once with an app password; only the session tokens are kept."""
        self._store()
        service = secure_server(server.strip() or bluesky.DEFAULT_SERVICE)
        with reading("Bluesky"):
            session = bluesky.create_session(self.client, service, handle, app_password)
        self._put(Platform.BLUESKY, access=session.access, refresh=session.refresh)
        return self._save(Account(Platform.BLUESKY, session.handle, session.service, session.did))

    # -- Mastodon ------------------------------------------------------------------------
    def connect_mastodon_token(self, server: str, token: str) -> Account:
        """Use an access token the user created in the instance's Development settings."""
        self._store()
        secure_server(mastodon_post.base(server))
        with reading("The Mastodon server"):
            me = obj(mastodon_post.verify_credentials(self.client, server, token.strip()))
            handle = text(me.get("acct"), 300) or text(me.get("username"), 300)
        if not handle:
            raise UnreadableReply("The Mastodon server did not say which account the token is for.")
        self._put(Platform.MASTODON, token=token.strip())
        account = self._save(
            Account(
                Platform.MASTODON,
                "@" + handle,
                mastodon_post.base(server),
                text(me.get("id"), 100),
            )
        )
        self.refresh_mastodon_limits()
        return account

    def start_mastodon(self, server: str) -> mastodon_post.PendingAuthorisation:
        self._store()
        secure_server(mastodon_post.base(server))
        with reading("The Mastodon server"):
            return mastodon_post.start_authorisation(self.client, server)

    def finish_mastodon(self, pending: mastodon_post.PendingAuthorisation, code: str) -> Account:
        with reading("The Mastodon server"):
            token = mastodon_post.finish_authorisation(self.client, pending, code)
        return self.connect_mastodon_token(pending.server, token)

    def refresh_mastodon_limits(self) -> None:
        """Fetch and cache the instance's limits for offline counting."""
        account = self.all().get(Platform.MASTODON)
        if account is None:
            return
        limits = mastodon_post.instance_limits(self.client, account.server)
        with transaction(self.conn):
            stored.cache_put(self.conn, MASTODON_INSTANCE, limits.as_json(), self.clock())

    # -- X -------------------------------------------------------------------------------
    def start_x(
        self, client_id: str, redirect_uri: str, authorize: str = x.AUTHORIZE
    ) -> x.XAuthorisation:
        self._store()
        return x.start_authorisation(client_id, redirect_uri, authorize)

    def finish_x(self, pending: x.XAuthorisation, code: str, api: str = x.API) -> Account:
        with reading("X"):
            session = x.finish_authorisation(self.client, pending, code, secure_server(api))
        self._x_saved(session)
        return self._save(
            Account(Platform.X, "@" + session.username, api, session.user_id, session.client_id)
        )

    def _x_saved(self, session: x.XSession) -> None:
        self._put(
            Platform.X,
            access=session.access,
            refresh=session.refresh,
            expires=str(session.expires_at),
        )

    def reader(self, platform_name: str) -> Publisher | None:
        """The connected account's client for monitoring reads ('x', 'bluesky', 'mastodon')."""
        return self.publisher(Platform(platform_name))

    # -- publishing ----------------------------------------------------------------------
    def publisher(self, platform: Platform) -> Publisher | None:
        """A publisher for the connected account, or None if there is none."""
        account = self.all().get(platform)
        if account is None or self.secrets is None:
            return None
        return PUBLISHERS[platform.value](self.client, account, _Keyring(self, platform))


class _Keyring:
    """One connected account's keyring entries, as a platform's publisher reads and renews them."""

    def __init__(self, accounts: Accounts, platform: Platform) -> None:
        self._accounts, self._platform = accounts, platform

    def get(self, name: str) -> str | None:
        return self._accounts._get(self._platform, name)

    def put(self, **values: str) -> None:
        self._accounts._put(self._platform, **values)


@dataclass(frozen=True)
class XSignIn:
    """An X sign-in under way: the consent page to open and the loopback waiting for X."""

    pending: x.XAuthorisation
    listener: LoopbackRedirect

    @property
    def url(self) -> str:
        return self.pending.url


X_ENDPOINTS = (x.API, x.AUTHORIZE)  # X's API and consent page


def start_x_sign_in(client_id: str, port: int, authorize: str = x.AUTHORIZE) -> XSignIn:
    """Begin X's OAuth 2 sign-in: a PKCE request and a listener on the loopback port."""
    pending = x.start_authorisation(client_id, f"http://127.0.0.1:{port}/callback", authorize)
    return XSignIn(pending, LoopbackRedirect(port, pending.state))
