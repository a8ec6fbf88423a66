"""Two officers' laptops share one log through the office server: join, sync, clear, conflict."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from mediadesk.secrets import KeyringStore
from tests.integration.conftest import run_cli
from tests.office.conftest import Office
from tests.office.helpers import PASSWORD, staffed


@pytest.fixture
def office(office_db: Office) -> Office:
    return staffed(office_db)


def _cli(profile: Path, *args: str) -> str:
    result = run_cli("--profile", str(profile), *args)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def _join(tmp_path: Path, office: Office, name: str) -> Path:
    secret = tmp_path / f"{name}.pw"
    secret.write_text(PASSWORD + "\n")
    profile = tmp_path / name
    server = office.cluster.dsn(office.database).replace(
        "postgres:" + office.cluster.password + "@", ""
    )
    said = _cli(profile, "join", server, "--user", name, "--password-file", str(secret))
    assert said.startswith("Joined Press office;")
    return profile


def _log(profile: Path, tmp_path: Path, subject: str) -> None:
    sheet = tmp_path / f"{subject[:8]}.csv"
    sheet.write_text(
        "received,channel,subject,journalist,outlet\n"
        f"2026-12-02 09:15,phone,{subject},Priya Patel,BBC Wales\n"
    )
    _cli(profile, "import", "enquiries", str(sheet))


def _rows(profile: Path, tmp_path: Path) -> list[dict[str, str]]:
    import csv

    out = tmp_path / f"export-{profile.name}.csv"
    _cli(profile, "export", "enquiries", "--format", "csv", "--output", str(out))
    with out.open(encoding="utf-8-sig") as file:
        return list(csv.DictReader(file))


def test_an_enquiry_logged_on_one_laptop_reaches_the_other_with_its_reference(
    office: Office, tmp_path: Path, real_keyring: KeyringStore
) -> None:
    olly, cara = _join(tmp_path, office, "olly"), _join(tmp_path, office, "cara")
    _log(olly, tmp_path, "School closures in Powys")
    shown = _rows(olly, tmp_path)
    assert len(shown) == 1
    # 16 fields of the enquiry, and the name (and type, or outlet) of its outlet and journalist
    assert _cli(olly, "sync") == "Synced: pushed 20, pulled 0, conflicts 0."
    assert _cli(cara, "sync").startswith("Synced: pushed 0, pulled 1")
    seen = _rows(cara, tmp_path)
    assert [r["Reference"] for r in seen] == [shown[0]["Reference"]]  # final when first shown
    assert seen[0]["Journalist"] == "Priya Patel" and seen[0]["Outlet"] == "BBC Wales"
    assert seen[0]["Subject"] == "School closures in Powys"
    with psycopg.connect(office.dsn) as conn:  # who did it comes from the sign-in
        actors = conn.execute("SELECT DISTINCT actor FROM mediadesk.audit").fetchall()
    assert actors == [("olly",)]


def test_a_wrong_password_is_refused_in_one_line_and_nothing_is_joined(
    office: Office, tmp_path: Path, real_keyring: KeyringStore
) -> None:
    wrong = tmp_path / "wrong.pw"
    wrong.write_text("not it\n")
    server = f"postgresql://127.0.0.1:{office.cluster.port}/{office.database}"
    result = run_cli(
        "--profile",
        str(tmp_path / "p"),
        "join",
        server,
        "--user",
        "olly",
        "--password-file",
        str(wrong),
    )
    assert result.returncode != 0
    assert result.stderr.strip().endswith("refused that user name and password.")
    again = run_cli("--profile", str(tmp_path / "p"), "sync")
    assert again.returncode != 0 and "has not joined an office" in again.stderr


def test_references_never_clash_between_laptops_logging_offline(
    office: Office, tmp_path: Path, real_keyring: KeyringStore
) -> None:
    olly, cara = _join(tmp_path, office, "olly"), _join(tmp_path, office, "cara")
    for n in range(3):  # neither syncs meanwhile: both are "offline"
        _log(olly, tmp_path, f"Olly enquiry {n}")
        _log(cara, tmp_path, f"Cara enquiry {n}")
    _cli(olly, "sync")
    _cli(cara, "sync")
    _cli(olly, "sync")
    refs_olly = sorted(r["Reference"] for r in _rows(olly, tmp_path))
    refs_cara = sorted(r["Reference"] for r in _rows(cara, tmp_path))
    assert refs_olly == refs_cara and len(set(refs_olly)) == 6


def test_the_server_keeps_the_log_when_a_laptop_is_lost(
    office: Office, tmp_path: Path, real_keyring: KeyringStore
) -> None:
    olly = _join(tmp_path, office, "olly")
    _log(olly, tmp_path, "Flooding in Ceredigion")
    _cli(olly, "sync")
    with psycopg.connect(office.dsn) as conn:
        row = conn.execute(
            "SELECT fields->>'subject', fields->>'journalist' FROM mediadesk.records"
            " WHERE entity = 'enquiry'"
        ).fetchone()
    assert row == ("Flooding in Ceredigion", "Priya Patel")
    fresh = _join(tmp_path, office, "cara")  # a replacement laptop gets everything
    assert [r["Subject"] for r in _rows(fresh, tmp_path)] == ["Flooding in Ceredigion"]


def test_verify_audit_checks_the_office_chain_too_and_doctor_tells_the_link(
    office: Office, tmp_path: Path, real_keyring: KeyringStore
) -> None:
    olly = _join(tmp_path, office, "olly")
    _log(olly, tmp_path, "Road closures")
    _cli(olly, "sync")
    said = _cli(olly, "verify-audit").splitlines()
    assert said[0].startswith("Audit log intact:")
    assert said[1] == "Office audit log intact: 20 entries checked."  # with its journalist
    with psycopg.connect(office.dsn, autocommit=True) as admin:
        admin.execute("ALTER TABLE mediadesk.audit DISABLE TRIGGER USER")
        admin.execute("UPDATE mediadesk.audit SET actor = 'someone' WHERE id = 3")
    tampered = run_cli("--profile", str(olly), "verify-audit")
    assert tampered.returncode == 3
    assert "Office audit line 3: its contents were changed." in tampered.stdout
    doctor = _cli(olly, "doctor")
    assert f"Office:           Press office at 127.0.0.1:{office.cluster.port}/" in doctor
    assert "Signed in as:     olly (officer)" in doctor
    assert "0 changes waiting; 0 need attention" in doctor
    assert PASSWORD not in doctor
