"""What the office sync puts in front of people: conflicts and refusals to settle."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from mediadesk.domain.audit import FIELD_LABELS
from mediadesk.domain.enquiry import Channel, Priority, ResponseType, Status

TIMES = frozenset({"received", "deadline", "responded_at", "cleared_at"})
REQUIRED = ("ref", "received", "channel", "subject")  # an enquiry is not one without them
CHOICES: dict[str, frozenset[str]] = {
    "channel": frozenset(m.value for m in Channel),
    "priority": frozenset(m.value for m in Priority),
    "status": frozenset(m.value for m in Status),
    "response_type": frozenset(m.value for m in ResponseType),
}
MAX_TEXT = 1_000_000


def is_version(value: Any) -> bool:
    """Whether the office's version number for a field is one (a PostgreSQL int, not bool)."""
    return type(value) is int and 0 <= value < 2**31


def fits(field: str, value: Any) -> bool:
    """Whether a pulled value can stand in its field here (anything else is left out)."""
    if field == "_deleted":
        return value is True
    if field in TIMES or field == "anonymised":
        if value is None:  # received and anonymised are never empty
            return field not in ("received", "anonymised")
        return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**40
    if field in CHOICES:
        return isinstance(value, str) and value in CHOICES[field]
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        return False
    return bool(value.strip()) or field not in REQUIRED  # a reference or subject stays


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
