"""A profile keyed through the real Secret Service, used from separate processes."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest
import sqlcipher3

from mediadesk.paths import ProfilePaths
from mediadesk.secrets import KeyringStore
from mediadesk.storage.profile import open_profile, read_manifest
from tests.integration.conftest import run_cli

SECRET_WORDS = "Zebracorn allegations about the Thistlewood contract"


def _write_csv(path: Path, rows: int, subject: str = SECRET_WORDS) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Received", "Journalist", "Outlet", "Subject", "Questions"])
        for i in range(rows):
            writer.writerow(
                [
                    f"{1 + i % 28:02d}/10/2026 10:{i % 60:02d}",
                    f"Reporter {i % 7}",
                    "Daily Bugle",
                    f"{subject} {i}",
                    "Who signed it off?",
                ]
            )


def test_key_lives_in_the_secret_service_and_cli_round_trips(
    profile_dir: Path, tmp_path: Path, real_keyring: KeyringStore
) -> None:
    source = tmp_path / "log.csv"
    _write_csv(source, 25)
    result = run_cli("--profile", str(profile_dir), "import", "enquiries", str(source))
    assert result.returncode == 0, result.stderr
    assert "Imported 25 enquiries" in result.stdout
    manifest = read_manifest(ProfilePaths(profile_dir, custom=True))
    assert manifest is not None
    hexkey = real_keyring.get(manifest.keyring_entry)
    assert hexkey is not None and len(hexkey) == 64
    out = tmp_path / "out.csv"
    result = run_cli(
        "--profile",
        str(profile_dir),
        "export",
        "enquiries",
        "--format",
        "csv",
        "--output",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 25 and rows[0]["Reference"].startswith("ENQ-2026-")
    xlsx = tmp_path / "out.xlsx"
    assert (
        run_cli(
            "--profile",
            str(profile_dir),
            "export",
            "enquiries",
            "--format",
            "xlsx",
            "--output",
            str(xlsx),
        ).returncode
        == 0
    )
    assert xlsx.read_bytes()[:2] == b"PK"
    # nothing secret anywhere in the profile's plaintext files or logs
    for path in profile_dir.rglob("*"):
        if path.is_file() and path.suffix in (".json", ".log"):
            text = path.read_text(encoding="utf-8", errors="replace")
            assert hexkey not in text and "Zebracorn" not in text, path


def test_cli_failures_exit_non_zero_with_one_line(profile_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("Received,Subject\n32/01/2026,x\n01/01/2026,\n", encoding="utf-8")
    result = run_cli("--profile", str(profile_dir), "import", "enquiries", str(bad))
    assert result.returncode == 1
    assert "row 2:" in result.stderr and "row 3:" in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("mediadesk: 2 rows")
    result = run_cli(
        "--profile",
        str(profile_dir),
        "export",
        "enquiries",
        "--format",
        "csv",
        "--output",
        str(tmp_path / "no" / "such" / "dir.csv"),
    )
    assert result.returncode == 1 and "Nothing was exported" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_export_blocked_by_policy(profile_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "log.csv"
    _write_csv(source, 2)
    assert (
        run_cli("--profile", str(profile_dir), "import", "enquiries", str(source)).returncode == 0
    )
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({"enquiries.export_allowed": False}))
    result = run_cli(
        "--profile",
        str(profile_dir),
        "export",
        "enquiries",
        "--format",
        "csv",
        "--output",
        str(tmp_path / "x.csv"),
        env={"MEDIADESK_POLICY_FILE": str(policy)},
    )
    assert result.returncode == 1 and "turned off by your organisation" in result.stderr
    assert not (tmp_path / "x.csv").exists()


def test_database_and_wal_hold_no_plaintext_and_need_the_key(
    profile_dir: Path, tmp_path: Path, real_keyring: KeyringStore
) -> None:
    paths = ProfilePaths(profile_dir, custom=True)
    database = open_profile(paths, real_keyring)
    conn = database.connect()
    conn.execute("PRAGMA wal_autocheckpoint = 0")  # keep the new pages in the WAL
    from mediadesk.domain.enquiry import Channel, NewEnquiry
    from mediadesk.services.enquiries import EnquiryService

    service = EnquiryService(conn, "tester")
    for i in range(30):
        service.create(
            NewEnquiry(
                service.clock(),
                Channel.EMAIL,
                f"{SECRET_WORDS} {i}",
                journalist="Ophelia Quibble",
                outlet="Gazette of Secrets",
                questions="Is the Thistlewood memo genuine?",
            )
        )
    wal = Path(str(paths.database) + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    for path in (paths.database, wal):
        blob = path.read_bytes()
        for needle in (b"Zebracorn", b"Thistlewood", b"Ophelia", b"Quibble", b"SQLite format"):
            assert needle not in blob, (path.name, needle)
            assert needle.decode().encode("utf-16-le") not in blob
    conn.close()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(paths.database).execute("SELECT * FROM enquiries").fetchall()
    stranger = sqlcipher3.connect(str(paths.database))
    stranger.execute("PRAGMA key = \"x'" + "00" * 32 + "'\"")
    with pytest.raises(sqlcipher3.DatabaseError):
        stranger.execute("SELECT count(*) FROM enquiries").fetchone()
    stranger.close()


def test_no_usable_keyring_is_explained(tmp_path: Path) -> None:
    source = tmp_path / "log.csv"
    _write_csv(source, 2)
    result = run_cli(
        "--profile",
        str(tmp_path / "p"),
        "import",
        "enquiries",
        str(source),
        env={"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"},
    )
    assert result.returncode == 1
    assert "cannot keep its keys safely" in result.stderr
    assert "passphrase" in result.stderr
    assert not (tmp_path / "p" / "mediadesk.db").exists()


def test_passphrase_profile_from_the_command_line(tmp_path: Path) -> None:
    paths = ProfilePaths(tmp_path / "p", custom=True)
    open_profile(paths, None, passphrase="a long enough passphrase")
    secret = tmp_path / "pass.txt"
    secret.write_text("a long enough passphrase\n")
    source = tmp_path / "log.csv"
    _write_csv(source, 3)
    env = {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    result = run_cli(
        "--profile",
        str(paths.root),
        "--passphrase-file",
        str(secret),
        "import",
        "enquiries",
        str(source),
        env=env,
    )
    assert result.returncode == 0, result.stderr
    result = run_cli("--profile", str(paths.root), "import", "enquiries", str(source), env=env)
    assert result.returncode == 1 and "passphrase" in result.stderr
