"""The journalist directory is the office's: details travel, and the same name is one record."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from mediadesk.context import AppContext
from mediadesk.domain.enquiry import Contact, OutletType
from mediadesk.secrets import KeyringStore
from tests.office.conftest import Office
from tests.office.helpers import staffed
from tests.office.test_team import laptop


@pytest.fixture
def office(office_db: Office) -> Office:
    return staffed(office_db)


def _add(ctx: AppContext, name: str, outlet: str, **details: str) -> int:
    contact = Contact(0, name, None, **details)
    return ctx.desk.directory.save(contact, outlet, OutletType.BROADCAST)


def _only(ctx: AppContext) -> Contact:
    (contact,) = ctx.desk.directory.contacts()
    return contact


def _records(office: Office, entity: str) -> int:
    with psycopg.connect(office.dsn) as conn:
        row = conn.execute(
            "SELECT count(*) FROM mediadesk.records WHERE entity = %s AND NOT deleted", (entity,)
        ).fetchone()
    return int(row[0]) if row else 0


def test_a_journalists_details_reach_every_laptop_and_edits_come_back(
    office: Office, tmp_path: Path, real_keyring: KeyringStore
) -> None:
    with (
        laptop(tmp_path, office, "olly", real_keyring) as olly,
        laptop(tmp_path, office, "cara", real_keyring) as cara,
    ):
        mine = _add(olly, "Priya Patel", "BBC Wales", phone="029 2032 2000", role="Reporter")
        olly.desk.office_sync().sync()
        cara.desk.office_sync().sync()
        seen = _only(cara)
        assert (seen.name, seen.phone, seen.role) == ("Priya Patel", "029 2032 2000", "Reporter")
        outlet = cara.desk.directory.find_outlet("bbc wales")
        assert outlet is not None and outlet.type is OutletType.BROADCAST
        assert seen.outlet_id == outlet.id
        cara.desk.directory.save(
            Contact(seen.id, seen.name, seen.outlet_id, role=seen.role, phone="07700 900123"),
            "BBC Wales",
        )
        cara.desk.office_sync().sync()
        olly.desk.office_sync().sync()
        after = olly.desk.directory.get(mine)
    assert after is not None and after.phone == "07700 900123"


def test_the_same_journalist_added_on_two_laptops_offline_is_one_record(
    office: Office, tmp_path: Path, real_keyring: KeyringStore
) -> None:
    with (
        laptop(tmp_path, office, "olly", real_keyring) as olly,
        laptop(tmp_path, office, "cara", real_keyring) as cara,
    ):
        _add(olly, "Priya Patel", "BBC Wales", phone="029 2032 2000")
        _add(cara, "Priya  Patel", "BBC Wales", phone="07700 900123", email="priya@bbc.example")
        olly.desk.office_sync().sync()
        report = cara.desk.office_sync().sync()
        olly.desk.office_sync().sync()
        on_olly, on_cara = _only(olly), _only(cara)  # one each: no second Priya
        assert len(olly.desk.directory.outlets()) == len(cara.desk.directory.outlets()) == 1
        (clash,) = cara.desk.office_sync().needs_attention()
    assert report.conflicts == 1 and clash.field == "phone"  # two numbers: people choose
    assert clash.subject == "Journalist: Priya Patel"
    assert on_olly.email == on_cara.email == "priya@bbc.example"  # the detail only one had
    assert _records(office, "contact") == 1 and _records(office, "outlet") == 1


def test_solo_directories_joining_one_office_are_merged_by_name(
    office: Office, tmp_path: Path, real_keyring: KeyringStore
) -> None:
    from mediadesk.config.policy import Policy
    from mediadesk.paths import ProfilePaths
    from mediadesk.storage.profile import open_profile

    for name in ("olly", "cara"):  # each kept a directory alone before the office had one
        database = open_profile(ProfilePaths(tmp_path / name, custom=True), real_keyring)
        ctx = AppContext.open(database, Policy(), secrets=real_keyring)
        _add(ctx, "Gareth Jones", "Daily Post", email=f"gareth.{name}@post.example")
        ctx.close()
    with laptop(tmp_path, office, "olly", real_keyring) as olly:
        olly.desk.office_sync().sync()
    with laptop(tmp_path, office, "cara", real_keyring) as cara:
        cara.desk.office_sync().sync()
        kept = _only(cara)
    assert _records(office, "contact") == 1 and _records(office, "outlet") == 1
    assert kept.name == "Gareth Jones"
