"""Live office updates: an enquiry saved on one laptop, until it is in the other's replica.

Two replicas joined to a real PostgreSQL (Debian's, started in a temporary directory): A saves
and pushes; the server's NOTIFY wakes B's listener, which pulls. Baseline: the raw floor of the
same trip (INSERT and NOTIFY on one connection, LISTEN and SELECT on another). The app's own
watch adds up to a second before A pushes (target: on the other laptop within 2 s).
`python benchmarks/office_live.py [ROUNDS]` (default 30).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402
from tests.postgres import Cluster, running_cluster  # noqa: E402

from mediadesk.config.policy import Policy  # noqa: E402
from mediadesk.context import AppContext  # noqa: E402
from mediadesk.domain.enquiry import Channel, NewEnquiry  # noqa: E402
from mediadesk.office import server  # noqa: E402
from mediadesk.paths import ProfilePaths  # noqa: E402
from mediadesk.secrets import MemoryStore  # noqa: E402
from mediadesk.storage.profile import open_profile  # noqa: E402

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 30
PASSWORD = "benchmark password"


def _laptop(root: Path, name: str, cluster: Cluster) -> AppContext:
    store = MemoryStore()
    ctx = AppContext.open(
        open_profile(ProfilePaths(root / name, custom=True), store), Policy(), secrets=store
    )
    ctx.desk.office_sync().join(f"postgresql://127.0.0.1:{cluster.port}/office", name, PASSWORD)
    return ctx


def _app_trip(cluster: Cluster, root: Path) -> list[float]:
    """Seconds from A's save to the enquiry in B's replica, each round."""
    a = _laptop(root, "alex", cluster)
    seen = threading.Event()
    wanted: list[str] = []
    stop = threading.Event()
    heard = threading.Event()

    def b_side() -> None:  # B's own thread and connection, as its worker would have
        b = _laptop(root, "bea", cluster)
        listener = b.desk.office_sync().listener()
        assert listener is not None
        threading.Thread(target=listener.run, args=(stop, heard.set), daemon=True).start()
        while not stop.is_set():
            if not heard.wait(0.2):
                continue
            heard.clear()
            b.desk.office_sync().sync()
            subjects = {e.subject for e in b.desk.enquiries.search(_all())}
            if wanted and wanted[-1] in subjects:
                seen.set()
        b.close()

    threading.Thread(target=b_side, daemon=True).start()
    time.sleep(2.0)  # B has joined and listens
    trips = []
    for n in range(ROUNDS):
        seen.clear()
        wanted.append(f"Round {n}")
        start = time.perf_counter()
        a.desk.enquiries.create(NewEnquiry(datetime.now(UTC), Channel.PHONE, wanted[-1]))
        a.desk.office_sync().sync()
        if not seen.wait(10):
            raise SystemExit(f"round {n}: the other laptop never saw it")
        trips.append(time.perf_counter() - start)
    stop.set()
    a.close()
    return trips


def _all() -> object:
    from mediadesk.domain.enquiry import Status
    from mediadesk.domain.enquiry_filter import EnquiryFilter

    return EnquiryFilter(statuses=frozenset(Status))


def _raw_trip(cluster: Cluster) -> list[float]:
    """The floor: INSERT + NOTIFY, heard by LISTEN, then SELECT the row."""
    dsn = cluster.dsn("office")
    with (
        psycopg.connect(dsn, autocommit=True) as writer,
        psycopg.connect(dsn, autocommit=True) as reader,
    ):
        writer.execute("CREATE TABLE raw_trip(n int, subject text)")
        reader.execute("LISTEN raw_trip")
        trips = []
        for n in range(ROUNDS):
            start = time.perf_counter()
            writer.execute(
                "WITH i AS (INSERT INTO raw_trip VALUES (%s, 'x'))"
                " SELECT pg_notify('raw_trip', '')",
                (n,),
            )
            next(iter(reader.notifies(timeout=10, stop_after=1)))
            reader.execute("SELECT subject FROM raw_trip WHERE n = %s", (n,)).fetchone()
            trips.append(time.perf_counter() - start)
        return trips


def main() -> None:
    with running_cluster() as cluster, tempfile.TemporaryDirectory() as tmp:
        cluster.admin("CREATE DATABASE office")
        dsn = cluster.dsn("office")
        server.init(dsn)
        for name in ("alex", "bea"):
            server.add_user(dsn, name, "officer", PASSWORD)
        raw = statistics.median(_raw_trip(cluster))
        app = statistics.median(_app_trip(cluster, Path(tmp)))
    print(
        f"live update, saved on one laptop to in the other's replica: median {app * 1000:.0f} ms"
        f" over {ROUNDS} rounds (raw INSERT+NOTIFY+SELECT {raw * 1000:.1f} ms); ratio"
        f" {app / raw:.0f}x; with the app's 1 s save watch at most {app + 1:.1f} s (target 2 s)"
    )


if __name__ == "__main__":
    main()
