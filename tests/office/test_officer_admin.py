"""`mediadesk server set-user`: IT promotes, renames, re-passwords and disables officers."""

from __future__ import annotations

import uuid
from pathlib import Path

import psycopg
import pytest

from tests.integration.conftest import run_cli
from tests.office.conftest import Office
from tests.office.helpers import PASSWORD, change, push, sign_in, staffed


@pytest.fixture
def office(office_db: Office) -> Office:
    return staffed(office_db)


def _server(tmp_path: Path, office: Office, *args: str) -> tuple[int, str]:
    done = run_cli(
        "--profile", str(tmp_path / "it"), "server", *args[:1], "--dsn", office.dsn, *args[1:]
    )
    return done.returncode, (done.stdout + done.stderr).strip()


def _whoami(office: Office, name: str, password: str = PASSWORD) -> dict[str, str]:
    with psycopg.connect(office.as_user(name, password)) as conn:
        row = conn.execute("SELECT mediadesk.whoami()").fetchone()
    assert row is not None
    return dict(row[0])


def test_an_officer_added_with_a_display_name_is_seen_by_it(office: Office, tmp_path: Path) -> None:
    secret = tmp_path / "pw"
    secret.write_text("another long password\n")
    said = _server(
        tmp_path,
        office,
        "add-user",
        "alex.jones",
        "--role",
        "officer",
        "--password-file",
        str(secret),
        "--display-name",
        "  Alex   Jones ",
    )
    assert said == (0, "Added alex.jones as officer.")
    assert _whoami(office, "alex.jones", "another long password")["display_name"] == "Alex Jones"


def test_a_promoted_officer_may_clear_and_a_disabled_one_may_not_sign_in(
    office: Office, tmp_path: Path
) -> None:
    record = uuid.uuid4()
    with sign_in(office, "cara") as cara:  # cara writes the words and sends them
        push(cara, change(record, "ref", "ENQ-2026-00001"), change(record, "response", "Lines"))
        push(cara, change(record, "status", "awaiting_clearance"))
    with sign_in(office, "olly") as olly:
        [refused] = push(olly, change(record, "status", "cleared", base=1))
    assert refused["result"] == "refused"

    assert _server(
        tmp_path, office, "set-user", "olly", "--role", "clearer", "--display-name", "Olly Evans"
    ) == (0, "Changed olly.")
    who = _whoami(office, "olly")
    assert (who["role"], who["display_name"]) == ("clearer", "Olly Evans")
    with sign_in(office, "olly") as olly:
        [cleared] = push(olly, change(record, "status", "cleared", base=1))
    assert cleared["result"] == "applied"

    assert _server(tmp_path, office, "set-user", "olly", "--disable") == (0, "Changed olly.")
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        psycopg.connect(office.as_user("olly", PASSWORD)).close()
    with psycopg.connect(office.dsn) as conn:  # their history stays, under their name
        actors = {r[0] for r in conn.execute("SELECT actor FROM mediadesk.audit")}
    assert "olly" in actors


def test_set_user_refuses_an_unknown_officer_and_an_empty_change_in_one_line(
    office: Office, tmp_path: Path
) -> None:
    code, said = _server(tmp_path, office, "set-user", "nobody", "--role", "admin")
    assert (
        code != 0 and said == "mediadesk: There is no officer called nobody on the office server."
    )
    code, said = _server(tmp_path, office, "set-user", "olly")
    assert code != 0 and said.startswith("mediadesk: Say what to change:")
    assert len(said.splitlines()) == 1
