"""Create or open a profile: its manifest, its key in the keyring, its migrated database."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from mediadesk.errors import KeyringUnavailable, ProfileError, ProfileLocked
from mediadesk.paths import ProfilePaths, drive_is_remote, unsuitable_folder
from mediadesk.secrets import SecretStore
from mediadesk.storage import migrations
from mediadesk.storage.db import Connection, DatabaseKey, connect, map_write_error
from mediadesk.words import QT_TRANSLATE_NOOP, Said


class KeyStore(StrEnum):
    """Where a profile's database key lives."""

    KEYRING = "keyring"
    PASSPHRASE = "passphrase"


@dataclass(frozen=True)
class Manifest:
    """The profile's plaintext manifest: an id and where its key lives, never the key."""

    profile_id: str
    key_store: KeyStore

    @property
    def keyring_entry(self) -> str:
        return f"database:{self.profile_id}"


def read_manifest(paths: ProfilePaths) -> Manifest | None:
    """The manifest, None if there is none, ProfileError if it is unreadable."""
    try:
        raw = json.loads(paths.manifest.read_text(encoding="utf-8"))
        return Manifest(str(raw["profile_id"]), KeyStore(raw["key_store"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ProfileError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The profile manifest {manifest} is damaged, so MediaDesk cannot tell where "
                    "the profile's key is. Nothing was changed; ask IT to restore it from backup.",
                ),
                manifest=paths.manifest,
            ),
            detail=str(exc),
        ) from exc


def _write_manifest(paths: ProfilePaths, manifest: Manifest) -> None:
    body = json.dumps(
        {
            "profile_id": manifest.profile_id,
            "key_store": manifest.key_store.value,
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "format": 1,
        },
        indent=2,
    )
    tmp = paths.manifest.with_suffix(".tmp")
    tmp.write_text(body, encoding="utf-8")
    os.replace(tmp, paths.manifest)


LOCKED = "MediaDesk is locked: unlock it to go on."


class Database:
    """An open profile: hands out keyed connections, one per thread.

    While MediaDesk is locked the key is dropped (`forget_key`), so no connection can be made
    until the user has proved who they are and the key is read again.
    """

    def __init__(self, paths: ProfilePaths, manifest: Manifest, key: DatabaseKey) -> None:
        self.paths = paths
        self.manifest = manifest
        self._key: DatabaseKey | None = key

    @property
    def key(self) -> DatabaseKey:
        if self._key is None:
            raise ProfileLocked(LOCKED)
        return self._key

    @property
    def locked(self) -> bool:
        return self._key is None

    def forget_key(self) -> None:
        """Drop the key (the connections must be closed first; SQLCipher wipes its copy)."""
        self._key = None

    def remember_key(self, key: DatabaseKey) -> None:
        """Take the key back after an unlock, once it has opened the database."""
        conn = connect(self.paths.database, key)
        conn.close()
        self._key = key

    def reread_key(self, store: SecretStore | None, passphrase: str | None = None) -> DatabaseKey:
        """The key as at start: from the keyring, or derived from the passphrase."""
        return _existing_key(self.manifest, store, passphrase)

    def connect(self, *, same_thread: bool = True) -> Connection:
        """A new connection for the calling thread (same_thread=False: closable elsewhere)."""
        return connect(self.paths.database, self.key, same_thread=same_thread)


def writable_problem(paths: ProfilePaths) -> str | None:
    """Why nothing could be saved in the profile folder (read-only, no permission), or None.

    Asked before anything else opens there (the lock, the log), so the user is told in one
    sentence instead of meeting the first failed write.
    """
    folder = paths.root
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent  # a new profile: the nearest folder that would hold it
    probe = folder / f".mediadesk-write-test-{os.getpid()}"
    try:
        fd = os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return (
            f"MediaDesk cannot save anything in the profile folder {paths.root} ({reason}). "
            "Choose a folder you can write to with --profile, or ask IT to fix its permissions. "
            "Nothing was changed."
        )
    return None


def needs_passphrase(paths: ProfilePaths) -> bool:
    """True when the existing profile is protected by a passphrase."""
    manifest = read_manifest(paths)
    return manifest is not None and manifest.key_store is KeyStore.PASSPHRASE


def open_profile(
    paths: ProfilePaths,
    store: SecretStore | None,
    *,
    passphrase: str | None = None,
    create: bool = True,
) -> Database:
    """Open the profile at `paths`, creating it if it is new; never replaces a failed one."""
    unsuitable = unsuitable_folder(str(paths.root), remote=drive_is_remote(paths.root))
    if unsuitable:
        raise ProfileError(unsuitable)
    manifest = read_manifest(paths)
    _finish_creating(paths, manifest)
    exists = paths.database.exists()
    if manifest is None and exists:
        raise ProfileError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{database} has no manifest beside it, so MediaDesk cannot find its key. The "
                    "file was left as it is. Restore profile.json from backup, or ask IT.",
                ),
                database=paths.database,
            )
        )
    if manifest is not None and not exists:
        raise ProfileError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The profile database {database} is missing. MediaDesk will not start an empty"
                    " profile in its place: restore it from backup, or choose another profile "
                    "folder with --profile.",
                ),
                database=paths.database,
            )
        )
    if manifest is None:
        if not create:
            raise ProfileError(
                Said(
                    QT_TRANSLATE_NOOP("Messages", "There is no MediaDesk profile in {root}."),
                    root=paths.root,
                )
            )
        return _create(paths, store, passphrase)
    key = _existing_key(manifest, store, passphrase)
    _make_private(paths)
    return _open(paths, manifest, key)


def _creating(paths: ProfilePaths) -> Path:
    """Where a new profile's database is built before it becomes the profile's."""
    return paths.database.with_name(paths.database.name + ".creating")


def _finish_creating(paths: ProfilePaths, manifest: Manifest | None) -> None:
    """A creation cut short (MediaDesk killed, the laptop off): finish or forget it.

    The database is built under another name, the manifest written, and only then the
    database renamed into place; so a manifest with a built database beside it completes the
    profile, and a built database without one never held anything and is removed.
    """
    building = _creating(paths)
    if not building.exists():
        return
    try:
        if manifest is not None and not paths.database.exists():
            os.replace(building, paths.database)
        elif manifest is None:
            for part in (
                building,
                *(building.with_name(building.name + x) for x in ("-wal", "-shm")),
            ):
                part.unlink(missing_ok=True)
    except OSError as exc:
        raise map_write_error(exc, paths.root) from exc


def _make_private(paths: ProfilePaths) -> None:
    """Close up a profile an older MediaDesk (or a copy) left readable by other users."""
    if os.name != "posix":
        return  # on Windows the profile inherits the user's own folder's ACL
    try:
        files = [paths.database, paths.manifest]
        if paths.backups.is_dir():
            files += list(paths.backups.iterdir())
    except OSError:
        return
    for path in [paths.root, paths.backups, *files]:
        try:
            mode = path.stat().st_mode if path.exists() else 0
            if mode & 0o077:
                os.chmod(path, mode & 0o700)  # the owner's own bits stay as they were
        except OSError:
            continue  # a read-only profile: said elsewhere; nothing to change here


def _existing_key(
    manifest: Manifest, store: SecretStore | None, passphrase: str | None
) -> DatabaseKey:
    if manifest.key_store is KeyStore.PASSPHRASE:
        if not passphrase:
            raise ProfileError(
                QT_TRANSLATE_NOOP(
                    "Messages", "This profile is protected by a passphrase; enter it to open it."
                )
            )
        return DatabaseKey(passphrase=passphrase)
    if store is None:
        raise KeyringUnavailable(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This profile's key is kept in the OS keyring, but no secure keyring is available "
                "now. Sign in to your desktop session (or unlock the keyring) and try again.",
            )
        )
    hexkey = store.get(manifest.keyring_entry)
    if hexkey is None:
        raise ProfileError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The key for this profile is missing from the OS keyring (entry "
                    "'{keyring_entry}' of service 'MediaDesk'). Without it the data cannot be "
                    "read. The file was left untouched: restore the keyring entry, or ask IT.",
                ),
                keyring_entry=manifest.keyring_entry,
            )
        )
    try:
        raw = bytes.fromhex(hexkey)
    except ValueError as exc:
        raise ProfileError(
            QT_TRANSLATE_NOOP(
                "Messages", "The key stored in the OS keyring for this profile is damaged."
            )
        ) from exc
    return DatabaseKey(raw=raw)


def _create(paths: ProfilePaths, store: SecretStore | None, passphrase: str | None) -> Database:
    try:
        paths.root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise map_write_error(exc, paths.root) from exc
    manifest: Manifest
    if passphrase:
        manifest = Manifest(os.urandom(16).hex(), KeyStore.PASSPHRASE)
        key = DatabaseKey(passphrase=passphrase)
    elif store is not None:
        manifest = Manifest(os.urandom(16).hex(), KeyStore.KEYRING)
        raw = os.urandom(32)  # what secrets.token_bytes does, without loading OpenSSL
        store.set(manifest.keyring_entry, raw.hex())
        key = DatabaseKey(raw=raw)
    else:
        raise KeyringUnavailable(
            QT_TRANSLATE_NOOP(
                "Messages",
                "No secure OS keyring is available to keep this profile's key. "
                "Choose a passphrase to protect the profile instead.",
            )
        )
    building = _creating(paths)
    try:
        conn = connect(building, key, create=True)
        migrations.migrate(conn, building, paths.backups)
        conn.close()
        _write_manifest(paths, manifest)  # from here on the profile exists
        os.replace(building, paths.database)
    except OSError as exc:
        raise map_write_error(exc, paths.root) from exc
    return Database(paths, manifest, key)


def _open(paths: ProfilePaths, manifest: Manifest, key: DatabaseKey) -> Database:
    conn = connect(paths.database, key)
    try:
        migrations.migrate(conn, paths.database, paths.backups)
    finally:
        conn.close()
    return Database(paths, manifest, key)
