"""Search p95 over 100,000 enquiries: MediaDesk's list query vs the raw FTS5 query."""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import WORDS, build_profile
from mediadesk.domain.enquiry import OPEN_STATUSES
from mediadesk.storage import enquiries as repo

COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
QUERIES = 200


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[18]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        database = build_profile(Path(tmp) / "profile", COUNT)
        conn = database.connect()
        rng = random.Random(7)
        terms = [rng.choice(WORDS)[: rng.randint(3, 7)] for _ in range(QUERIES)]
        flt = repo.EnquiryFilter()
        ours: list[float] = []
        raw: list[float] = []
        for term in terms:  # warm both paths alike
            repo.search_ids(conn, repo.EnquiryFilter(text=term))
        for term in terms:
            began = time.perf_counter()
            conn.execute(
                "SELECT rowid FROM enquiries_fts WHERE enquiries_fts MATCH ?",
                (repo.fts_query(term),),
            ).fetchall()
            raw.append(time.perf_counter() - began)
            began = time.perf_counter()
            repo.search_ids(conn, repo.EnquiryFilter(text=term, sort=flt.sort))
            ours.append(time.perf_counter() - began)
        ours_p95, raw_p95 = p95(ours) * 1000, p95(raw) * 1000
        print(
            f"search p95 over {COUNT:,} enquiries: {ours_p95:.1f} ms "
            f"(raw FTS5 query {raw_p95:.1f} ms); ratio {ours_p95 / raw_p95:.2f}x "
            "(target <= 1.3x, < 50 ms)"
        )
        combined: list[float] = []
        for term in terms:
            began = time.perf_counter()
            repo.search_ids(
                conn,
                repo.EnquiryFilter(
                    text=term, statuses=OPEN_STATUSES, sort=repo.SortKey.DEADLINE, descending=False
                ),
            )
            combined.append(time.perf_counter() - began)
        both = p95(combined) * 1000
        print(
            f"  with the tab's default filter too (open, by deadline): {both:.1f} ms; "
            f"ratio {both / raw_p95:.2f}x"
        )
        conn.close()


if __name__ == "__main__":
    main()
