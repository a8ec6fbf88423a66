"""The profile's health: a damage check when it opens, regular backups, going back to one."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from mediadesk.errors import ProfileError
from mediadesk.paths import ProfilePaths
from mediadesk.storage import integrity
from mediadesk.storage.db import Connection, set_read_only
from mediadesk.storage.profile import Database
from mediadesk.words import QT_TRANSLATE_NOOP


def check(conn: Connection, paths: ProfilePaths, now: datetime) -> None:
    """Raise ProfileError (naming the backup) if the database is damaged; renew old backups."""
    integrity.check_and_back_up(conn, paths, now)


def damage_found(paths: ProfilePaths, exc: BaseException) -> str | None:
    """The damaged-profile sentence if `exc` was a read that hit a damaged page, else None."""
    if not integrity.is_damage(exc):
        return None
    return integrity.damaged(paths, "a page could not be read").message


def refuse_writes(conn: Connection) -> None:
    """Make a connection read-only, so a damaged database is not written any further."""
    set_read_only(conn)


def newest_backup(paths: ProfilePaths) -> Path | None:
    return integrity.newest_backup(paths)


def restore_newest(database: Database) -> Path:
    """Put the newest backup in place; returns where the damaged file was kept."""
    backup = integrity.newest_backup(database.paths)
    if backup is None:
        raise ProfileError(
            QT_TRANSLATE_NOOP(
                "Messages", "There is no backup to restore; ask IT to restore the profile folder."
            )
        )
    return integrity.restore(database.paths, backup, database.key)
