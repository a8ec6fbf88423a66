"""The audit log as people read it: a change in words, and the verdict on the hash chain."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from mediadesk.domain.enquiry import Channel, Priority, ResponseType, Status
from mediadesk.words import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ChainReport:
    """The outcome of checking the audit chain."""

    rows: int
    problems: tuple[str, ...]

    @property
    def intact(self) -> bool:
        return not self.problems


FIELD_LABELS = {
    "subject": QT_TRANSLATE_NOOP("Labels", "Subject"),
    "journalist": QT_TRANSLATE_NOOP("Labels", "Journalist"),
    "outlet": QT_TRANSLATE_NOOP("Labels", "Outlet"),
    "questions": QT_TRANSLATE_NOOP("Labels", "Questions"),
    "owner": QT_TRANSLATE_NOOP("Labels", "Owner"),
    "response": QT_TRANSLATE_NOOP("Labels", "Response lines"),
    "response_type": QT_TRANSLATE_NOOP("Labels", "Given as"),
    "tags": QT_TRANSLATE_NOOP("Labels", "Tags"),
    "deadline": QT_TRANSLATE_NOOP("Labels", "Deadline"),
    "priority": QT_TRANSLATE_NOOP("Labels", "Priority"),
    "channel": QT_TRANSLATE_NOOP("Labels", "Channel"),
    "status": QT_TRANSLATE_NOOP("Labels", "Status"),
    "cleared_by": QT_TRANSLATE_NOOP("Labels", "Cleared by"),
    "received": QT_TRANSLATE_NOOP("Labels", "Received"),
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
