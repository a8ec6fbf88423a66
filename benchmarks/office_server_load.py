"""How far one office server goes: 50 officers connected and idle, then all of them editing.

A real PostgreSQL (Debian's, in a temporary directory, on this machine's cores) and 50
signed-in officers, each with the two connections a running MediaDesk holds (one listening
for the office's NOTIFY, one for its sync rounds), speaking the office's own functions
(`push`, `pull`) as a replica does. Idle: what the server holds (backends, memory, CPU).
Editing: every officer saves one field every `PERIOD_S` seconds and pulls what the others
did, for `EDIT_S` seconds — far busier than a press office (a save every few seconds each).
Baseline: the same number of plain single-row UPDATEs, committed one by one by the same
threads, so the ratio is server CPU per MediaDesk edit (versioned, checked, audited,
hash-chained, notified) to server CPU per raw write.
`python benchmarks/office_server_load.py [OFFICERS [EDIT_SECONDS]]`.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402
from tests.postgres import Cluster, running_cluster  # noqa: E402

from mediadesk.office import server  # noqa: E402

OFFICERS = int(sys.argv[1]) if len(sys.argv) > 1 else 50
PASSWORD = "benchmark password"
EDIT_S = float(sys.argv[2]) if len(sys.argv) > 2 else 20.0
IDLE_S = EDIT_S / 2
PERIOD_S = 2.0
TICK = os.sysconf("SC_CLK_TCK")


def _server_cpu(cluster: Cluster) -> float:
    """CPU seconds the server has used: the postmaster, its reaped children, the live ones."""
    data = cluster.root / "data"
    postmaster = int((data / "postmaster.pid").read_text().split()[0])
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(entry.name), int(fields[1])
        if pid == postmaster:
            total += sum(int(f) for f in fields[11:15])  # its own time and its children's
        elif ppid == postmaster:
            total += int(fields[11]) + int(fields[12])
    return total / TICK


def _server_memory_mb(cluster: Cluster) -> float:
    """Proportional memory of every server process (shared buffers counted once)."""
    data = cluster.root / "data"
    postmaster = int((data / "postmaster.pid").read_text().split()[0])
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            if int(entry.name) != postmaster and int(fields[1]) != postmaster:
                continue
            for line in (entry / "smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def _officer(cluster: Cluster, name: str) -> tuple[psycopg.Connection, psycopg.Connection]:
    dsn = cluster.dsn("office", name, PASSWORD)
    listening = psycopg.connect(dsn, autocommit=True)
    listening.execute("LISTEN mediadesk")
    return listening, psycopg.connect(dsn, autocommit=True)


def _edit_loop(
    conn: psycopg.Connection, stop: threading.Event, rounds: list[float], raw: bool
) -> None:
    origin, record = uuid.uuid4(), uuid.uuid4()
    watermark, version, n = "0", 0, 0
    if raw:
        conn.execute("INSERT INTO raw_load VALUES (%s, '{}')", (record,))
    while not stop.is_set():
        start = time.perf_counter()
        if raw:
            conn.execute(
                "UPDATE raw_load SET fields = fields || jsonb_build_object('subject', %s::text)"
                " WHERE id = %s",
                (f"Edit {n}", record),
            )
        else:
            change = {
                "entity": "enquiry",
                "id": str(record),
                "field": "subject",
                "value": f"Edit {n}",
                "base": version,
                "key": f"{n}:subject",
            }
            row = conn.execute(
                "SELECT mediadesk.push(%s, %s::jsonb)", (origin, json.dumps([change]))
            ).fetchone()
            version = int(row[0][0]["version"]) if row else version
            pulled = conn.execute("SELECT mediadesk.pull(%s::xid8, 5000)", (watermark,)).fetchone()
            watermark = pulled[0]["watermark"] if pulled else watermark
        rounds.append(time.perf_counter() - start)
        n += 1
        stop.wait(max(0.0, PERIOD_S - (time.perf_counter() - start)))


def _editing(
    cluster: Cluster, sessions: list[psycopg.Connection], raw: bool
) -> tuple[float, list[float]]:
    """Server CPU seconds used while every officer edits, and each round's seconds."""
    stop, rounds = threading.Event(), []  # type: ignore[var-annotated]
    before = _server_cpu(cluster)
    threads = [
        threading.Thread(target=_edit_loop, args=(conn, stop, rounds, raw)) for conn in sessions
    ]
    for thread in threads:
        thread.start()
    time.sleep(EDIT_S)
    stop.set()
    for thread in threads:
        thread.join()
    return _server_cpu(cluster) - before, rounds


def main() -> None:
    # Each officer holds two connections; PostgreSQL's default of 100 is too few past 45.
    with running_cluster(f"-c max_connections={2 * OFFICERS + 20}") as cluster:
        cluster.admin("CREATE DATABASE office")
        dsn = cluster.dsn("office")
        server.init(dsn)
        names = [f"officer{n:02d}" for n in range(OFFICERS)]
        for name in names:
            server.add_user(dsn, name, "officer", PASSWORD)
        with psycopg.connect(dsn, autocommit=True) as admin:
            admin.execute("CREATE TABLE raw_load(id uuid PRIMARY KEY, fields jsonb)")
            admin.execute("GRANT SELECT, INSERT, UPDATE ON raw_load TO office_officers")
        base_memory = _server_memory_mb(cluster)
        pairs = [_officer(cluster, name) for name in names]
        with psycopg.connect(dsn) as admin:
            found = admin.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = 'office'")
            backends = int(found.fetchone()[0])  # type: ignore[index]
        idle_memory = _server_memory_mb(cluster)
        before = _server_cpu(cluster)
        time.sleep(IDLE_S)
        idle_cpu = (_server_cpu(cluster) - before) / IDLE_S
        sessions = [session for _listen, session in pairs]
        raw_cpu, raw_rounds = _editing(cluster, sessions, raw=True)
        app_cpu, app_rounds = _editing(cluster, sessions, raw=False)
        for listening, session in pairs:
            listening.close()
            session.close()
    # At least one clock tick each: a short run may use less than the kernel can count.
    per_edit = max(app_cpu, 1 / TICK) / len(app_rounds)
    per_raw = max(raw_cpu, 1 / TICK) / len(raw_rounds)
    p95 = statistics.quantiles(app_rounds, n=20)[-1]
    print(
        f"{OFFICERS} officers on one server: idle, {backends} connections,"
        f" {idle_memory - base_memory:.0f} MB for them ({idle_memory:.0f} MB in all),"
        f" {idle_cpu * 100:.1f}% of a core; all editing (a save every {PERIOD_S:.0f} s each,"
        f" {len(app_rounds) / EDIT_S:.0f} edits/s), {app_cpu / EDIT_S * 100:.0f}% of a core,"
        f" push+pull p95 {p95 * 1000:.0f} ms; server CPU per edit {per_edit * 1000:.2f} ms"
        f" (raw single-row UPDATE {per_raw * 1000:.2f} ms); ratio {per_edit / per_raw:.1f}x"
        f" on {os.cpu_count()} cores"
    )


if __name__ == "__main__":
    main()
