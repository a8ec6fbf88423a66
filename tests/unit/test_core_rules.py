"""The core rules pinned exactly: workflow, deadlines, the audit chain and retention.

Each test states a rule a press office relies on, at its boundary, so that a change that
breaks the rule (found by ./dev mutate) fails here.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta

import pytest

from mediadesk.context import AppContext
from mediadesk.domain import deadlines
from mediadesk.domain.deadlines import QuickDeadline, Urgency, countdown, quick_deadline, urgency
from mediadesk.domain.enquiry import (
    OPEN_STATUSES,
    Channel,
    NewEnquiry,
    Status,
    check_transition,
    name_key,
    normalise_tags,
)
from mediadesk.errors import ValidationError
from mediadesk.services import retention
from mediadesk.storage import audit
from mediadesk.storage import enquiries as repo

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
S = Status
ALLOWED = {
    (S.NEW, S.IN_PROGRESS),
    (S.NEW, S.AWAITING_CLEARANCE),
    (S.NEW, S.DECLINED),
    (S.NEW, S.NO_RESPONSE),
    (S.NEW, S.CLOSED),
    (S.IN_PROGRESS, S.AWAITING_CLEARANCE),
    (S.IN_PROGRESS, S.DECLINED),
    (S.IN_PROGRESS, S.NO_RESPONSE),
    (S.IN_PROGRESS, S.CLOSED),
    (S.AWAITING_CLEARANCE, S.CLEARED),
    (S.AWAITING_CLEARANCE, S.IN_PROGRESS),
    (S.CLEARED, S.RESPONDED),
    (S.CLEARED, S.AWAITING_CLEARANCE),
    (S.CLEARED, S.IN_PROGRESS),
    (S.RESPONDED, S.CLOSED),
    (S.RESPONDED, S.IN_PROGRESS),
    (S.CLOSED, S.IN_PROGRESS),
    (S.DECLINED, S.IN_PROGRESS),
    (S.DECLINED, S.CLOSED),
    (S.NO_RESPONSE, S.IN_PROGRESS),
    (S.NO_RESPONSE, S.CLOSED),
}


@pytest.mark.parametrize("current", list(Status))
@pytest.mark.parametrize("target", list(Status))
def test_exactly_the_21_workflow_steps_are_allowed(current: Status, target: Status) -> None:
    if (current, target) in ALLOWED:
        check_transition(current, target)
        return
    with pytest.raises(ValidationError) as refused:
        check_transition(current, target)
    assert refused.value.message == (
        f"An enquiry that is {current.label.lower()} cannot be moved to {target.label.lower()}."
    )


def test_nothing_reaches_cleared_without_clearance_and_open_means_not_yet_answered() -> None:
    assert {c for c, t in ALLOWED if t is S.CLEARED} == {S.AWAITING_CLEARANCE}
    assert {S.NEW, S.IN_PROGRESS, S.AWAITING_CLEARANCE, S.CLEARED} == OPEN_STATUSES


def test_a_new_enquiry_needs_a_subject_and_a_deadline_not_before_it_arrived() -> None:
    with pytest.raises(ValidationError) as empty:
        NewEnquiry(NOW, Channel.PHONE, "  ").validated()
    assert empty.value.message == "Give the enquiry a subject."
    with pytest.raises(ValidationError) as early:
        NewEnquiry(NOW, Channel.PHONE, "S", deadline=NOW - timedelta(seconds=1)).validated()
    assert early.value.message == "The deadline is before the enquiry was received."
    assert NewEnquiry(NOW, Channel.PHONE, "S", deadline=NOW).validated().deadline == NOW


def test_tags_and_names_fold_their_spacing() -> None:
    assert normalise_tags("School  Meals, ,EDUCATION, school meals") == (
        "school meals",
        "education",
    )
    assert name_key("  Jane   SMITH ") == "jane smith"


# -- deadlines --------------------------------------------------------------------------------
def test_quick_deadlines() -> None:
    assert quick_deadline(QuickDeadline.MIN_30, NOW) == NOW + timedelta(minutes=30)
    assert quick_deadline(QuickDeadline.HOUR_1, NOW) == NOW + timedelta(hours=1)
    assert quick_deadline(QuickDeadline.HOUR_2, NOW) == NOW + timedelta(hours=2)
    morning = NOW.replace(hour=9, minute=12, second=33, microsecond=7)
    assert quick_deadline(QuickDeadline.END_OF_DAY, morning) == NOW.replace(hour=17, minute=30)
    at_close = NOW.replace(hour=17, minute=30)  # the working day ends now: end of the day
    assert quick_deadline(QuickDeadline.END_OF_DAY, at_close) == NOW.replace(hour=23, minute=59)
    late = NOW.replace(hour=20, minute=5, second=9, microsecond=1)
    assert quick_deadline(QuickDeadline.END_OF_DAY, late) == NOW.replace(hour=23, minute=59)
    assert quick_deadline(QuickDeadline.NONE, NOW) is None
    assert quick_deadline(QuickDeadline.CUSTOM, NOW) is None


def test_urgency_boundaries() -> None:
    assert urgency(None, NOW, True) is Urgency.NONE
    assert urgency(NOW, NOW, False) is Urgency.NONE
    assert urgency(NOW, NOW, True) is Urgency.OVERDUE  # due now is overdue
    assert urgency(NOW + timedelta(seconds=1), NOW, True) is Urgency.DUE_SOON
    assert urgency(NOW + deadlines.DUE_SOON, NOW, True) is Urgency.DUE_SOON
    assert urgency(NOW + deadlines.DUE_SOON + timedelta(seconds=1), NOW, True) is Urgency.OK


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "in 0 min"),
        (1, "in 1 min"),  # under an hour, rounded up: a minute left is not "0 min"
        (59 * 60, "in 59 min"),
        (59 * 60 + 1, "in 1 h"),
        (3600, "in 1 h"),
        (3600 + 59, "in 1 h"),
        (3600 + 60, "in 1 h 01 min"),
        (23 * 3600 + 59 * 60, "in 23 h 59 min"),
        (24 * 3600, "in 1 d"),
        (25 * 3600, "in 1 d 1 h"),
        (47 * 3600, "in 1 d 23 h"),
        (48 * 3600, "in 2 d"),
        (49 * 3600, "in 2 d"),
        (-1, "0 min overdue"),
        (-60, "1 min overdue"),
        (-3600, "1 h overdue"),
        (-(3 * 3600 + 5 * 60), "3 h 05 min overdue"),
        (-(26 * 3600), "1 d 2 h overdue"),
    ],
)
def test_countdown_text(seconds: int, text: str) -> None:
    assert countdown(NOW + timedelta(seconds=seconds), NOW) == text


def test_no_deadline_has_no_countdown() -> None:
    assert countdown(None, NOW) == ""


def test_reminders_fall_due_once_in_each_check_window() -> None:
    due = NOW + timedelta(minutes=30)
    before = timedelta(minutes=30)
    assert deadlines.reminders_due(due, before, NOW - timedelta(minutes=1), NOW) == ["before"]
    assert deadlines.reminders_due(due, before, NOW, NOW + timedelta(minutes=1)) == []  # once
    assert deadlines.reminders_due(due, before, due - timedelta(minutes=1), due) == ["due"]
    assert deadlines.reminders_due(due, before, due, due + timedelta(minutes=1)) == []
    assert deadlines.reminders_due(due, before, NOW - timedelta(minutes=1), due) == [
        "before",
        "due",
    ]


# -- the audit chain ---------------------------------------------------------------------------
def test_digests_and_row_hashes_follow_the_documented_format() -> None:
    assert audit.digest(None) == hashlib.sha256(b"").hexdigest()
    assert audit.digest("Zoë") == hashlib.sha256("v:Zoë".encode()).hexdigest()
    body = json.dumps(
        ["p", 5, "Zoë", "enquiry", 7, "updated", "subject", "od", "nd"],
        separators=(",", ":"),
        ensure_ascii=False,
    )
    expected = hashlib.sha256(body.encode()).hexdigest()
    assert audit._row_hash("p", 5, "Zoë", "enquiry", 7, "updated", "subject", "od", "nd") == (
        expected
    )


def _chain(ctx: AppContext) -> None:
    for n, (field, old, new) in enumerate(
        [("subject", None, "First"), ("subject", "First", "Second"), ("owner", "", "Sam")]
    ):
        audit.append(
            ctx.conn,
            actor="Alex",
            entity="enquiry",
            entity_id=1,
            action="updated",
            field=field,
            old=old,
            new=new,
            ts=NOW + timedelta(minutes=n),
        )


def test_history_reads_back_every_field(ctx: AppContext) -> None:
    _chain(ctx)
    audit.append(ctx.conn, actor="Sam", entity="enquiry", entity_id=2, action="created", ts=NOW)
    entries = audit.history(ctx.conn, "enquiry", 1)
    assert [
        (e.ts, e.actor, e.entity, e.entity_id, e.action, e.field, e.old, e.new) for e in entries
    ] == [
        (NOW, "Alex", "enquiry", 1, "updated", "subject", None, "First"),
        (NOW + timedelta(minutes=1), "Alex", "enquiry", 1, "updated", "subject", "First", "Second"),
        (NOW + timedelta(minutes=2), "Alex", "enquiry", 1, "updated", "owner", "", "Sam"),
    ]
    assert [e.id for e in entries] == sorted(e.id for e in entries) and entries[0].id >= 1
    assert audit.verify(ctx.conn).rows == 4 and audit.verify(ctx.conn).intact


def _as_attacker(ctx: AppContext) -> None:
    """Someone with the file and its key, editing it directly: the triggers are no obstacle."""
    ctx.conn.execute("DROP TRIGGER audit_no_delete")
    ctx.conn.execute("DROP TRIGGER audit_only_redact")


@pytest.mark.parametrize(
    ("tamper", "problem"),
    [
        ("UPDATE audit SET new = 'Forged' WHERE id = 2", "entry 2: the new value was changed"),
        ("UPDATE audit SET old = 'Forged' WHERE id = 2", "entry 2: the old value was changed"),
        ("UPDATE audit SET actor = 'Mallory' WHERE id = 2", "entry 2: its details were changed"),
        ("UPDATE audit SET ts = ts + 60 WHERE id = 2", "entry 2: its details were changed"),
        ("UPDATE audit SET field = 'owner' WHERE id = 2", "entry 2: its details were changed"),
        ("UPDATE audit SET action = 'created' WHERE id = 2", "entry 2: its details were changed"),
        ("UPDATE audit SET entity_id = 9 WHERE id = 2", "entry 2: its details were changed"),
        ("UPDATE audit SET entity = 'post' WHERE id = 2", "entry 2: its details were changed"),
        (
            "DELETE FROM audit WHERE id = 2",
            "entry 3: does not follow the entry before it (one was removed or inserted)",
        ),
    ],
)
def test_any_tampering_is_reported_at_its_entry(ctx: AppContext, tamper: str, problem: str) -> None:
    _chain(ctx)
    _as_attacker(ctx)
    ctx.conn.execute(tamper)
    report = audit.verify(ctx.conn)
    assert problem in report.problems and not report.intact
    assert all(p.startswith("entry ") for p in report.problems)


def test_an_inserted_entry_breaks_the_chain_after_it(ctx: AppContext) -> None:
    _chain(ctx)
    _as_attacker(ctx)
    row = ctx.conn.execute("SELECT * FROM audit WHERE id = 2").fetchone()
    ctx.conn.execute("UPDATE audit SET id = id + 10 WHERE id >= 2")
    ctx.conn.execute("INSERT INTO audit VALUES (" + ",".join("?" * len(row)) + ")", row)
    report = audit.verify(ctx.conn)
    assert report.rows == 4
    assert report.problems == (
        "entry 12: does not follow the entry before it (one was removed or inserted)",
    )


def test_redacting_keeps_the_chain_verifiable(ctx: AppContext) -> None:
    _chain(ctx)
    audit.redact(ctx.conn, "enquiry", 1)
    assert [(e.old, e.new) for e in audit.history(ctx.conn, "enquiry", 1)] == [(None, None)] * 3
    assert audit.verify(ctx.conn).intact


# -- retention ---------------------------------------------------------------------------------
def test_the_retention_cut_off_is_months_of_average_length() -> None:
    assert retention.cutoff(NOW, 24) == NOW - timedelta(days=731)  # round(24 * 30.44)
    assert retention.cutoff(NOW, 1) == NOW - timedelta(days=30)


def _old_and_new(ctx: AppContext) -> tuple[int, int]:
    service = ctx.enquiries()
    old = service.create(
        NewEnquiry(NOW - timedelta(days=800), Channel.PHONE, "Zebra crossing", "Jane Smith")
    )
    new = service.create(NewEnquiry(NOW - timedelta(days=700), Channel.PHONE, "Recent story"))
    return old.id, new.id


def test_only_enquiries_past_the_cut_off_are_due(ctx: AppContext) -> None:
    old, _new = _old_and_new(ctx)
    assert [e.id for e in retention.due(ctx.conn, NOW, 24)] == [old]
    assert sorted(e.id for e in retention.due(ctx.conn, NOW, 1)) == sorted(_old_and_new_ids(ctx))


def _old_and_new_ids(ctx: AppContext) -> list[int]:
    return [r[0] for r in ctx.conn.execute("SELECT id FROM enquiries")]


def test_deleting_removes_the_words_everywhere_and_records_the_disposal(ctx: AppContext) -> None:
    old, new = _old_and_new(ctx)
    assert retention.delete(ctx.conn, [old], "Records Officer", NOW) == 1
    assert repo.get(ctx.conn, old) is None and repo.get(ctx.conn, new) is not None
    assert repo.search(ctx.conn, repo.EnquiryFilter(text="zebra")) == []
    history = audit.history(ctx.conn, "enquiry", old)
    assert all(e.old is None and e.new is None for e in history[:-1])
    last = history[-1]
    assert (last.actor, last.action, last.field, last.ts) == (
        "Records Officer",
        "disposed",
        "deleted",
        NOW,
    )
    assert any(e.new for e in audit.history(ctx.conn, "enquiry", new))  # others untouched
    assert audit.verify(ctx.conn).intact


def test_anonymising_keeps_the_statistics_only(ctx: AppContext) -> None:
    old, _new = _old_and_new(ctx)
    assert retention.anonymise(ctx.conn, [old], "Records Officer", NOW) == 1
    kept = repo.get(ctx.conn, old)
    assert kept is not None
    assert (kept.subject, kept.questions, kept.response) == (retention.ANONYMISED,) * 3
    assert (kept.owner, kept.cleared_by, kept.journalist) == ("", "", "")
    assert repo.search(ctx.conn, repo.EnquiryFilter(text="zebra")) == []
    assert [e.id for e in repo.search(ctx.conn, repo.EnquiryFilter(text="anonymised"))] == [old]
    assert retention.due(ctx.conn, NOW, 24) == []  # anonymised once is done
    last = audit.history(ctx.conn, "enquiry", old)[-1]
    assert (last.action, last.field, last.ts) == ("disposed", "anonymised", NOW)
    assert all(e.new is None for e in audit.history(ctx.conn, "enquiry", old)[:-1])
