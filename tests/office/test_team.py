"""A team on two laptops: one writes and sends for clearance, a clearer clears, edits clash."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mediadesk.config.policy import Policy
from mediadesk.context import AppContext
from mediadesk.domain.enquiry import Channel, Enquiry, NewEnquiry, ResponseType, Status
from mediadesk.domain.enquiry_filter import EnquiryFilter
from mediadesk.paths import ProfilePaths
from mediadesk.secrets import KeyringStore
from mediadesk.storage.profile import open_profile
from tests.office.conftest import Office
from tests.office.helpers import PASSWORD, staffed


@pytest.fixture
def office(office_db: Office) -> Office:
    return staffed(office_db)


@contextmanager
def laptop(
    tmp_path: Path, office: Office, name: str, keyring: KeyringStore
) -> Iterator[AppContext]:
    """A profile on its own laptop, joined to the office as `name`."""
    database = open_profile(ProfilePaths(tmp_path / name, custom=True), keyring)
    ctx = AppContext.open(database, Policy(), secrets=keyring)
    try:
        if not ctx.desk.office_sync().joined:
            server = f"postgresql://127.0.0.1:{office.cluster.port}/{office.database}"
            ctx.desk.office_sync().join(server, name, PASSWORD)
        yield ctx
    finally:
        ctx.close()


def awaiting_clearance(ctx: AppContext, subject: str, response: str) -> Enquiry:
    """An enquiry logged here with its lines written and sent for clearance."""
    service = ctx.desk.enquiries
    made = service.create(NewEnquiry(datetime.now(UTC), Channel.PHONE, subject))
    service.set_status(made.id, Status.IN_PROGRESS)
    service.update(made.id, response=response, response_type=ResponseType.STATEMENT)
    return service.set_status(made.id, Status.AWAITING_CLEARANCE)


def _only(ctx: AppContext) -> int:
    ids = ctx.desk.enquiries.search_ids(EnquiryFilter(statuses=frozenset(Status)))
    assert len(ids) == 1
    return ids[0]


def test_a_clearer_on_another_laptop_clears_and_the_writer_sees_who(
    office: Office, tmp_path: Path, real_keyring: KeyringStore
) -> None:
    with (
        laptop(tmp_path, office, "olly", real_keyring) as olly,
        laptop(tmp_path, office, "cara", real_keyring) as cara,
    ):
        made = awaiting_clearance(olly, "Bus routes in Gwynedd", "Lines agreed with the office.")
        olly.desk.office_sync().sync()
        cara.desk.office_sync().sync()
        theirs = _only(cara)
        assert cara.desk.enquiries.get(theirs).status is Status.AWAITING_CLEARANCE
        cara.desk.enquiries.set_status(theirs, Status.CLEARED)
        assert cara.desk.office_sync().sync().conflicts == 0
        olly.desk.office_sync().sync()
        cleared = olly.desk.enquiries.get(made.id)
    assert cleared.status is Status.CLEARED and cleared.cleared_by == "cara"
    assert cleared.ref == made.ref


def test_clearing_your_own_words_offline_is_refused_by_the_office_and_kept_for_attention(
    office: Office, tmp_path: Path, real_keyring: KeyringStore
) -> None:
    with laptop(tmp_path, office, "cara", real_keyring) as cara:
        made = awaiting_clearance(cara, "Library opening hours", "Opening hours stay the same.")
        cara.desk.enquiries.set_status(made.id, Status.CLEARED)  # a tampered or careless client
        report = cara.desk.office_sync().sync()
        assert report.conflicts == 1  # waiting in Needs attention, not dropped
        after = cara.desk.enquiries.get(made.id)
    assert after.status is Status.AWAITING_CLEARANCE and after.cleared_by == ""


def test_the_same_field_edited_on_both_laptops_offline_is_a_conflict_not_a_loss(
    office: Office, tmp_path: Path, real_keyring: KeyringStore
) -> None:
    with (
        laptop(tmp_path, office, "olly", real_keyring) as olly,
        laptop(tmp_path, office, "cleo", real_keyring) as cleo,
    ):
        made = olly.desk.enquiries.create(
            NewEnquiry(datetime.now(UTC), Channel.PHONE, "Hospital parking")
        )
        olly.desk.office_sync().sync()
        cleo.desk.office_sync().sync()
        mine = _only(cleo)
        olly.desk.enquiries.update(
            made.id, subject="Hospital parking charges", questions="How much?"
        )
        cleo.desk.enquiries.update(mine, subject="Parking at the hospital")
        olly.desk.office_sync().sync()
        report = cleo.desk.office_sync().sync()
        assert report.conflicts == 1
        olly.desk.office_sync().sync()
        seen_by_cleo = cleo.desk.enquiries.get(mine)
        seen_by_olly = olly.desk.enquiries.get(made.id)
    assert seen_by_cleo.questions == "How much?"  # the other field merged
    assert seen_by_olly.subject == "Hospital parking charges"
