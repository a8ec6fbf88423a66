"""Opening profiles: keys, migrations, and every way a database can fail to open."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mediadesk.errors import KeyringUnavailable, ProfileError
from mediadesk.paths import ProfilePaths, resolve_profile, unsuitable_folder
from mediadesk.secrets import MAX_SECRET_CHARS, KeyringStore, MemoryStore, insecure_reason
from mediadesk.storage import migrations
from mediadesk.storage.db import DatabaseKey, connect
from mediadesk.storage.profile import KeyStore, open_profile, read_manifest


def test_new_profile_keeps_a_random_raw_key_in_the_store(profile_paths: ProfilePaths) -> None:
    store = MemoryStore()
    db = open_profile(profile_paths, store)
    manifest = read_manifest(profile_paths)
    assert manifest is not None and manifest.key_store is KeyStore.KEYRING
    hexkey = store.get(manifest.keyring_entry)
    assert hexkey is not None and len(bytes.fromhex(hexkey)) == 32
    assert hexkey not in profile_paths.manifest.read_text()
    conn = db.connect()
    assert migrations.schema_version(conn) == migrations.LATEST
    conn.close()


def _size_and_bytes(path: Path) -> tuple[int, bytes]:
    return path.stat().st_size, path.read_bytes()


def test_wrong_key_is_explained_and_the_file_left_alone(profile_paths: ProfilePaths) -> None:
    store = MemoryStore()
    open_profile(profile_paths, store)
    manifest = read_manifest(profile_paths)
    assert manifest is not None
    before = _size_and_bytes(profile_paths.database)
    store.set(manifest.keyring_entry, os.urandom(32).hex())
    with pytest.raises(ProfileError, match="different key, or damaged"):
        open_profile(profile_paths, store)
    assert _size_and_bytes(profile_paths.database) == before


def test_missing_keyring_entry_never_starts_an_empty_profile(profile_paths: ProfilePaths) -> None:
    open_profile(profile_paths, MemoryStore())
    before = _size_and_bytes(profile_paths.database)
    with pytest.raises(ProfileError, match="missing from the OS keyring"):
        open_profile(profile_paths, MemoryStore())
    assert _size_and_bytes(profile_paths.database) == before


def test_missing_database_is_not_recreated(profile_paths: ProfilePaths) -> None:
    open_profile(profile_paths, MemoryStore())
    profile_paths.database.unlink()
    with pytest.raises(ProfileError, match=r"will not start an\s+empty profile"):
        open_profile(profile_paths, MemoryStore())
    assert not profile_paths.database.exists()


def test_foreign_and_corrupt_files(tmp_path: Path) -> None:
    foreign = tmp_path / "plain.db"
    sqlite3.connect(foreign).execute("CREATE TABLE t(x)").connection.commit()
    with pytest.raises(ProfileError, match="unencrypted SQLite file"):
        connect(foreign, DatabaseKey(raw=bytes(32)))
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00garbage" * 100)
    with pytest.raises(ProfileError, match="damaged or truncated"):
        connect(junk, DatabaseKey(raw=bytes(32)))
    assert junk.read_bytes() == b"\x00garbage" * 100


def test_database_without_manifest(profile_paths: ProfilePaths) -> None:
    open_profile(profile_paths, MemoryStore())
    profile_paths.manifest.unlink()
    with pytest.raises(ProfileError, match="no manifest"):
        open_profile(profile_paths, MemoryStore())


def test_damaged_manifest(profile_paths: ProfilePaths) -> None:
    open_profile(profile_paths, MemoryStore())
    profile_paths.manifest.write_text("{not json")
    with pytest.raises(ProfileError, match=r"manifest .* is damaged"):
        open_profile(profile_paths, MemoryStore())


READ_ONLY_CHECK = """
import sys
from pathlib import Path
from mediadesk.errors import ProfileError
from mediadesk.paths import ProfilePaths
from mediadesk.storage.profile import open_profile
try:
    open_profile(ProfilePaths(Path(sys.argv[1]), custom=True), None, passphrase=sys.argv[2])
except ProfileError as exc:
    print(exc.message)
"""


def test_read_only_profile_is_explained_and_left_alone(profile_paths: ProfilePaths) -> None:
    open_profile(profile_paths, None, passphrase="twelve chars or more")
    before = _size_and_bytes(profile_paths.database)
    profile_paths.database.chmod(0o444)
    profile_paths.root.chmod(0o555)
    command = [
        sys.executable,
        "-c",
        READ_ONLY_CHECK,
        str(profile_paths.root),
        "twelve chars or more",
    ]
    if (
        getattr(os, "geteuid", lambda: -1)() == 0
    ):  # root ignores permissions unless it gives up CAP_DAC_OVERRIDE
        setpriv = shutil.which("setpriv")
        assert setpriv, "setpriv (util-linux) is needed to test read-only files as root"
        command = [
            setpriv,
            "--inh-caps=-dac_override,-dac_read_search",
            "--bounding-set=-dac_override,-dac_read_search",
            *command,
        ]
    try:
        out = subprocess.run(command, capture_output=True, text=True, check=True)
    finally:
        profile_paths.root.chmod(0o755)
        profile_paths.database.chmod(0o644)
    assert "read-only" in out.stdout, out.stderr
    assert _size_and_bytes(profile_paths.database) == before


def test_no_keyring_means_passphrase_profile(profile_paths: ProfilePaths) -> None:
    with pytest.raises(KeyringUnavailable, match="passphrase"):
        open_profile(profile_paths, None)
    assert not profile_paths.database.exists()
    db = open_profile(profile_paths, None, passphrase="correct horse battery")
    conn = db.connect()
    conn.close()
    with pytest.raises(ProfileError, match="passphrase"):
        open_profile(profile_paths, None)
    with pytest.raises(ProfileError, match="different key"):
        open_profile(profile_paths, None, passphrase="wrong horse battery")
    assert open_profile(profile_paths, None, passphrase="correct horse battery")


def test_migration_takes_an_encrypted_backup_first(
    profile_paths: ProfilePaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = MemoryStore()
    open_profile(profile_paths, store)
    monkeypatch.setattr(
        migrations, "MIGRATIONS", [*migrations.MIGRATIONS, "CREATE TABLE later(x INTEGER);"]
    )
    monkeypatch.setattr(migrations, "LATEST", len(migrations.MIGRATIONS))
    db = open_profile(profile_paths, store)
    backups = list(profile_paths.backups.glob("*.db"))
    assert len(backups) == 1
    assert not backups[0].read_bytes().startswith(b"SQLite format 3")
    conn = connect(backups[0], db.key)
    assert migrations.schema_version(conn) == migrations.LATEST - 1
    conn.close()


def test_newer_schema_is_refused(profile_paths: ProfilePaths) -> None:
    store = MemoryStore()
    db = open_profile(profile_paths, store)
    conn = db.connect()
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(ProfileError, match="newer MediaDesk"):
        open_profile(profile_paths, store)


def test_secrets_over_the_windows_limit_are_rejected() -> None:
    with pytest.raises(ValueError, match="at most 1280"):
        MemoryStore().set("x", "a" * (MAX_SECRET_CHARS + 1))


def test_plaintext_keyring_backends_are_refused() -> None:
    class PlaintextKeyring:
        pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"

    class Chainer:
        def __init__(self) -> None:
            self.backends = [PlaintextKeyring()]

    assert "not one known to keep keys encrypted" in str(insecure_reason(PlaintextKeyring()))
    assert insecure_reason(Chainer()) is not None

    class EncryptedKeyring:  # keyrings.alt's: asks for a password on the console
        pass

    EncryptedKeyring.__module__ = "keyrings.alt.file"
    with pytest.raises(KeyringUnavailable, match="not one known to keep keys encrypted"):
        KeyringStore(EncryptedKeyring())

    class SomePlugin:  # an unknown third-party backend is not trusted either
        pass

    SomePlugin.__module__ = "keyring_plugin.vault"
    assert insecure_reason(SomePlugin()) is not None

    class Keyring:
        pass

    Keyring.__module__ = "keyring.backends.fail"
    assert "no secure keyring" in str(insecure_reason(Keyring()))
    assert "no keyring backend" in str(insecure_reason(type("C", (), {"backends": []})()))

    class Keyring:  # type: ignore[no-redef]
        pass

    Keyring.__module__ = "keyring.backends.SecretService"
    assert insecure_reason(Keyring()) is None


def test_profile_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEDIADESK_PROFILE", str(tmp_path / "env"))
    assert resolve_profile().root == (tmp_path / "env").resolve()
    assert resolve_profile(str(tmp_path / "arg")).root == (tmp_path / "arg").resolve()
    assert resolve_profile(str(tmp_path / "arg")).logs == (tmp_path / "arg" / "logs").resolve()


def test_a_version_1_profile_is_upgraded_with_its_data(
    profile_paths: ProfilePaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = MemoryStore()
    first = migrations.MIGRATIONS[:1]
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", first)
        patch.setattr(migrations, "LATEST", 1)
        db = open_profile(profile_paths, store)
        conn = db.connect()
        conn.execute(
            "INSERT INTO enquiries(ref, received, channel, subject, updated)"
            " VALUES ('ENQ-2026-00001', 0, 'phone', 'Kept', 0)"
        )
        conn.close()
    db = open_profile(profile_paths, store)
    conn = db.connect()
    assert migrations.schema_version(conn) == migrations.LATEST
    assert conn.execute("SELECT subject FROM enquiries").fetchone()[0] == "Kept"
    assert conn.execute("SELECT count(*) FROM monitor_columns").fetchone()[0] == 0
    conn.close()
    assert len(list(profile_paths.backups.glob("*before-v2*.db"))) == 1


@pytest.mark.parametrize(
    ("root", "why"),
    [
        (r"\\fileserver\press\MediaDesk", "network drive"),
        ("//fileserver/press/MediaDesk", "network drive"),
        (r"C:\Users\Zoë\OneDrive - Department\MediaDesk", "OneDrive syncs"),
        (r"c:\users\zoë\onedrive - department", "OneDrive syncs"),
    ],
)
def test_network_and_onedrive_folders_are_refused(root: str, why: str) -> None:
    env = {"OneDriveCommercial": r"C:\Users\Zoë\OneDrive - Department"}
    assert why in str(unsuitable_folder(root, env))


@pytest.mark.parametrize(
    "root", [r"C:\Users\Zoë\AppData\Local\MediaDesk", r"S:\MediaDesk", r"C:\Users\Zoë\OneDrive2"]
)
def test_local_folders_are_fine(root: str) -> None:
    env = {"OneDrive": r"C:\Users\Zoë\OneDrive"}
    assert unsuitable_folder(root, env) is None
    assert "network drive" in str(unsuitable_folder(root, env, remote=True))


def test_a_profile_inside_onedrive_is_not_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced = tmp_path / "OneDrive - Department"
    monkeypatch.setenv("OneDrive", str(synced))
    paths = ProfilePaths(synced / "MediaDesk", custom=True)
    with pytest.raises(ProfileError, match="OneDrive syncs that folder"):
        open_profile(paths, MemoryStore())
    assert not paths.root.exists()


def test_a_version_4_replica_keeps_the_versions_it_holds_when_upgraded(
    profile_paths: ProfilePaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mediadesk.storage import replica_versions

    store = MemoryStore()
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:4])
        patch.setattr(migrations, "LATEST", 4)
        conn = open_profile(profile_paths, store).connect()
        conn.executemany(
            "INSERT INTO sync_versions VALUES ('enquiry', ?, ?, ?)",
            [("u1", "subject", 3), ("u1", "status", 7), ("u2", "ref", 1)],
        )
        conn.close()
    conn = open_profile(profile_paths, store).connect()
    assert migrations.schema_version(conn) == migrations.LATEST
    assert replica_versions.version(conn, "enquiry", "u1", "status") == 7
    assert replica_versions.version(conn, "enquiry", "u1", "subject") == 3
    assert replica_versions.version(conn, "enquiry", "u2", "ref") == 1
    assert replica_versions.version(conn, "enquiry", "u2", "subject") == 0
    replica_versions.set_version(conn, "enquiry", "u1", "status", 5)  # never goes back
    assert replica_versions.version(conn, "enquiry", "u1", "status") == 7
    conn.close()


class _Killed(BaseException):
    """MediaDesk stopping dead at this point (a kill, the battery gone)."""


@pytest.mark.parametrize("stop_at", ["manifest", "rename"])
def test_a_profile_whose_creation_was_cut_short_opens_next_time(
    profile_paths: ProfilePaths, monkeypatch: pytest.MonkeyPatch, stop_at: str
) -> None:
    from mediadesk.storage import profile

    def killed(*_args: object) -> None:
        raise _Killed

    store = MemoryStore()
    with monkeypatch.context() as patch:
        if stop_at == "manifest":
            patch.setattr(profile, "_write_manifest", killed)
        else:
            patch.setattr(profile.os, "replace", killed)
        with pytest.raises(_Killed):
            open_profile(profile_paths, store)
    conn = open_profile(profile_paths, store).connect()  # not "no manifest beside it"
    assert migrations.schema_version(conn) == migrations.LATEST
    conn.close()
    assert not list(profile_paths.root.glob("*.creating*"))
