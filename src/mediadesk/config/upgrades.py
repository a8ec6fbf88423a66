"""Numbered upgrades of a profile's stored settings: each runs once, in order, and is recorded.

Keys are named `area.name`, the area being where the setting shows (enquiries, posts,
accounts, monitoring, network, security, ui, user, profile). A key that is renamed keeps
working in IT policy for good (RENAMED_KEYS), since group policies outlive releases.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from mediadesk.errors import KnownError
from mediadesk.storage import settings_store
from mediadesk.storage.db import Connection, transaction

log = logging.getLogger("mediadesk.settings")

VERSION_KEY = "_upgrades.version"  # in the settings table; never a setting itself
RENAMED_KEYS = {"posts.accounts_allowed": "accounts.allowed"}  # old name -> new name


def renamed(values: dict[str, object]) -> dict[str, object]:
    """Policy values under their current names (a current name wins over an old one)."""
    current = dict(values)
    for old, new in RENAMED_KEYS.items():
        if old in current:
            value = current.pop(old)
            current.setdefault(new, value)
    return current


def _rename_keys(conn: Connection) -> None:
    for old, new in RENAMED_KEYS.items():
        settings_store.rename(conn, old, new)


UPGRADES: tuple[tuple[int, str, Callable[[Connection], None]], ...] = (
    (1, "one naming scheme: posts.accounts_allowed is now accounts.allowed", _rename_keys),
)


def version(conn: Connection) -> int:
    """The last upgrade this profile's settings have had (0: none)."""
    stored = settings_store.value(conn, VERSION_KEY)
    return int(stored) if stored is not None and stored.isdigit() else 0


def upgrade(conn: Connection) -> list[int]:
    """Run the upgrades this profile has not had, each in its own transaction."""
    done = []
    for number, what, step in UPGRADES:
        if number <= version(conn):
            continue
        try:
            with transaction(conn):
                step(conn)
                settings_store.put(conn, VERSION_KEY, str(number))
        except KnownError as exc:  # a profile that cannot be written now: next time it can
            log.warning("settings upgrade %d not applied: %s", number, exc.message)
            break
        log.info("settings upgrade %d: %s", number, what)
        done.append(number)
    return done
