"""Builds realistic benchmark profiles (shared by the benchmark scripts)."""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from mediadesk.domain.enquiry import Channel, NewEnquiry, Priority, Status
from mediadesk.paths import ProfilePaths
from mediadesk.secrets import MemoryStore
from mediadesk.services.enquiries import EnquiryService
from mediadesk.storage.profile import Database, open_profile

WORDS = tuple(
    "school meals funding hospital parking charges rail strike talks flood defence spending "
    "housing targets prison capacity data breach agency minister visit leeds budget nurses "
    "pay teachers union council tax bins collection roadworks bridge repairs energy bills "
    "farmers subsidy fishing quotas border checks passport delays court backlog police "
    "numbers knife crime cycling lanes bus fares broadband rollout heat pumps".split()
)
OPEN_AT_END = 40
OUTLETS = [
    "Daily Bugle",
    "Northern Echo",
    "BBC Radio 4",
    "The Guardian",
    "Western Mail",
    "Construction News",
    "Sky News",
    "HuffPost UK",
    "Farmers Weekly",
    "Evening Post",
]


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def enquiries(count: int, seed: int = 1) -> list[NewEnquiry]:
    """`count` enquiries over about three years, oldest first."""
    rng = random.Random(seed)
    start = datetime.now(UTC) - timedelta(days=3 * 365)
    step = timedelta(days=3 * 365) / max(count, 1)
    items = []
    for i in range(count):
        received = start + step * i
        items.append(
            NewEnquiry(
                received=received,
                channel=rng.choice(list(Channel)),
                subject=sentence(rng, 4).capitalize(),
                journalist=f"Reporter {rng.randrange(400)}",
                outlet=rng.choice(OUTLETS),
                questions=sentence(rng, 30) + "?",
                deadline=received + timedelta(hours=3),
                priority=rng.choice(list(Priority)),
                owner=rng.choice(["Alex", "Sam", "Chris"]),
                tags=(rng.choice(WORDS),),
            )
        )
    return items


def build_profile(root: Path, count: int, store: MemoryStore | None = None) -> Database:
    """A profile holding `count` enquiries (built in batches, reported on stdout)."""
    began = time.perf_counter()
    database = open_profile(ProfilePaths(root, custom=True), store or MemoryStore())
    conn = database.connect()
    service = EnquiryService(conn, "bench")
    items = enquiries(count)
    # As in a real office: all but the newest few dozen enquiries are long closed.
    statuses = [Status.CLOSED] * max(count - OPEN_AT_END, 0) + [Status.IN_PROGRESS] * min(
        count, OPEN_AT_END
    )
    for start in range(0, count, 10_000):
        service.create_many(items[start : start + 10_000], statuses[start : start + 10_000])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    print(f"(built a {count:,}-enquiry profile in {time.perf_counter() - began:.1f} s)")
    return database


def build_monitoring(
    root: Path, count: int, columns: int = 20, store: MemoryStore | None = None
) -> Database:
    """A profile with `count` monitoring items spread over `columns` feed columns."""
    from mediadesk.domain.monitoring import Column, ColumnKind, FeedItem
    from mediadesk.storage import monitoring
    from mediadesk.storage.db import transaction

    began = time.perf_counter()
    database = open_profile(ProfilePaths(root, custom=True), store or MemoryStore())
    conn = database.connect()
    rng = random.Random(11)
    ids = [
        monitoring.add_column(
            conn, Column(0, ColumnKind.FEED, f"Feed {n}", {"url": f"https://feed{n}.example/rss"})
        )
        for n in range(columns)
    ]
    start = datetime.now(UTC) - timedelta(days=30)
    step = timedelta(days=30) / max(count, 1)
    batch = 20_000
    for offset in range(0, count, batch):
        items = []
        for i in range(offset, min(offset + batch, count)):
            title = sentence(rng, 10).capitalize()
            items.append(
                (
                    ids[i % columns],
                    FeedItem(
                        f"url:https://feed{i % columns}.example/{i}",
                        f"Feed {i % columns}",
                        f"https://feed{i % columns}.example/{i}",
                        title,
                        sentence(rng, 35),
                        f"Reporter {rng.randrange(300)}",
                        start + step * i,
                    ),
                )
            )
        with transaction(conn):
            for column_id in ids:
                mine = [item for cid, item in items if cid == column_id]
                monitoring.store_items(conn, column_id, mine, [False] * len(mine), start)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    print(f"(built {count:,} monitoring items in {time.perf_counter() - began:.0f} s)")
    return database
