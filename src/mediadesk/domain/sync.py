"""What the office sync puts in front of people: conflicts and refusals to settle."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from mediadesk.domain.audit import FIELD_LABELS

TIMES = frozenset({"received", "deadline", "responded_at", "cleared_at"})


def shown(field: str, stored: str | None) -> str:
    """A stored JSON value as a person reads it."""
    if stored is None:
        return ""
    try:
        value = json.loads(stored)
    except ValueError:
        return stored
    if value is None:
        return ""
    if field in TIMES and isinstance(value, int | float) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, UTC).strftime("%d/%m/%Y %H:%M UTC")
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


@dataclass(frozen=True)
class Conflict:
    """One field two people changed from the same version, or a change the office refused."""

    id: int
    shared: bool  # the office's (every laptop sees it) rather than this laptop's alone
    entity: str
    uid: str
    field: str
    ref: str
    subject: str
    original: str | None  # JSON as stored
    mine: str | None
    mine_by: str
    theirs: str | None
    theirs_by: str
    reason: str  # why the office refused it ('' for a conflict)
    noted: datetime

    @property
    def label(self) -> str:
        return FIELD_LABELS.get(self.field, self.field.replace("_", " ").capitalize())

    @property
    def refused(self) -> bool:
        return bool(self.reason)
