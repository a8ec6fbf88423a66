"""Connected social accounts: sign-in flows, credentials in the OS keyring, publishers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from mediadesk.domain.clock import Clock, utc_now
from mediadesk.domain.platforms import Platform
from mediadesk.errors import KnownError
from mediadesk.net.platforms import PLATFORM_APIS, PlatformApi
from mediadesk.net.publish import Publisher
from mediadesk.net.reply import reading
from mediadesk.net.sign_in import Pending, SignedIn, secure_server
from mediadesk.secrets import SecretStore
from mediadesk.storage import accounts as stored
from mediadesk.storage.accounts import Account
from mediadesk.storage.db import Connection, transaction
from mediadesk.words import QT_TRANSLATE_NOOP, Said

__all__ = ["NO_KEYRING", "Account", "Accounts", "connected", "secure_server"]

NO_KEYRING = QT_TRANSLATE_NOOP(
    "Messages",
    "Connecting social accounts needs the OS keyring, and this profile is using a passphrase "
    "instead. Use Copy for manual posting, or ask IT to enable the keyring.",
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
            for name in PLATFORM_APIS[platform.value].secrets:
                self.secrets.delete(self._entry(platform, name))
        with transaction(self.conn):
            stored.remove(self.conn, platform)

    # -- signing in ----------------------------------------------------------------------
    def _api(self, platform: Platform) -> PlatformApi:
        self._store()  # no keyring: say so before anything is sent
        return PLATFORM_APIS[platform.value]

    def connect(self, platform: Platform, fields: Mapping[str, str]) -> Account:
        """Sign in with what the user typed (an app password, a pasted token)."""
        sign_in = self._api(platform).sign_in
        if sign_in is None:
            raise KnownError(
                Said(
                    QT_TRANSLATE_NOOP(
                        "Messages", "{platform} accounts are connected through the browser."
                    ),
                    platform=platform.label,
                )
            )
        with reading(platform.label):
            return self._signed_in(platform, sign_in(self.client, fields))

    def start(self, platform: Platform, fields: Mapping[str, str]) -> Pending:
        """Begin a browser sign-in: open the result's url, then `finish` with the code."""
        start = self._api(platform).start
        if start is None:
            raise KnownError(
                Said(
                    QT_TRANSLATE_NOOP(
                        "Messages", "{platform} accounts are connected with a password here."
                    ),
                    platform=platform.label,
                )
            )
        with reading(platform.label):
            return start(self.client, fields)

    def finish(self, platform: Platform, pending: Any, code: str = "") -> Account:
        """The browser came back with `code` ('': the platform waits for it on this machine)."""
        finish = self._api(platform).finish
        if finish is None:
            raise KnownError(
                Said(
                    QT_TRANSLATE_NOOP(
                        "Messages", "{platform} accounts are connected with a password here."
                    ),
                    platform=platform.label,
                )
            )
        with reading(platform.label):
            return self._signed_in(platform, finish(self.client, pending, code))

    def _signed_in(self, platform: Platform, signed: SignedIn) -> Account:
        kept = PLATFORM_APIS[platform.value].secrets
        assert set(signed.secrets) <= set(kept), "a secret disconnect would not delete"
        self._put(platform, **signed.secrets)
        account = self._save(
            Account(platform, signed.handle, signed.server, signed.user_id, signed.client_id)
        )
        self.refresh_limits(platform)
        return account

    def refresh_limits(self, platform: Platform) -> None:
        """Fetch and cache the server's limits (where it sets its own) for offline counting."""
        limits, account = PLATFORM_APIS[platform.value].limits, self.all().get(platform)
        if limits is None or account is None:
            return
        with reading(platform.label):
            found = limits(self.client, account.server)
        with transaction(self.conn):
            stored.cache_put(self.conn, stored.instance_key(platform), found, self.clock())

    def reader(self, platform_name: str) -> Publisher | None:
        """The connected account's client for monitoring reads ('x', 'bluesky', 'mastodon')."""
        return self.publisher(Platform(platform_name))

    # -- publishing ----------------------------------------------------------------------
    def publisher(self, platform: Platform) -> Publisher | None:
        """A publisher for the connected account, or None if there is none."""
        account = self.all().get(platform)
        if account is None or self.secrets is None:
            return None
        return PLATFORM_APIS[platform.value].make_publisher(
            self.client, account, _Keyring(self, platform)
        )


class _Keyring:
    """One connected account's keyring entries, as a platform's publisher reads and renews them."""

    def __init__(self, accounts: Accounts, platform: Platform) -> None:
        self._accounts, self._platform = accounts, platform

    def get(self, name: str) -> str | None:
        return self._accounts._get(self._platform, name)

    def put(self, **values: str) -> None:
        self._accounts._put(self._platform, **values)
