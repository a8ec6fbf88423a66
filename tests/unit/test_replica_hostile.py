"""What the office sends is checked like any input: a value that cannot stand is left out."""

from __future__ import annotations

import random
import uuid
from typing import Any

from mediadesk.domain.enquiry import Status
from mediadesk.domain.enquiry_filter import EnquiryFilter
from mediadesk.storage import audit, replica, replica_settle, replica_snapshot, replica_versions
from mediadesk.storage.db import transaction
from tests.conftest import ContextWithConnection, FakeClock

GOOD = {
    "ref": "ENQ-2026-00042",
    "received": 1_796_000_000,
    "channel": "phone",
    "subject": "Bridge repairs",
    "status": "new",
}


def _record(uid: str, **fields: Any) -> list[dict[str, Any]]:
    return [
        {"entity": "enquiry", "id": uid, "field": f, "value": v, "version": 1, "author": "x"}
        for f, v in fields.items()
    ]


def _everything(ctx: ContextWithConnection) -> list[Any]:
    return ctx.desk.enquiries.search(EnquiryFilter(statuses=frozenset(Status)))


def test_values_that_do_not_fit_are_left_out_and_the_rest_taken_in(
    ctx: ContextWithConnection, clock: FakeClock
) -> None:
    uid = str(uuid.uuid4())
    hostile = [
        "not a change",
        {"entity": "enquiry", "id": "../../etc", "field": "subject", "value": "x", "version": 1},
        *_record(uid, **GOOD),
        *_record(uid, status="hacked", received="yesterday", deadline=10**20, questions=5),
        {"entity": "enquiry", "id": uid, "field": "owner", "value": "Sam", "version": "one"},
    ]
    with transaction(ctx.conn):
        replica.take_in(ctx.conn, hostile, clock())
    [shown] = _everything(ctx)
    assert shown.subject == "Bridge repairs" and shown.status is Status.NEW
    assert shown.deadline is None and shown.questions == "" and shown.owner == ""
    assert shown.received.year == 2026


def test_random_garbage_never_breaks_the_replica(
    ctx: ContextWithConnection, clock: FakeClock
) -> None:
    rng = random.Random(7)
    junk: list[Any] = [None, True, -1, 2**70, 1.5, "", "x" * 50, [], {}, {"a": 1}, "cleared"]
    fields = [*replica.READ, *replica.PULLED_ONLY, "_deleted", "nonsense"]
    uids = [str(uuid.uuid4()) for _ in range(5)]
    for _ in range(200):
        changes = [
            {
                "entity": rng.choice(["enquiry", "post", 3]),
                "id": rng.choice([*uids, 7, None]),
                "field": rng.choice(fields),
                "value": rng.choice(junk),
                "version": rng.choice([1, 2, "x"]),
            }
            for _ in range(rng.randint(1, 30))
        ]
        with transaction(ctx.conn):
            replica.take_in(ctx.conn, changes, clock())
        for enquiry in _everything(ctx):  # whatever was taken in still reads back
            assert enquiry.ref and enquiry.subject is not None


def test_unreadable_answers_to_a_push_wait_in_attention_instead_of_breaking_sync(
    ctx: ContextWithConnection, clock: FakeClock
) -> None:
    from datetime import UTC, datetime

    from mediadesk.domain.enquiry import Channel, NewEnquiry

    ctx.desk.enquiries.create(NewEnquiry(datetime.now(UTC), Channel.EMAIL, "Ports"))
    with transaction(ctx.conn):
        claimed = replica.claim(ctx.conn)
    answers: list[Any] = [
        {"result": "applied", "version": "2"},
        {"result": "conflict", "record": {"subject": 5}, "versions": {"subject": "x"}},
        "garbage",
        None,
        *([{"result": "applied", "version": 1}] * (len(claimed) - 4)),
    ]
    with transaction(ctx.conn):
        applied, attention = replica_settle.settle_pushed(ctx.conn, claimed, answers, clock())
    assert attention == 4 and applied == len(claimed) - 4
    assert replica.open_conflicts(ctx.conn) == 3  # the conflict's own entry comes with the pull
    assert ctx.desk.enquiries.search(EnquiryFilter())[0].subject == "Ports"  # 5 did not fit


def test_a_hostile_first_snapshot_keeps_the_whole_enquiries_and_drops_the_rest(
    ctx: ContextWithConnection, clock: FakeClock
) -> None:
    good, bad_values, repeated = (str(uuid.uuid4()) for _ in range(3))
    records: list[tuple[Any, ...]] = [
        ("enquiry", "../../etc", GOOD, {}, {}),
        ("enquiry", str(uuid.uuid4()), "not fields", None, None),
        ("enquiry", str(uuid.uuid4()), {**GOOD, "subject": "  "}, {}, {}),  # no subject
        ("grid_item", str(uuid.uuid4()), {"title": "Launch"}, {}, {}),  # not kept here yet
        ("enquiry", good, GOOD, {"ref": 3, "subject": "two", "status": 1}, {"ref": "olly"}),
        (
            "enquiry",
            bad_values,
            {
                **GOOD,
                "ref": "ENQ-2026-00043",
                "status": "hacked",
                "deadline": 10**20,
                "tags": ["x"],
                "questions": None,
                "anonymised": "yes",
            },
            [],
            "nobody",
        ),
        ("enquiry", repeated, {**GOOD, "subject": "Same reference"}, {}, {}),
    ]
    with transaction(ctx.conn):
        taken = replica_snapshot.take_snapshot(ctx.conn, records, clock())
    assert taken == 2
    shown = {e.ref: e for e in _everything(ctx)}
    assert set(shown) == {"ENQ-2026-00042", "ENQ-2026-00043"}
    assert shown["ENQ-2026-00042"].subject == "Bridge repairs"  # the first of a repeated ref
    odd = shown["ENQ-2026-00043"]
    assert odd.status is Status.NEW and odd.deadline is None and odd.tags == ()
    assert replica_versions.version(ctx.conn, "enquiry", good, "ref") == 3
    assert replica_versions.version(ctx.conn, "enquiry", good, "subject") == 0  # not a number
    assert replica.waiting(ctx.conn) == 0  # what came from the office is not pushed back
    assert audit.verify(ctx.conn).intact


def test_changes_claimed_by_a_round_that_died_are_pushed_by_the_next(
    ctx: ContextWithConnection, clock: FakeClock
) -> None:
    from datetime import UTC, datetime

    from mediadesk.domain.enquiry import Channel, NewEnquiry

    made = ctx.desk.enquiries.create(NewEnquiry(datetime.now(UTC), Channel.PHONE, "Bins"))
    ctx.desk.enquiries.update(made.id, subject="Bins, first")
    with transaction(ctx.conn):
        replica.claim(ctx.conn)  # and then MediaDesk was killed, before the push
    ctx.desk.enquiries.update(made.id, subject="Bins, second")
    with transaction(ctx.conn):
        again = replica.claim(ctx.conn)  # the next round: both rows of the field now claimed
        replica.release(ctx.conn)  # its push failed too
    assert [c.value for c in again if c.field == "subject"] == ["Bins, second"]
    rows = ctx.conn.execute(
        "SELECT id, claimed FROM sync_pending WHERE field = 'subject' ORDER BY id"
    ).fetchall()
    assert len(rows) == 1 and rows[0][1] == 0  # one row, waiting, under the newest key
    with transaction(ctx.conn):
        pending = replica.claim(ctx.conn)
    sent = [c.value for c in pending if c.field == "subject" and c.base >= 0]
    assert sent == ["Bins, second"]  # once, with the whole new record


def test_a_change_sent_again_after_another_edit_is_a_new_change_to_the_office(
    ctx: ContextWithConnection,
) -> None:
    from datetime import UTC, datetime

    from mediadesk.domain.enquiry import Channel, NewEnquiry

    made = ctx.desk.enquiries.create(NewEnquiry(datetime.now(UTC), Channel.PHONE, "Bins"))
    with transaction(ctx.conn):
        replica.claim(ctx.conn)
        replica.release(ctx.conn)  # forget the creation: one field's row is what is tested
        ctx.conn.execute("DELETE FROM sync_pending")
    ctx.desk.enquiries.update(made.id, subject="First")
    with transaction(ctx.conn):
        [first] = replica.claim(ctx.conn)  # pushed; applied; the answer lost on the way
        replica.release(ctx.conn)
    ctx.desk.enquiries.update(made.id, subject="Second")  # the same waiting row carries it
    with transaction(ctx.conn):
        [again] = replica.claim(ctx.conn)
    assert again.pending == first.pending and again.value == "Second"
    assert again.as_json()["key"] != first.as_json()["key"]  # not taken for the first push
