"""The rules everyone must obey hold on the server: tried by signing in as each role."""

from __future__ import annotations

import json
import threading
import uuid

import psycopg
import pytest

from mediadesk.office import audit
from tests.office.conftest import Office
from tests.office.helpers import change, pull, push, sign_in, staffed


@pytest.fixture
def office(office_db: Office) -> Office:
    return staffed(office_db)


def _awaiting(conn: psycopg.Connection, record: uuid.UUID) -> None:
    results = push(
        conn,
        change(record, "subject", "Hospital waiting times"),
        change(record, "response", "The minister said..."),
        change(record, "status", "awaiting_clearance"),
    )
    assert [r["result"] for r in results] == ["applied"] * 3


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO mediadesk.records(entity, id, office_id)"
        " VALUES ('enquiry', gen_random_uuid(), 1)",
        "UPDATE mediadesk.records SET fields = '{}'",
        "DELETE FROM mediadesk.audit",
        "UPDATE mediadesk.audit SET actor = 'someone else'",
        "INSERT INTO mediadesk.officers VALUES ('olly2', 'x', 1, 'admin')",
        "UPDATE mediadesk.officers SET role = 'admin' WHERE login = 'olly'",
        "SELECT mediadesk.write_field(NULL, 'status', '\"cleared\"', NULL)",
        "SELECT mediadesk.audit_line(1, 'enquiry', gen_random_uuid(), 'create', 'x', NULL, NULL)",
    ],
)
def test_an_officer_cannot_write_around_the_rules(office: Office, statement: str) -> None:
    with sign_in(office, "olly") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(statement.encode())


def test_only_a_clearer_clears_and_never_their_own_words(office: Office) -> None:
    theirs, own = uuid.uuid4(), uuid.uuid4()
    with sign_in(office, "olly") as olly, sign_in(office, "cara") as cara:
        _awaiting(olly, theirs)
        refused = push(olly, change(theirs, "status", "cleared", base=1))
        assert refused[0]["result"] == "refused"
        assert refused[0]["reason"] == "Only a clearer can clear it."
        assert refused[0]["theirs"] == "awaiting_clearance"  # what the office kept, to show
        _awaiting(cara, own)
        assert push(cara, change(own, "status", "cleared", base=1))[0]["reason"] == (
            "You wrote these words, so another clearer must clear them."
        )
        assert push(cara, change(theirs, "status", "cleared", base=1))[0]["result"] == "applied"
        row = olly.execute(
            "SELECT fields FROM mediadesk.records WHERE id = %s", (theirs,)
        ).fetchone()
        assert row is not None and row[0]["status"] == "cleared" and row[0]["cleared_by"] == "cara"
        forged = push(olly, change(own, "cleared_by", "cara"))
        assert forged[0]["result"] == "refused"


def test_changing_the_words_after_clearance_sends_them_back(office: Office) -> None:
    record = uuid.uuid4()
    with sign_in(office, "olly") as olly, sign_in(office, "cleo") as cleo:
        _awaiting(olly, record)
        assert push(cleo, change(record, "status", "cleared", base=1))[0]["result"] == "applied"
        assert push(olly, change(record, "response", "Something else", base=1))[0]["result"] == (
            "applied"
        )
        row = olly.execute(
            "SELECT fields FROM mediadesk.records WHERE id = %s", (record,)
        ).fetchone()
    assert row is not None
    assert row[0]["status"] == "awaiting_clearance" and row[0]["cleared_by"] == ""


def test_the_same_field_edited_twice_from_one_version_is_a_conflict_nothing_lost(
    office: Office,
) -> None:
    record = uuid.uuid4()
    with sign_in(office, "olly") as olly, sign_in(office, "cara") as cara:
        push(olly, change(record, "subject", "Original"))
        assert push(olly, change(record, "subject", "Olly's", base=1))[0]["result"] == "applied"
        clash = push(cara, change(record, "subject", "Cara's", base=1))
        assert {k: clash[0][k] for k in ("result", "version", "theirs")} == {
            "result": "conflict",
            "version": 2,
            "theirs": "Olly's",
        }
        assert clash[0]["record"] == {"subject": "Olly's"}  # the whole record, as kept
        same = push(cara, change(record, "subject", "Olly's", base=1))  # the same words: no clash
        assert same[0]["result"] == "applied"
        rows = olly.execute(
            "SELECT original, mine, mine_by, theirs, theirs_by FROM mediadesk.conflicts"
        ).fetchall()
    assert rows == [("Original", "Cara's", "cara", "Olly's", "olly")]


def _from(conn: psycopg.Connection, origin: uuid.UUID, *changes: dict[str, object]) -> list[str]:
    """Push as one laptop (`origin`), each change under its own key; the results."""
    keyed = [{**c, "key": f"{n}:{c['field']}:{c['value']}"} for n, c in enumerate(changes)]
    row = conn.execute(
        "SELECT mediadesk.push(%s, %s::jsonb)", (origin, json.dumps(keyed))
    ).fetchone()
    assert row is not None
    return [r["result"] for r in row[0]]


def test_a_laptop_editing_again_after_a_lost_answer_is_not_in_conflict_with_itself(
    office: Office,
) -> None:
    record, laptop, other = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    with sign_in(office, "olly") as olly, sign_in(office, "cara") as cara:
        assert _from(olly, laptop, change(record, "subject", "First")) == ["applied"]
        # applied, but the answer never came back: the laptop still holds version 0
        assert _from(olly, laptop, change(record, "subject", "Second")) == ["applied"]
        assert _from(cara, other, change(record, "subject", "Cara's", base=1)) == ["conflict"]
        _awaiting(olly, record2 := uuid.uuid4())
        assert _from(cara, other, change(record2, "status", "cleared", base=1)) == ["applied"]
        # words changed after clearance send it back: the server's own step still clashes
        assert _from(olly, laptop, change(record2, "response", "New", base=1)) == ["applied"]
        assert _from(olly, laptop, change(record2, "status", "responded", base=2)) == ["conflict"]
        fields = olly.execute(
            "SELECT fields FROM mediadesk.records WHERE id = %s", (record,)
        ).fetchone()
    assert fields is not None and fields[0]["subject"] == "Second"


def test_another_office_sees_nothing_and_touches_nothing(office: Office) -> None:
    record = uuid.uuid4()
    with sign_in(office, "olly") as olly:
        _awaiting(olly, record)
    with psycopg.connect(office.dsn, autocommit=True) as admin:
        admin.execute("INSERT INTO mediadesk.offices(name) VALUES ('Another department')")
        admin.execute("UPDATE mediadesk.officers SET office_id = 2 WHERE login = 'cleo'")
    with sign_in(office, "cleo") as cleo:
        for table in ("records", "changes", "audit", "conflicts"):
            assert cleo.execute(f"SELECT count(*) FROM mediadesk.{table}".encode()).fetchone() == (
                0,
            )
        assert cleo.execute("SELECT login FROM mediadesk.officers").fetchall() == [("cleo",)]
        assert pull(cleo)["changes"] == []
        tried = push(cleo, change(record, "status", "cleared", base=1))
        assert tried == [{"result": "refused", "reason": "That record is not your office's."}]


def test_every_change_is_audited_on_a_chain_that_shows_tampering(office: Office) -> None:
    record = uuid.uuid4()
    with sign_in(office, "olly") as olly, sign_in(office, "cara") as cara:
        _awaiting(olly, record)
        push(cara, change(record, "status", "cleared", base=1))
        report = audit.verify(olly)
        assert report.intact and report.rows == 6  # three fields, then cleared, by and when
        actors = olly.execute("SELECT actor FROM mediadesk.audit ORDER BY id").fetchall()
    assert [a for (a,) in actors] == ["olly"] * 3 + ["cara"] * 3
    with psycopg.connect(office.dsn, autocommit=True) as admin:  # even the owner is stopped...
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only"):
            admin.execute("UPDATE mediadesk.audit SET new = '\"edited\"' WHERE id = 2")
        admin.execute("ALTER TABLE mediadesk.audit DISABLE TRIGGER USER")
        admin.execute("UPDATE mediadesk.audit SET new = '\"edited\"' WHERE id = 2")
        report = audit.verify(admin)  # ...and a superuser who goes around it is found out
    assert report.problems == ("Office audit line 2: its contents were changed.",)


def _held(conn: psycopg.Connection, words: str) -> int:
    """How many changes, audit lines and conflicts still hold `words` anywhere."""
    row = conn.execute(
        "SELECT (SELECT count(*) FROM mediadesk.changes WHERE value::text LIKE %(w)s)"
        " + (SELECT count(*) FROM mediadesk.audit WHERE old::text LIKE %(w)s"
        "    OR new::text LIKE %(w)s)"
        " + (SELECT count(*) FROM mediadesk.conflicts WHERE mine::text LIKE %(w)s"
        "    OR theirs::text LIKE %(w)s OR original::text LIKE %(w)s)",
        {"w": f"%{words}%"},
    ).fetchone()
    assert row is not None
    return int(row[0])


def test_a_deleted_record_leaves_no_words_on_the_server_and_the_chain_still_verifies(
    office: Office,
) -> None:
    record = uuid.uuid4()
    with sign_in(office, "olly") as olly, sign_in(office, "cara") as cara:
        push(olly, change(record, "subject", "Minister's private address"))
        push(olly, change(record, "subject", "Minister's home visit", base=1))
        push(cara, change(record, "subject", "Cara's clash", base=1))  # a conflict holds words
        assert _held(olly, "Minister") > 0
        assert push(olly, change(record, "_deleted", True))[0]["result"] == "applied"
        assert _held(olly, "Minister") == 0 and _held(olly, "clash") == 0
        report = audit.verify(olly)
        kinds = olly.execute(
            "SELECT field, value FROM mediadesk.changes WHERE record_id = %s ORDER BY seq",
            (record,),
        ).fetchall()
    assert report.intact and report.rows == 3  # who changed what, and when, stays
    assert kinds == [("subject", None), ("subject", None), ("_deleted", True)]


def test_an_anonymised_record_keeps_only_its_anonymised_words(office: Office) -> None:
    record = uuid.uuid4()
    with sign_in(office, "olly") as olly:
        push(olly, change(record, "subject", "Jane Doe's divorce"), change(record, "anonymised", 0))
        done = push(  # as retention pushes it: the flag first, the words after
            olly,
            change(record, "anonymised", 1, base=1),
            change(record, "subject", "[anonymised]", base=1),
        )
        assert [r["result"] for r in done] == ["applied", "applied"]
        assert _held(olly, "Jane Doe") == 0
        fields = olly.execute(
            "SELECT fields FROM mediadesk.records WHERE id = %s", (record,)
        ).fetchone()
        report = audit.verify(olly)
    assert fields is not None and fields[0]["subject"] == "[anonymised]"
    assert report.intact


def test_only_redaction_may_touch_a_line_and_only_inside_the_purge(office: Office) -> None:
    record = uuid.uuid4()
    with sign_in(office, "olly") as olly:
        push(olly, change(record, "subject", "Kept"))
    with psycopg.connect(office.dsn, autocommit=True) as admin:
        for statement in (
            "UPDATE mediadesk.audit SET old = NULL, new = NULL, redacted = true",
            "SELECT set_config('mediadesk.redacting', 'on', false);"
            " UPDATE mediadesk.audit SET actor = 'someone', old = NULL, new = NULL,"
            " redacted = true",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only"):
                admin.execute(statement.encode())


def test_a_change_committed_after_a_later_one_is_still_pulled(office: Office) -> None:
    """A transaction that numbered its change first but commits last must not be skipped.

    Pushes in one office take turns, so the slow writer here is a server-side one (as a
    retention job would be) that writes its change and has not committed yet.
    """
    early, late = uuid.uuid4(), uuid.uuid4()
    seen: list[str] = []
    with (
        psycopg.connect(office.dsn) as slow,
        sign_in(office, "cara") as quick,
        sign_in(office, "cleo") as reader,
    ):
        slow.execute(
            "INSERT INTO mediadesk.changes(office_id, entity, record_id, field, value, version,"
            " author) VALUES (1, 'enquiry', %s, 'subject', '\"numbered first\"', 1, 'job')",
            (early,),
        )
        push(quick, change(late, "subject", "committed first"))
        numbers = reader.execute(
            "SELECT seq FROM mediadesk.changes WHERE author = 'cara'"
        ).fetchall()
        batch = pull(reader)
        seen += [c["value"] for c in batch["changes"]]
        slow.commit()
        later = pull(reader, batch["watermark"])
        seen += [c["value"] for c in later["changes"]]
        seen += [c["value"] for c in pull(reader, later["watermark"])["changes"]]
        first_seq = reader.execute(
            "SELECT seq FROM mediadesk.changes WHERE author = 'job'"
        ).fetchall()
    assert first_seq[0][0] < numbers[0][0]  # "everything after the last number" would skip it
    assert sorted(seen) == ["committed first", "numbered first"]


def test_large_pulls_come_in_whole_transactions_without_gaps(office: Office) -> None:
    with sign_in(office, "olly") as olly, sign_in(office, "cara") as reader:
        for n in range(12):
            push(olly, *(change(uuid.uuid4(), "subject", f"{n}-{k}") for k in range(3)))
        seen: list[str] = []
        watermark, more, rounds = "0", True, 0
        while more:
            batch = pull(reader, watermark, limit=5)
            seen += [c["value"] for c in batch["changes"]]
            watermark, more, rounds = batch["watermark"], batch["more"], rounds + 1
            assert rounds < 50
    assert sorted(seen) == sorted(f"{n}-{k}" for n in range(12) for k in range(3))
    assert rounds > 3


def test_reference_blocks_never_overlap(office: Office) -> None:
    blocks: list[range] = []

    def reserve(name: str) -> None:
        with sign_in(office, name) as conn:
            for _ in range(20):
                row = conn.execute("SELECT mediadesk.reserve_references(2026, 7)").fetchone()
                assert row is not None
                blocks.append(range(row[0], row[0] + 7))

    threads = [threading.Thread(target=reserve, args=(n,)) for n in ("olly", "cara", "cleo")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    numbers = [n for block in blocks for n in block]
    assert len(numbers) == len(set(numbers)) == 3 * 20 * 7 and min(numbers) == 1
