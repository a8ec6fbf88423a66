"""Import of a 10,000-row CSV log vs a raw csv.reader + INSERT of the same rows."""

from __future__ import annotations

import csv
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import enquiries
from mediadesk.paths import ProfilePaths
from mediadesk.secrets import MemoryStore
from mediadesk.services import spreadsheet
from mediadesk.services.enquiries import EnquiryService
from mediadesk.storage.profile import open_profile

ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000


def write_csv(path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            [
                "Received",
                "Journalist",
                "Outlet",
                "Subject",
                "Questions",
                "Deadline",
                "Priority",
                "Owner",
                "Tags",
            ]
        )
        for e in enquiries(ROWS):
            assert e.deadline is not None
            writer.writerow(
                [
                    e.received.strftime("%d/%m/%Y %H:%M"),
                    e.journalist,
                    e.outlet,
                    e.subject,
                    e.questions,
                    e.deadline.strftime("%d/%m/%Y %H:%M"),
                    e.priority.label,
                    e.owner,
                    ", ".join(e.tags),
                ]
            )


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "log.csv"
        write_csv(source)
        raw_db = open_profile(ProfilePaths(Path(tmp) / "raw", custom=True), MemoryStore())
        conn = raw_db.connect()
        began = time.perf_counter()
        with source.open(encoding="utf-8") as handle:
            rows = list(csv.reader(handle))[1:]
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO enquiries(ref, received, channel, subject, questions, updated)"
            " VALUES (?, 0, 'phone', ?, ?, 0)",
            [(f"R{i}", r[3], r[4]) for i, r in enumerate(rows)],
        )
        conn.execute("COMMIT")
        raw = time.perf_counter() - began
        conn.close()

        db = open_profile(ProfilePaths(Path(tmp) / "ours", custom=True), MemoryStore())
        conn = db.connect()
        began = time.perf_counter()
        table = spreadsheet.read_table(source)
        plan = spreadsheet.plan_import(table, spreadsheet.guess_mapping(table.headers))
        assert not plan.errors
        EnquiryService(conn, "bench").create_many(plan.items, plan.statuses)
        ours = time.perf_counter() - began
        conn.close()
        print(
            f"import of {ROWS:,} CSV rows: {ours:.2f} s ({ROWS / ours:,.0f} rows/s; raw "
            f"csv + INSERT {raw:.2f} s); ratio {ours / raw:.1f}x (checks every row, links the "
            "directory, indexes and audits each enquiry)"
        )


if __name__ == "__main__":
    main()
