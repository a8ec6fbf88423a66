"""`mediadesk server init` and `add-user` against a real PostgreSQL, as IT would run them."""

from __future__ import annotations

import uuid
from pathlib import Path

import psycopg
import pytest

from mediadesk.errors import KnownError
from mediadesk.office.dsn import checked, described
from tests.integration.conftest import run_cli
from tests.office.conftest import Office


def _password_file(tmp_path: Path, password: str, name: str = "pw") -> Path:
    path = tmp_path / name
    path.write_text(password + "\n")
    return path


def test_init_creates_the_schema_and_running_it_again_changes_nothing(
    office_db: Office, tmp_path: Path
) -> None:
    first = run_cli("--profile", str(tmp_path / "p"), "server", "init", "--dsn", office_db.dsn)
    assert first.returncode == 0, first.stderr
    assert "migrations 1, 2, 3, 4, 5, 6" in first.stdout
    again = run_cli("--profile", str(tmp_path / "p"), "server", "init", "--dsn", office_db.dsn)
    assert again.returncode == 0 and again.stdout.strip() == "Office schema is up to date."
    with psycopg.connect(office_db.dsn) as conn:
        assert conn.execute("SELECT count(*) FROM mediadesk.offices").fetchone() == (1,)
        assert conn.execute("SELECT version FROM mediadesk.schema_migrations").fetchall() == [
            (1,),
            (2,),
            (3,),
            (4,),
            (5,),
            (6,),
        ]


def test_add_user_makes_a_login_that_signs_in_and_refuses_a_second_of_the_name(
    office_db: Office, tmp_path: Path
) -> None:
    profile = str(tmp_path / "p")
    assert run_cli("--profile", profile, "server", "init", "--dsn", office_db.dsn).returncode == 0
    secret = "correct horse battery staple"
    args = ["--profile", profile, "server", "add-user", "--dsn", office_db.dsn, "alex"]
    added = run_cli(
        *args, "--role", "officer", "--password-file", str(_password_file(tmp_path, secret))
    )
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "Added alex as officer."
    with psycopg.connect(office_db.as_user("alex", secret)) as conn:  # the newline is not in it
        who = conn.execute("SELECT mediadesk.whoami()").fetchone()
    assert who is not None and who[0]["role"] == "officer" and who[0]["office_name"]
    twice = run_cli(
        *args, "--role", "clearer", "--password-file", str(_password_file(tmp_path, "x"))
    )
    assert twice.returncode != 0
    assert (
        twice.stderr.strip()
        == "mediadesk: There is already a user called alex on the office server."
    )
    with psycopg.connect(office_db.dsn) as conn:
        verifier = conn.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = 'alex'"
        ).fetchone()
    assert verifier is not None and str(verifier[0]).startswith("SCRAM-SHA-256$")


def test_add_user_before_init_and_with_a_wrong_admin_password_say_so(
    office_db: Office, tmp_path: Path
) -> None:
    pw = str(_password_file(tmp_path, "s3cret"))
    early = run_cli(
        "--profile",
        str(tmp_path / "p"),
        "server",
        "add-user",
        "--dsn",
        office_db.dsn,
        "sam",
        "--role",
        "officer",
        "--password-file",
        pw,
    )
    assert early.returncode != 0 and "run 'mediadesk server init' first" in early.stderr
    wrong = office_db.as_user("postgres", "not-the-password")
    refused = run_cli("--profile", str(tmp_path / "p"), "server", "init", "--dsn", wrong)
    assert refused.returncode != 0
    assert refused.stderr.strip().endswith("refused that user name and password.")
    assert "not-the-password" not in refused.stderr + refused.stdout
    assert len(refused.stderr.strip().splitlines()) == 1


def test_an_unreachable_server_is_one_line_within_the_timeout(tmp_path: Path) -> None:
    result = run_cli(
        "--profile",
        str(tmp_path / "p"),
        "server",
        "init",
        "--dsn",
        "postgresql://admin:pw@127.0.0.1:1/office",
        timeout=30,
    )
    assert result.returncode != 0
    assert result.stderr.strip() == (
        "mediadesk: The office server at admin@127.0.0.1:1/office cannot be reached: check the "
        "address and the network."
    )


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer", "require", "verify-ca"])
def test_a_remote_server_needs_verified_tls(mode: str) -> None:
    with pytest.raises(KnownError, match="verify-full"):
        checked(f"postgresql://db.office.example/mediadesk?sslmode={mode}")


def test_a_remote_server_is_verified_against_the_system_store_by_default() -> None:
    conninfo = checked("postgresql://alex@db.office.example:5433/mediadesk")
    assert "sslmode=verify-full" in conninfo and "sslrootcert=system" in conninfo
    assert "sslrootcert=/etc/it/root.pem" in checked(
        "postgresql://db.office.example/m", root_certificate="/etc/it/root.pem"
    )
    assert "sslmode" not in checked("postgresql://127.0.0.1:5432/m")  # this machine: tests


@pytest.mark.parametrize("dsn", ["", "mysql://x", "postgresql://", "host=", "\x00", "a" * 5000])
def test_nonsense_addresses_are_refused_in_words(dsn: str) -> None:
    with pytest.raises(KnownError):
        checked(dsn)


def test_the_password_never_shows_in_the_described_address() -> None:
    text = described("postgresql://admin:hunter2@db.example:5432/office?sslmode=verify-full")
    assert text == "admin@db.example:5432/office" and "hunter2" not in text


def test_an_office_made_by_an_older_mediadesk_is_upgraded_in_place(
    office_db: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mediadesk.office import schema, server
    from tests.office.helpers import change, push, sign_in

    with monkeypatch.context() as older:
        older.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
        assert server.init(office_db.dsn) == [1]
        server.add_user(office_db.dsn, "olly", "officer", "a long office password")
    with sign_in(office_db, "olly") as olly:  # a record made before the upgrade
        record = uuid.uuid4()
        assert push(olly, change(record, "subject", "Before"))[0]["result"] == "applied"
    assert server.init(office_db.dsn) == [2, 3, 4, 5, 6]
    with sign_in(office_db, "olly") as olly:
        assert push(olly, change(record, "subject", "After", base=1))[0]["result"] == "applied"
        refused = push(olly, {**change(record, "layout", {}), "entity": "column_set"})
    assert refused[0]["result"] == "refused"


def test_a_dead_connection_is_noticed_within_half_a_minute_unless_it_asks_otherwise() -> None:
    conninfo = checked("postgresql://db.office.example/mediadesk")
    assert "keepalives=1" in conninfo and "tcp_user_timeout=30000" in conninfo
    assert "tcp_user_timeout=5000" in checked(
        "postgresql://db.office.example/mediadesk?tcp_user_timeout=5000"
    )
