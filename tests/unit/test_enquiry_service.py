"""Logging, editing, clearing and searching enquiries against a real SQLCipher file."""

from __future__ import annotations

from datetime import timedelta

import pytest

from mediadesk.context import AppContext
from mediadesk.domain.enquiry import Channel, NewEnquiry, ResponseType, Status
from mediadesk.errors import KnownError, ValidationError
from mediadesk.storage import directory
from mediadesk.storage import enquiries as repo
from mediadesk.storage.audit import verify
from tests.conftest import FakeClock


def log(ctx: AppContext, subject: str = "School meals", **kw: object) -> int:
    new = NewEnquiry(
        received=ctx.clock(),
        channel=Channel.PHONE,
        subject=subject,
        journalist=str(kw.get("journalist", "Jane Smith")),
        outlet=str(kw.get("outlet", "Daily Bugle")),
        questions=str(kw.get("questions", "How many schools are affected?")),
        deadline=ctx.clock() + timedelta(hours=2),
    )
    return ctx.enquiries().create(new).id


def test_new_enquiries_get_sequential_readable_references(ctx: AppContext) -> None:
    first = ctx.enquiries().get(log(ctx))
    second = ctx.enquiries().get(log(ctx))
    assert first.ref == "ENQ-2026-00001"
    assert second.ref == "ENQ-2026-00002"
    assert first.journalist == "Jane Smith" and first.outlet == "Daily Bugle"


def test_journalist_and_outlet_are_created_once_and_reused(ctx: AppContext) -> None:
    log(ctx)
    log(ctx, journalist="jane smith", outlet="DAILY BUGLE")
    assert len(directory.contacts(ctx.conn)) == 1
    assert len(directory.outlets(ctx.conn)) == 1


def test_full_text_search_covers_every_text_field(ctx: AppContext) -> None:
    a = log(ctx, "Hospital parking", questions="Why did charges rise?")
    b = log(ctx, "Rail strike", journalist="Omar Khan", outlet="Northern Echo")
    service = ctx.enquiries()
    service.update(b, response="We are talking to the unions.")
    assert repo.search_ids(ctx.conn, repo.EnquiryFilter(text="charges")) == [a]
    assert repo.search_ids(ctx.conn, repo.EnquiryFilter(text="echo")) == [b]
    assert repo.search_ids(ctx.conn, repo.EnquiryFilter(text="union")) == [b]
    assert repo.search_ids(ctx.conn, repo.EnquiryFilter(text='hosp "park')) == [a]
    assert repo.search_ids(ctx.conn, repo.EnquiryFilter(text="omar")) == [b]


def test_filters_combine(ctx: AppContext, clock: FakeClock) -> None:
    a = log(ctx, "A")
    clock.now += timedelta(days=3)
    b = log(ctx, "B")
    ctx.enquiries().update(b, owner="Sam", tags="health, nhs")
    assert repo.search_ids(ctx.conn, repo.EnquiryFilter(owner="Sam")) == [b]
    assert repo.search_ids(ctx.conn, repo.EnquiryFilter(tag="NHS")) == [b]
    assert repo.search_ids(
        ctx.conn, repo.EnquiryFilter(received_to=clock.now - timedelta(days=1))
    ) == [a]
    assert repo.search_ids(ctx.conn, repo.EnquiryFilter(descending=False)) == [a, b]
    assert repo.search_ids(ctx.conn, repo.EnquiryFilter(statuses=frozenset({Status.NEW}))) == [b, a]


def test_clearance_records_who_and_editing_wording_returns_to_clearance(
    ctx: AppContext,
) -> None:
    service = ctx.enquiries()
    eid = log(ctx)
    service.set_status(eid, Status.IN_PROGRESS)
    service.update(
        eid, response="Lines: we do not comment on leaks.", response_type=ResponseType.STATEMENT
    )
    service.set_status(eid, Status.AWAITING_CLEARANCE)
    cleared = service.set_status(eid, Status.CLEARED)
    assert cleared.cleared_by == "Alex Officer" and cleared.cleared_at is not None
    edited = service.update(eid, response="Lines: we never comment on leaks.")
    assert edited.status is Status.AWAITING_CLEARANCE
    assert edited.cleared_by == ""
    fields = [(h.field, h.old, h.new) for h in service.history(eid) if h.field == "status"]
    assert fields[-1] == ("status", "cleared", "awaiting_clearance")


def test_cannot_clear_without_lines_or_respond_without_type(ctx: AppContext) -> None:
    service = ctx.enquiries()
    eid = log(ctx)
    service.set_status(eid, Status.AWAITING_CLEARANCE)
    with pytest.raises(ValidationError, match="response lines"):
        service.set_status(eid, Status.CLEARED)
    service.update(eid, response="Statement text")
    service.set_status(eid, Status.CLEARED)
    with pytest.raises(ValidationError, match="how the response was given"):
        service.set_status(eid, Status.RESPONDED)


def test_every_change_is_in_the_audit_log_and_the_chain_verifies(ctx: AppContext) -> None:
    service = ctx.enquiries()
    eid = log(ctx)
    service.update(eid, subject="School meals funding", owner="Sam")
    history = service.history(eid)
    assert [(h.action, h.field) for h in history] == [
        ("created", ""),
        ("changed", "subject"),
        ("changed", "owner"),
    ]
    assert history[1].old == "School meals" and history[1].new == "School meals funding"
    assert all(h.actor == "Alex Officer" for h in history)
    assert verify(ctx.conn).intact


def test_audit_log_refuses_edits_and_detects_tampering(ctx: AppContext) -> None:
    eid = log(ctx)
    ctx.enquiries().update(eid, subject="Changed")
    import sqlcipher3

    with pytest.raises(sqlcipher3.DatabaseError, match="append-only"):
        ctx.conn.execute("UPDATE audit SET actor = 'Mallory' WHERE id = 2")
    with pytest.raises(sqlcipher3.DatabaseError, match="append-only"):
        ctx.conn.execute("DELETE FROM audit WHERE id = 1")
    # Someone with the key drops the trigger and rewrites history:
    ctx.conn.execute("DROP TRIGGER audit_only_redact")
    ctx.conn.execute("UPDATE audit SET new = 'Innocent' WHERE id = 2")
    report = verify(ctx.conn)
    assert not report.intact
    assert any("entry 2" in p for p in report.problems)


def test_deadline_reminders(ctx: AppContext, clock: FakeClock) -> None:
    eid = log(ctx)  # deadline in two hours
    service = ctx.enquiries()
    start = clock.now
    assert service.reminders(start, start + timedelta(minutes=80), timedelta(minutes=30)) == []
    due = service.reminders(
        start + timedelta(minutes=80), start + timedelta(minutes=95), timedelta(minutes=30)
    )
    assert [(r.enquiry.id, r.kind) for r in due] == [(eid, "before")]
    due = service.reminders(
        start + timedelta(minutes=95), start + timedelta(minutes=121), timedelta(minutes=30)
    )
    assert [(r.enquiry.id, r.kind) for r in due] == [(eid, "due")]


def test_drafts_survive_reopening(ctx: AppContext) -> None:
    service = ctx.enquiries()
    service.save_draft("quicklog", {"subject": "half typed"})
    assert service.load_draft("quicklog") == {"subject": "half typed"}
    service.discard_draft("quicklog")
    assert service.load_draft("quicklog") is None


def test_plain_search_is_newest_first_and_follows_edited_received_times(
    ctx: AppContext, clock: FakeClock
) -> None:
    first = log(ctx, "Budget leak")
    clock.now += timedelta(hours=1)
    second = log(ctx, "Budget briefing")
    assert repo.search_ids(ctx.conn, repo.EnquiryFilter(text="budget")) == [second, first]
    assert repo.search_ids(ctx.conn, repo.EnquiryFilter(text="budget", descending=False)) == [
        first,
        second,
    ]
    ctx.enquiries().update(first, received=clock.now + timedelta(hours=1))
    assert repo.search_ids(ctx.conn, repo.EnquiryFilter(text="budget")) == [first, second]
    assert ctx.conn.execute("SELECT count(*) FROM enquiries_fts").fetchone()[0] == 2


def test_full_disk_is_explained_and_nothing_half_saved(ctx: AppContext) -> None:
    log(ctx, "Before the disk filled")
    pages = ctx.conn.execute("PRAGMA page_count").fetchone()[0]
    ctx.conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite answers SQLITE_FULL now
    with pytest.raises(KnownError, match="disk is full"):
        log(ctx, "Big one", questions="x" * 200_000)
    ctx.conn.execute("PRAGMA max_page_count = 1073741823")
    rows = repo.search(ctx.conn, repo.EnquiryFilter())
    assert [r.subject for r in rows] == ["Before the disk filled"]
    assert ctx.enquiries().create(NewEnquiry(ctx.clock(), Channel.PHONE, "After")).ref == (
        "ENQ-2026-00002"
    )
