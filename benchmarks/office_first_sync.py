"""First sync of a new laptop into an office of N enquiries (default 100,000).

A real PostgreSQL (Debian's, in a temporary directory) holds an office whose enquiries were
pushed by other laptops (written straight into the office tables here, as they would be after
years of use: one record and one change per field). A new profile joins and syncs once; the
figure is the time from `join` to every enquiry searchable in the encrypted replica. Baseline:
`COPY … TO STDOUT` of the same records from the same server, read to the end (target <= 3x).
`python benchmarks/office_first_sync.py [N]`.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402
from tests.postgres import running_cluster  # noqa: E402

from mediadesk.config.policy import Policy  # noqa: E402
from mediadesk.context import AppContext  # noqa: E402
from mediadesk.domain.enquiry import Status  # noqa: E402
from mediadesk.domain.enquiry_filter import EnquiryFilter  # noqa: E402
from mediadesk.office import server  # noqa: E402
from mediadesk.paths import ProfilePaths  # noqa: E402
from mediadesk.secrets import MemoryStore  # noqa: E402
from mediadesk.storage.db import transaction  # noqa: E402
from mediadesk.storage.profile import open_profile  # noqa: E402

COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
PASSWORD = "benchmark password"

# Years of an office's enquiries, as the office keeps them (values as replicas push them).
FILL = """
INSERT INTO mediadesk.records(entity, id, office_id, fields, versions, authors)
SELECT 'enquiry', gen_random_uuid(), %(office)s, jsonb_build_object(
    'ref', 'ENQ-' || (2020 + n %% 6) || '-' || lpad(n::text, 6, '0'),
    'received', 1600000000 + n * 1800,
    'channel', (ARRAY['phone', 'email', 'social', 'in_person'])[1 + n %% 4],
    'journalist', 'Journalist ' || (n %% 800),
    'outlet', 'Outlet ' || (n %% 60),
    'subject', 'School funding question number ' || n || ' about the minister''s visit',
    'questions', 'What is the department doing about case ' || n || '? When will it report?',
    'deadline', 1600000000 + n * 1800 + 14400,
    'priority', (ARRAY['low', 'normal', 'high', 'urgent'])[1 + n %% 4],
    'owner', 'Officer ' || (n %% 12),
    'status', (ARRAY['new', 'in_progress', 'responded', 'closed'])[1 + n %% 4],
    'response', CASE WHEN n %% 2 = 0 THEN 'A spokesperson said: we are working on it.'
                     ELSE '' END,
    'response_type', CASE WHEN n %% 2 = 0 THEN 'statement' ELSE '' END,
    'responded_at', NULL, 'tags', CASE WHEN n %% 3 = 0 THEN 'schools,funding' ELSE '' END,
    'anonymised', 0), '{}', '{}'
FROM generate_series(1, %(count)s) AS n;
UPDATE mediadesk.records SET versions = (
    SELECT jsonb_object_agg(key, 1) FROM jsonb_object_keys(fields) AS key);
INSERT INTO mediadesk.changes(office_id, entity, record_id, field, value, version, author)
SELECT r.office_id, r.entity, r.id, kv.key, kv.value, 1, 'someone'
FROM mediadesk.records r, jsonb_each(r.fields) AS kv;
"""


def _fill(dsn: str) -> None:
    with psycopg.connect(dsn) as conn:
        office = conn.execute("SELECT id FROM mediadesk.offices").fetchone()
        assert office is not None
        for statement in FILL.split(";")[:-1]:
            conn.execute(statement.encode(), {"office": office[0], "count": COUNT})


def _copy_floor(dsn: str) -> float:
    """Seconds to COPY every record of the office to this process, best of three."""
    best = float("inf")
    with psycopg.connect(dsn) as conn:
        for _ in range(3):
            start = time.perf_counter()
            size = 0
            with conn.cursor().copy(
                b"COPY (SELECT id, fields, versions FROM mediadesk.records) TO STDOUT"
            ) as copy:
                for block in copy:
                    size += len(block)
            best = min(best, time.perf_counter() - start)
    return best


def _write_floor(dsn: str, root: Path) -> float:
    """Seconds to fetch the same records and write them, unchecked and unaudited, into a
    fresh profile's enquiries table and search index: what any replica pays at the least."""
    store = MemoryStore()
    db = open_profile(ProfilePaths(root / "floor", custom=True), store)
    local = db.connect()
    start = time.perf_counter()
    with psycopg.connect(dsn) as conn:
        found = conn.execute(b"SELECT id::text, fields FROM mediadesk.records").fetchall()
    rows = [
        (uid, f["ref"], f["received"], f["channel"], f["subject"], f["questions"], f["status"], 0)
        for uid, f in found
    ]
    with transaction(local):
        local.execute("INSERT INTO sync_applying VALUES (1)")
        local.executemany(
            "INSERT INTO enquiries(uid, ref, received, channel, subject, questions, status,"
            " updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        local.execute("UPDATE enquiries SET fts_key = (received << 24) | id")
        local.execute(
            "INSERT INTO enquiries_fts(rowid, subject, questions, response, journalist, outlet,"
            " tags) SELECT fts_key, subject, questions, response, '', '', '' FROM enquiries"
        )
    took = time.perf_counter() - start
    local.close()
    return took


def _first_sync(dsn: str, port: int, root: Path) -> tuple[float, int]:
    store = MemoryStore()
    start = time.perf_counter()
    ctx = AppContext.open(
        open_profile(ProfilePaths(root / "new-laptop", custom=True), store), Policy(), secrets=store
    )
    ctx.desk.office_sync().join(f"postgresql://127.0.0.1:{port}/office", "new", PASSWORD)
    took = time.perf_counter() - start
    found = len(ctx.desk.enquiries.search_ids(_everything()))
    ctx.close()
    return took, found


def _everything() -> EnquiryFilter:
    return EnquiryFilter(statuses=frozenset(Status))


def main() -> None:
    with running_cluster() as cluster, tempfile.TemporaryDirectory() as tmp:
        cluster.admin("CREATE DATABASE office")
        dsn = cluster.dsn("office")
        server.init(dsn)
        server.add_user(dsn, "new", "officer", PASSWORD)
        _fill(dsn)
        floor = _copy_floor(dsn)
        written = _write_floor(dsn, Path(tmp))
        took, found = _first_sync(dsn, cluster.port, Path(tmp))
    if found != COUNT:
        raise SystemExit(f"the new laptop has {found} of {COUNT} enquiries")
    print(
        f"first sync of a new laptop, {COUNT:,} enquiries: {took:.1f} s"
        f" (COPY TO STDOUT of the same records {floor:.2f} s); ratio {took / floor:.1f}x"
        f" (target 3x). Floor on this stack: fetching them and writing them bare into an"
        f" encrypted profile with its search index takes {written:.1f} s"
        f" ({written / floor:.1f}x COPY); MediaDesk is {took / written:.1f}x that floor"
    )


if __name__ == "__main__":
    main()
