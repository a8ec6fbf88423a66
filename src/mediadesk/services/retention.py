"""Reviewing enquiries past the retention period, and deleting or anonymising them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from mediadesk.domain.enquiry import Enquiry
from mediadesk.storage import audit
from mediadesk.storage import enquiries as repo
from mediadesk.storage.db import Connection, transaction

ANONYMISED = "[anonymised under the retention policy]"


def cutoff(now: datetime, months: int) -> datetime:
    """The received time before which enquiries are due for disposal."""
    return now - timedelta(days=round(months * 30.44))


def due(conn: Connection, now: datetime, months: int) -> list[Enquiry]:
    """Enquiries received before the cut-off that are not yet anonymised, oldest first."""
    ids = repo.ids_received_before(conn, cutoff(now, months))
    rows = repo.get_many(conn, ids)
    return [rows[i] for i in ids]


def delete(conn: Connection, ids: Sequence[int], actor: str, now: datetime) -> int:
    """Delete enquiries; the audit log keeps that they existed and were disposed of."""
    with transaction(conn):
        for enquiry_id in ids:
            audit.redact(conn, "enquiry", enquiry_id)
            repo.unindex(conn, enquiry_id)
            repo.delete(conn, enquiry_id)
            audit.append(
                conn,
                actor=actor,
                entity="enquiry",
                entity_id=enquiry_id,
                action="disposed",
                field="deleted",
                ts=now,
            )
    return len(ids)


def anonymise(conn: Connection, ids: Sequence[int], actor: str, now: datetime) -> int:
    """Remove personal data and wording, keep the statistics (dates, outlet, status)."""
    with transaction(conn):
        for enquiry_id in ids:
            audit.redact(conn, "enquiry", enquiry_id)
            repo.update(
                conn,
                enquiry_id,
                {
                    "contact_id": None,
                    "questions": ANONYMISED,
                    "response": ANONYMISED,
                    "subject": ANONYMISED,
                    "owner": "",
                    "cleared_by": "",
                    "anonymised": 1,
                    "updated": repo.to_ts(now),
                },
            )
            repo.reindex(conn, [enquiry_id])
            audit.append(
                conn,
                actor=actor,
                entity="enquiry",
                entity_id=enquiry_id,
                action="disposed",
                field="anonymised",
                ts=now,
            )
    return len(ids)
