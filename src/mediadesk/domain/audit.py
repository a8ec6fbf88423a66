"""The audit log as people read it: a change in words, and the verdict on the hash chain."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from mediadesk.domain.enquiry import Channel, Priority, ResponseType, Status


@dataclass(frozen=True)
class ChainReport:
    """The outcome of checking the audit chain."""

    rows: int
    problems: tuple[str, ...]

    @property
    def intact(self) -> bool:
        return not self.problems


FIELD_LABELS = {
    "subject": "Subject",
    "journalist": "Journalist",
    "outlet": "Outlet",
    "questions": "Questions",
    "owner": "Owner",
    "response": "Response lines",
    "response_type": "Given as",
    "tags": "Tags",
    "deadline": "Deadline",
    "priority": "Priority",
    "channel": "Channel",
    "status": "Status",
    "cleared_by": "Cleared by",
    "received": "Received",
}
VALUE_KINDS: dict[str, Any] = {
    "status": Status,
    "priority": Priority,
    "channel": Channel,
    "response_type": ResponseType,
}


def _value(field: str, value: str | None) -> str:
    if not value:
        return "—"
    kind = VALUE_KINDS.get(field)
    if kind is not None:
        try:
            return str(kind(value).label)
        except ValueError:
            return value
    if field in ("deadline", "received"):
        try:
            return datetime.fromisoformat(value).astimezone().strftime("%d/%m/%Y %H:%M")
        except ValueError:
            return value
    return _short(value)


def describe_change(field: str, old: str | None, new: str | None) -> str:
    """A history line such as 'Status: In progress → Awaiting clearance'."""
    return f"{FIELD_LABELS.get(field, field)}: {_value(field, old)} → {_value(field, new)}"


def _short(value: str | None, limit: int = 60) -> str:
    text = (value or "").replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"
