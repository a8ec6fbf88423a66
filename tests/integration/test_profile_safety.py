"""The profile on a real laptop: mistyped, read-only, damaged, and readable by its user alone."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from mediadesk.secrets import KeyringStore
from tests.conftest import flip_middle_bytes
from tests.integration.conftest import run_cli
from tests.integration.test_keyring_profile import _write_csv

ROOT = Path(__file__).resolve().parents[2]


def _import(profile: Path, tmp_path: Path, rows: int = 5) -> None:
    source = tmp_path / "log.csv"
    _write_csv(source, rows)
    done = run_cli("--profile", str(profile), "import", "enquiries", str(source))
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(
    "command",
    [
        ["export", "enquiries", "--format", "csv", "--output", "OUT"],
        ["refresh"],
        ["columns", "export", "OUT"],
        ["handover", "--output", "OUT"],
        ["doctor"],
        ["verify-audit"],
    ],
)
def test_a_mistyped_profile_is_refused_by_commands_that_only_read(
    tmp_path: Path, real_keyring: KeyringStore, command: list[str]
) -> None:
    typo = tmp_path / "profiel"
    out = str(tmp_path / "out.file")
    done = run_cli("--profile", str(typo), *[out if a == "OUT" else a for a in command])
    assert done.returncode != 0
    assert done.stderr.strip().splitlines() == [
        f"mediadesk: There is no MediaDesk profile in {typo}; check the --profile folder. "
        "Nothing was created."
    ]
    assert not typo.exists() and not Path(out).exists()


def test_importing_into_a_new_profile_creates_it_and_says_so(
    tmp_path: Path, real_keyring: KeyringStore
) -> None:
    source = tmp_path / "log.csv"
    _write_csv(source, 3)
    fresh = tmp_path / "new-profile"
    done = run_cli("--profile", str(fresh), "import", "enquiries", str(source))
    assert done.returncode == 0, done.stderr
    assert f"Created a new MediaDesk profile in {fresh}." in done.stderr
    assert "Imported 3 enquiries" in done.stdout


def test_everything_in_the_profile_is_private_to_its_user(
    profile_dir: Path, tmp_path: Path
) -> None:
    _import(profile_dir, tmp_path)
    created = [profile_dir, *profile_dir.rglob("*")]
    assert created
    for path in created:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o077 == 0, f"{path} is {oct(mode)}"
    os.chmod(profile_dir / "mediadesk.db", 0o644)  # as an older build or a copy left it
    os.chmod(profile_dir, 0o755)
    done = run_cli("--profile", str(profile_dir), "verify-audit")
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE((profile_dir / "mediadesk.db").stat().st_mode) == 0o600
    assert stat.S_IMODE(profile_dir.stat().st_mode) == 0o700


def _read_only(folder: Path, *command: str) -> subprocess.CompletedProcess[str]:
    """Run a command with `folder` mounted read-only in a private mount namespace."""
    if not shutil.which("unshare"):
        pytest.fail("unshare (util-linux) is needed to mount a folder read-only")
    mount = f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} {folder}"
    return subprocess.run(
        ["unshare", "-rm", "sh", "-c", f'{mount} && exec "$@"', "sh", *command],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_a_read_only_profile_is_said_plainly_on_the_command_line(
    profile_dir: Path, tmp_path: Path
) -> None:
    _import(profile_dir, tmp_path)
    source = tmp_path / "more.csv"
    _write_csv(source, 2)
    done = _read_only(
        profile_dir,
        sys.executable,
        "-m",
        "mediadesk",
        "--profile",
        str(profile_dir),
        "import",
        "enquiries",
        str(source),
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith(
        f"mediadesk: MediaDesk cannot save anything in the profile folder {profile_dir} "
        "(Read-only file system)."
    )


def test_a_read_only_profile_gets_a_dialog_in_the_window(profile_dir: Path, tmp_path: Path) -> None:
    _import(profile_dir, tmp_path)
    script = textwrap.dedent(
        f"""
        from PySide6.QtWidgets import QMessageBox
        shown = []
        QMessageBox.critical = staticmethod(lambda parent, title, text, *a: shown.append(text))
        from mediadesk.app import start_gui
        code = start_gui({str(profile_dir)!r})
        print("EXIT", code)
        print("DIALOG", shown)
        """
    )
    done = _read_only(profile_dir, sys.executable, "-c", script)
    assert "Traceback" not in done.stderr, done.stderr
    assert "EXIT 1" in done.stdout
    assert "cannot save anything in the profile folder" in done.stdout


def test_a_damaged_database_refuses_an_import_and_names_the_backup(
    profile_dir: Path, tmp_path: Path
) -> None:
    _import(profile_dir, tmp_path, rows=400)
    backups = list((profile_dir / "backups").glob("*.db"))
    database = profile_dir / "mediadesk.db"
    checkpoint = run_cli("--profile", str(profile_dir), "verify-audit")  # folds in the WAL
    assert checkpoint.returncode == 0, checkpoint.stderr
    flip_middle_bytes(database)
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    source = tmp_path / "more.csv"
    _write_csv(source, 2)
    done = run_cli("--profile", str(profile_dir), "import", "enquiries", str(source))
    assert done.returncode == 1
    assert "The profile database is damaged" in done.stderr
    assert "MediaDesk will not save anything to it" in done.stderr
    assert ("The newest backup is" in done.stderr) == bool(backups)
    assert "Traceback" not in done.stderr
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before


def test_the_command_line_maps_an_offices_words_from_flags_or_a_file(
    profile_dir: Path, tmp_path: Path
) -> None:
    log = tmp_path / "office.csv"
    log.write_text(
        "Date received,Topic,Status,Method\n21/11/2026 10:00,Meals,Chazed,Pigeon\n",
        encoding="utf-8",
    )
    refused = run_cli("--profile", str(profile_dir), "import", "enquiries", str(log))
    assert refused.returncode == 1
    assert "row 2: column \"Status\": 'Chazed' is not a status" in refused.stderr
    assert "row 2: column \"Method\": 'Pigeon' is not a channel" in refused.stderr
    assert refused.stderr.strip().splitlines()[-1] == (
        "mediadesk: 1 row of office.csv cannot be imported (2 problems); nothing was imported."
    )
    rules = tmp_path / "words.txt"
    rules.write_text("# our log's words\nchannel:Pigeon=in_person\n", encoding="utf-8")
    done = run_cli(
        "--profile",
        str(profile_dir),
        "import",
        "enquiries",
        str(log),
        "--map",
        "status:Chazed=in_progress",
        "--map-file",
        str(rules),
    )
    assert done.returncode == 0, done.stderr
    assert "Imported 1 enquiry from office.csv." in done.stdout
    bad = run_cli(
        "--profile", str(profile_dir), "import", "enquiries", str(log), "--map", "status=open"
    )
    assert bad.returncode == 1
    assert bad.stderr.strip().splitlines() == [
        "mediadesk: 'status=open' is not a value rule; write it as status:Open=in_progress "
        "(fields: status, channel, priority)."
    ]


def test_doctor_redirected_to_a_file_writes_utf8_whatever_the_console_code_page(
    tmp_path: Path, real_keyring: KeyringStore
) -> None:
    profile = tmp_path / "Zoë Łukasz ŵ"
    _import(profile, tmp_path)
    out = tmp_path / "d.txt"
    with out.open("wb") as handle:
        done = subprocess.run(
            [sys.executable, "-m", "mediadesk", "--profile", str(profile), "doctor"],
            stdout=handle,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONIOENCODING": "cp1252"},  # as Windows redirects output
            timeout=120,
            check=False,
        )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert f"Profile:          {profile}" in out.read_bytes().decode("utf-8")
