"""'Search everything' p95 over 1,000,000 monitoring items vs the raw FTS5 query."""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import WORDS, build_monitoring
from mediadesk.storage import monitoring as store
from mediadesk.storage.enquiries import fts_query

COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
QUERIES = 200


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[18] * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        database = build_monitoring(Path(tmp) / "profile", COUNT)
        conn = database.connect()
        rng = random.Random(5)
        terms = [" ".join(rng.sample(WORDS, rng.choice((1, 2)))) for _ in range(QUERIES)]
        for term in terms:
            store.search_all(conn, term)
        ours, raw = [], []
        for index, term in enumerate(terms):
            # Alternate which goes first so neither always finds the other's pages cached.
            for which in (0, 1) if index % 2 else (1, 0):
                began = time.perf_counter()
                if which == 0:
                    conn.execute(
                        "SELECT rowid FROM monitor_items_fts WHERE monitor_items_fts MATCH ?"
                        " ORDER BY rowid DESC LIMIT 200",
                        (fts_query(term),),
                    ).fetchall()
                    raw.append(time.perf_counter() - began)
                else:
                    store.search_all(conn, term)
                    ours.append(time.perf_counter() - began)
        o, r = p95(ours), p95(raw)
        print(
            f"search everything p95 over {COUNT:,} items: {o:.1f} ms (raw FTS5 query "
            f"{r:.1f} ms); ratio {o / r:.2f}x (target <= 1.3x, < 50 ms)"
        )
        conn.close()


if __name__ == "__main__":
    main()
