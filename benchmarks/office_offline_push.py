"""1,000 edits made offline on a visit, pushed when the laptop is back (target < 5 s).

A laptop joined to a real PostgreSQL (Debian's, in a temporary directory) holds 100 of the
office's enquiries; offline, the officer makes 1,000 edits (ten fields of each, as a day of
updates would). The figure is one `sync` round once back: every edit pushed through the
office's rules, versioned and audited. Baseline: the same 1,000 field values sent raw, as one
transaction of single-row UPDATEs of a jsonb column on the same server.
`python benchmarks/office_offline_push.py [EDITS]`.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402
from tests.postgres import running_cluster  # noqa: E402

from mediadesk.config.policy import Policy  # noqa: E402
from mediadesk.context import AppContext  # noqa: E402
from mediadesk.domain.enquiry import Channel, NewEnquiry, Priority  # noqa: E402
from mediadesk.office import server  # noqa: E402
from mediadesk.paths import ProfilePaths  # noqa: E402
from mediadesk.secrets import MemoryStore  # noqa: E402
from mediadesk.storage.profile import open_profile  # noqa: E402

EDITS = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
PER_ENQUIRY = 10
PASSWORD = "benchmark password"
ROUNDS = 3


def _edit_offline(ctx: AppContext, ids: list[int], round_no: int) -> None:
    """Ten field edits of each enquiry, saved locally (nothing reaches the office yet)."""
    service = ctx.desk.enquiries
    start = datetime(2026, 12, 2, 9, tzinfo=UTC)
    for n, enquiry_id in enumerate(ids):
        tag = f"r{round_no}-{n}"
        service.update(enquiry_id, subject=f"Visit question {tag}")
        service.update(enquiry_id, questions=f"What did the minister say at stop {tag}?")
        service.update(
            enquiry_id,
            journalist=f"Reporter {round_no}.{n % 7}",
            outlet=f"Paper {round_no}.{n % 3}",
        )
        service.update(enquiry_id, deadline=start + timedelta(hours=round_no, minutes=n))
        service.update(enquiry_id, owner=f"Officer {round_no}")
        service.update(enquiry_id, response=f"Lines for {tag}")
        service.update(enquiry_id, tags=(f"visit{round_no}", "north"))
        service.update(enquiry_id, received=start - timedelta(minutes=n + round_no))
        service.update(enquiry_id, priority=(Priority.HIGH, Priority.LOW)[round_no % 2])


def _app(port: int, root: Path) -> list[float]:
    store = MemoryStore()
    ctx = AppContext.open(
        open_profile(ProfilePaths(root / "visit-laptop", custom=True), store),
        Policy(),
        secrets=store,
    )
    sync = ctx.desk.office_sync()
    sync.join(f"postgresql://127.0.0.1:{port}/office", "officer", PASSWORD)
    count = EDITS // PER_ENQUIRY
    ids = [
        ctx.desk.enquiries.create(
            NewEnquiry(datetime.now(UTC), Channel.PHONE, f"Enquiry {n}", "Sam Reporter")
        ).id
        for n in range(count)
    ]
    sync.sync()
    took = []
    for round_no in range(ROUNDS):
        _edit_offline(ctx, ids, round_no)
        waiting = sync.state().waiting
        start = time.perf_counter()
        report = sync.sync()
        took.append(time.perf_counter() - start)
        if report.pushed < EDITS or sync.state().waiting:
            raise SystemExit(f"pushed {report.pushed} of {waiting} waiting; some were left")
    ctx.close()
    return took


def _raw(dsn: str) -> list[float]:
    """The same number of field values written raw: single-row UPDATEs in one transaction."""
    with psycopg.connect(dsn) as conn:
        conn.execute("CREATE TABLE raw_fields(id int PRIMARY KEY, fields jsonb NOT NULL)")
        conn.execute("INSERT INTO raw_fields SELECT n, '{}' FROM generate_series(0, 99) n")
        conn.commit()
        took = []
        for round_no in range(ROUNDS):
            start = time.perf_counter()
            with conn.cursor() as cursor:
                cursor.executemany(
                    "UPDATE raw_fields SET fields = fields"
                    " || jsonb_build_object(%s::text, %s::text) WHERE id = %s",
                    [(f"f{n % 10}", f"value {round_no} {n}", n % 100) for n in range(EDITS)],
                )
            conn.commit()
            took.append(time.perf_counter() - start)
        return took


def main() -> None:
    with running_cluster() as cluster, tempfile.TemporaryDirectory() as tmp:
        cluster.admin("CREATE DATABASE office")
        dsn = cluster.dsn("office")
        server.init(dsn)
        server.add_user(dsn, "officer", "officer", PASSWORD)
        raw = statistics.median(_raw(dsn))
        app = statistics.median(_app(cluster.port, Path(tmp)))
    print(
        f"{EDITS:,} edits made offline, pushed when back: median {app:.2f} s over {ROUNDS} rounds"
        f" (raw: the same values as single-row UPDATEs in one transaction {raw:.2f} s);"
        f" ratio {app / raw:.1f}x (target 5 s)"
    )


if __name__ == "__main__":
    main()
