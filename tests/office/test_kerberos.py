"""Single sign-on: an officer whose Kerberos ticket the office server accepts needs no password.

A real MIT KDC and a PostgreSQL whose pg_hba.conf asks one officer for GSSAPI, as IT sets up
a domain-joined server; MediaDesk goes through libpq's own Kerberos support.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from mediadesk.office import server
from mediadesk.secrets import KeyringStore
from tests.integration.conftest import run_cli
from tests.kerberos import REALM, Realm, running_realm, tools_missing
from tests.postgres import Cluster, running_cluster


@pytest.fixture(scope="module")
def realm() -> Iterator[Realm]:
    missing = tools_missing()
    if missing:
        pytest.fail(f"MIT Kerberos is needed ({missing}): apt-get install krb5-kdc krb5-user")
    with running_realm() as running:
        yield running


@pytest.fixture(scope="module")
def sso_server(realm: Realm) -> Iterator[Cluster]:
    """An office server where olly signs in by Kerberos and everyone else by SCRAM."""
    gss = f"host all olly 127.0.0.1/32 gss include_realm=0 krb_realm={REALM}\n"
    with running_cluster(f"-c krb_server_keyfile={realm.keytab}", hba_first=gss) as cluster:
        cluster.admin("CREATE DATABASE office")
        server.init(cluster.dsn("office"))
        server.add_user(cluster.dsn("office"), "olly", "officer", "never asked for 123")
        yield cluster


def _cli(realm: Realm, profile: Path, *args: str) -> tuple[int, str]:
    done = run_cli("--profile", str(profile), *args, env=realm.env())
    return done.returncode, (done.stdout + done.stderr).strip()


def test_an_officer_with_a_ticket_joins_and_syncs_without_a_password(
    realm: Realm, sso_server: Cluster, tmp_path: Path, real_keyring: KeyringStore
) -> None:
    realm.add_officer("olly", "Olly-Windows-2026")
    realm.sign_in("olly", "Olly-Windows-2026")  # signing in to Windows
    unused = tmp_path / "any.pw"
    unused.write_text("anything at all\n")  # the office never asks for it
    address = f"postgresql://127.0.0.1:{sso_server.port}/office"
    profile = tmp_path / "olly"
    code, said = _cli(
        realm, profile, "join", address, "--user", "olly", "--password-file", str(unused)
    )
    assert code == 0 and said.startswith("Joined Press office"), said
    sheet = tmp_path / "log.csv"
    sheet.write_text("received,channel,subject\n2026-12-02 09:15,phone,Ferry timetable\n")
    assert _cli(realm, profile, "import", "enquiries", str(sheet))[0] == 0
    code, said = _cli(realm, profile, "sync")
    assert code == 0 and said.startswith("Synced: pushed"), said
    with psycopg.connect(sso_server.dsn("office")) as conn:
        actors = conn.execute("SELECT DISTINCT actor FROM mediadesk.audit").fetchall()
        method = conn.execute(  # olly's sign-in really was Kerberos
            "SELECT count(*) FROM pg_hba_file_rules WHERE 'olly' = ANY(user_name)"
            " AND auth_method = 'gss'"
        ).fetchone()
    assert actors == [("olly",)] and method == (1,)
    (realm.root / "tickets").unlink()  # signed out: no ticket
    code, said = _cli(realm, profile, "sync")
    assert code != 0 and len(said.splitlines()) == 1, said
    assert "did not accept your Windows sign-in (Kerberos)" in said
