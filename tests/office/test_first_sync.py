"""A new laptop's first sync takes the office's records whole, and misses nothing made meanwhile."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest

from mediadesk.config.policy import Policy
from mediadesk.context import AppContext
from mediadesk.domain.enquiry import Channel, NewEnquiry, Status
from mediadesk.domain.enquiry_filter import EnquiryFilter
from mediadesk.office import calls
from mediadesk.paths import ProfilePaths
from mediadesk.secrets import KeyringStore
from mediadesk.storage import replica, replica_snapshot
from mediadesk.storage.db import transaction
from mediadesk.storage.profile import open_profile
from tests.conftest import ContextWithConnection
from tests.office.conftest import Office
from tests.office.helpers import PASSWORD, staffed
from tests.office.test_team import laptop

EVERYTHING = EnquiryFilter(statuses=frozenset(Status))


@pytest.fixture
def office(office_db: Office) -> Office:
    return staffed(office_db)


def _log(ctx: AppContext, *subjects: str) -> None:
    for subject in subjects:
        ctx.desk.enquiries.create(
            NewEnquiry(datetime.now(UTC), Channel.EMAIL, subject, "Priya Patel", outlet="BBC Wales")
        )


def test_a_new_laptop_takes_the_office_whole_and_can_edit_what_it_took(
    office: Office, tmp_path: Path, real_keyring: KeyringStore
) -> None:
    with laptop(tmp_path, office, "olly", real_keyring) as olly:
        _log(olly, "School closures in Powys", "Bus fares", "Hospital parking")
        olly.desk.office_sync().sync()
        made = {e.ref: e for e in olly.desk.enquiries.search(EVERYTHING)}
    with laptop(tmp_path, office, "cara", real_keyring) as cara:
        taken = {e.ref: e for e in cara.desk.enquiries.search(EVERYTHING)}
        assert set(taken) == set(made)
        for ref, enquiry in taken.items():
            assert (enquiry.subject, enquiry.journalist, enquiry.outlet) == (
                made[ref].subject,
                "Priya Patel",
                "BBC Wales",
            )
        assert len(cara.desk.directory.contacts()) == 1  # one journalist, not three
        found = cara.desk.enquiries.search(
            EnquiryFilter(text="parking", statuses=frozenset(Status))
        )
        assert [e.subject for e in found] == ["Hospital parking"]
        history = cara.desk.enquiries.history(found[0].id)
        assert [(h.actor, h.action) for h in history] == [("olly", "create")]
        # The versions came too: an edit here is an edit, not a clash with the office.
        cara.desk.enquiries.update(found[0].id, subject="Hospital parking charges")
        report = cara.desk.office_sync().sync()
        assert report.conflicts == 0 and report.pushed == 1
    with laptop(tmp_path, office, "olly", real_keyring) as olly:
        olly.desk.office_sync().sync()
        subjects = {e.subject for e in olly.desk.enquiries.search(EVERYTHING)}
        assert "Hospital parking charges" in subjects


@contextmanager
def replica_of(
    tmp_path: Path, office: Office, name: str, keyring: KeyringStore
) -> Iterator[ContextWithConnection]:
    """A joined laptop whose stored replica the test may reach into."""
    database = open_profile(ProfilePaths(tmp_path / name, custom=True), keyring)
    ctx = ContextWithConnection(database, Policy(), secrets=keyring)
    try:
        server = f"postgresql://127.0.0.1:{office.cluster.port}/{office.database}"
        ctx.desk.office_sync().join(server, name, PASSWORD)
        yield ctx
    finally:
        ctx.close()


def test_a_change_committed_while_the_snapshot_is_read_comes_with_the_next_pull(
    office: Office, tmp_path: Path, real_keyring: KeyringStore
) -> None:
    with (
        laptop(tmp_path, office, "olly", real_keyring) as olly,
        replica_of(tmp_path, office, "cara", real_keyring) as cara,
    ):
        _log(olly, "First")
        olly.desk.office_sync().sync()
        with transaction(cara.conn):  # cara as a replica that has never pulled
            replica.set_state(cara.conn, "watermark", "0")
        signed_in = psycopg.connect(office.as_user("cara", PASSWORD), autocommit=True)
        with signed_in, calls.snapshot(signed_in) as (watermark, records):
            _log(olly, "Second")  # committed after the snapshot began: not in its rows
            olly.desk.office_sync().sync()
            with transaction(cara.conn):
                replica_snapshot.take_snapshot(cara.conn, records, datetime.now(UTC))
                replica.set_state(cara.conn, "watermark", watermark)
        assert {e.subject for e in cara.desk.enquiries.search(EVERYTHING)} == {"First"}
        cara.desk.office_sync().sync()
        assert {e.subject for e in cara.desk.enquiries.search(EVERYTHING)} == {"First", "Second"}
