"""Connected accounts (names only: credentials live in the keyring) and the platform cache."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from mediadesk.domain.platforms import Platform
from mediadesk.storage.db import Connection, from_ts, to_ts


def instance_key(platform: Platform) -> str:
    """Where the connected server's own limits are kept in platform_cache."""
    return f"{platform.value}:instance"


MASTODON_INSTANCE = instance_key(Platform.MASTODON)


@dataclass(frozen=True)
class Account:
    """A connected account (its credentials are only in the keyring)."""

    platform: Platform
    handle: str
    server: str
    user_id: str = ""
    client_id: str = ""
    connected: datetime | None = None


def connected(conn: Connection) -> dict[Platform, Account]:
    """The connected accounts, by platform."""
    rows = conn.execute(
        "SELECT platform, handle, server, user_id, client_id, connected FROM accounts"
    )
    return {
        Platform(r[0]): Account(
            Platform(r[0]),
            str(r[1]),
            str(r[2]),
            str(r[3]),
            str(r[4]),
            None if r[5] is None else from_ts(int(r[5])),
        )
        for r in rows
    }


def save(conn: Connection, account: Account, now: datetime) -> None:
    """Record (or replace) the platform's account, connected `now`."""
    conn.execute(
        "INSERT OR REPLACE INTO accounts(platform, handle, server, user_id, client_id,"
        " connected) VALUES (?,?,?,?,?,?)",
        (
            account.platform.value,
            account.handle,
            account.server,
            account.user_id,
            account.client_id,
            to_ts(now),
        ),
    )


def handles(conn: Connection) -> dict[Platform, str]:
    """The connected accounts' handles as each platform shows them (with '@')."""
    rows = conn.execute("SELECT platform, handle FROM accounts").fetchall()
    return {Platform(r[0]): r[1] if str(r[1]).startswith("@") else f"@{r[1]}" for r in rows}


def remove(conn: Connection, platform: Platform) -> None:
    conn.execute("DELETE FROM accounts WHERE platform=?", (platform.value,))


def cache_put(conn: Connection, key: str, value: dict[str, Any], now: datetime) -> None:
    """Keep what a platform said about itself (e.g. an instance's limits)."""
    conn.execute(
        "INSERT OR REPLACE INTO platform_cache(key, value, fetched) VALUES (?,?,?)",
        (key, json.dumps(value), to_ts(now)),
    )


def cache_get(conn: Connection, key: str) -> dict[str, Any]:
    """What was kept under `key` (empty when nothing is)."""
    row = conn.execute("SELECT value FROM platform_cache WHERE key=?", (key,)).fetchone()
    return {} if row is None else dict(json.loads(row[0]))
