"""IT's policy for the office link: profiles join only the office server it names."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediadesk.config.policy import Policy
from mediadesk.context import AppContext
from mediadesk.errors import KnownError
from mediadesk.paths import ProfilePaths
from mediadesk.secrets import KeyringStore
from mediadesk.storage.profile import open_profile
from tests.office.conftest import Office
from tests.office.helpers import PASSWORD, staffed


@pytest.fixture
def office(office_db: Office) -> Office:
    return staffed(office_db)


def _laptop(tmp_path: Path, keyring: KeyringStore, server: str) -> AppContext:
    database = open_profile(ProfilePaths(tmp_path / "olly", custom=True), keyring)
    return AppContext.open(database, Policy({"office.server": server}), secrets=keyring)


def test_joining_another_server_than_the_policy_names_is_refused_in_one_sentence(
    office: Office, tmp_path: Path, real_keyring: KeyringStore
) -> None:
    port = office.cluster.port
    ctx = _laptop(tmp_path, real_keyring, f"postgresql://db.office.example:{port}/mediadesk")
    try:
        with pytest.raises(KnownError) as refused:
            ctx.desk.office_sync().join(
                f"postgresql://127.0.0.1:{port}/{office.database}", "olly", PASSWORD
            )
        assert refused.value.message == (
            "Your organisation's policy allows joining only its own office server: "
            f"db.office.example:{port}/mediadesk."
        )
        assert not ctx.desk.office_sync().joined
    finally:
        ctx.close()


def test_the_server_the_policy_names_may_be_joined_however_it_is_written(
    office: Office, tmp_path: Path, real_keyring: KeyringStore
) -> None:
    port = office.cluster.port
    ctx = _laptop(tmp_path, real_keyring, f"postgresql://127.0.0.1:{port}/{office.database}")
    try:
        given = f"postgresql://127.0.0.1:{port}/{office.database}?connect_timeout=10"
        name, _report = ctx.desk.office_sync().join(given, "olly", PASSWORD)
        assert name == "Press office" and ctx.desk.office_sync().joined
    finally:
        ctx.close()
