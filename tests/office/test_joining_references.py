"""A solo log joins the office: no reference is ever shared by two enquiries."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from mediadesk.config.policy import Policy
from mediadesk.context import AppContext
from mediadesk.domain.enquiry import Channel, NewEnquiry, Status
from mediadesk.domain.enquiry_filter import EnquiryFilter
from mediadesk.paths import ProfilePaths
from mediadesk.secrets import KeyringStore
from mediadesk.storage.profile import open_profile
from tests.office.conftest import Office
from tests.office.helpers import staffed
from tests.office.test_team import laptop

EVERYTHING = EnquiryFilter(statuses=frozenset(Status))


@pytest.fixture
def office(office_db: Office) -> Office:
    return staffed(office_db)


def _log(ctx: AppContext, *subjects: str) -> list[str]:
    return [
        ctx.desk.enquiries.create(NewEnquiry(datetime.now(UTC), Channel.PHONE, s)).ref
        for s in subjects
    ]


def _refs(ctx: AppContext) -> list[str]:
    return sorted(e.ref for e in ctx.desk.enquiries.search(EVERYTHING))


def test_a_solo_log_joining_renames_only_references_the_office_may_have_given(
    office: Office, tmp_path: Path, real_keyring: KeyringStore
) -> None:
    database = open_profile(ProfilePaths(tmp_path / "cara", custom=True), real_keyring)
    solo = AppContext.open(database, Policy(), secrets=real_keyring)
    year = datetime.now(UTC).year
    kept_alone = _log(solo, *(f"Logged alone {n}" for n in range(3)))
    assert kept_alone == [f"ENQ-{year}-0000{n}" for n in (1, 2, 3)]
    solo.close()
    with laptop(tmp_path, office, "olly", real_keyring) as olly:
        # olly's laptop holds a block of the office's numbers from 1 (and uses two of them)
        given = _log(olly, "Office enquiry 1", "Office enquiry 2")
        olly.desk.office_sync().sync()
        with laptop(tmp_path, office, "cara", real_keyring) as cara:
            assert cara.desk.office_sync().joined  # joined by laptop(): renamed on the way
            renamed = _refs(cara)
            later = _log(cara, "After joining")
            cara.desk.office_sync().sync()
            found = cara.desk.enquiries.search(
                EnquiryFilter(text="alone 0", statuses=frozenset(Status))
            )
            history = cara.desk.enquiries.history(found[0].id)
        olly.desk.office_sync().sync()
        more = _log(olly, *(f"Office enquiry {n}" for n in range(3, 6)))  # numbers 3, 4, 5
        olly.desk.office_sync().sync()
        everything = _refs(olly)
    assert set(given) <= set(everything)
    assert f"ENQ-{year}-00001-B" in renamed and f"ENQ-{year}-00003-B" in renamed
    assert len(everything) == len(set(everything)) == 9  # never one reference for two
    assert later[0] not in kept_alone and not set(more) & set(renamed)
    assert any(h.field == "ref" and h.old == f"ENQ-{year}-00001" for h in history)
