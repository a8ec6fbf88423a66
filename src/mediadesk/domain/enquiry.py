"""Enquiries, contacts and outlets, and the enquiry workflow."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from mediadesk.errors import ValidationError
from mediadesk.words import QT_TRANSLATE_NOOP, Said


class Status(StrEnum):
    """Where an enquiry is in its life."""

    NEW = "new"
    IN_PROGRESS = "in_progress"
    AWAITING_CLEARANCE = "awaiting_clearance"
    CLEARED = "cleared"
    RESPONDED = "responded"
    CLOSED = "closed"
    DECLINED = "declined"
    NO_RESPONSE = "no_response"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @property
    def is_open(self) -> bool:
        return self in OPEN_STATUSES


_STATUS_LABELS = {
    Status.NEW: QT_TRANSLATE_NOOP("Labels", "New"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
    Status.AWAITING_CLEARANCE: QT_TRANSLATE_NOOP("Labels", "Awaiting clearance"),
    Status.CLEARED: QT_TRANSLATE_NOOP("Labels", "Cleared"),
    Status.RESPONDED: QT_TRANSLATE_NOOP("Labels", "Responded"),
    Status.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    Status.DECLINED: QT_TRANSLATE_NOOP("Labels", "Declined"),
    Status.NO_RESPONSE: QT_TRANSLATE_NOOP("Labels", "No response"),
}

OPEN_STATUSES = frozenset(
    {Status.NEW, Status.IN_PROGRESS, Status.AWAITING_CLEARANCE, Status.CLEARED}
)

TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.NEW: frozenset(
        {
            Status.IN_PROGRESS,
            Status.AWAITING_CLEARANCE,
            Status.DECLINED,
            Status.NO_RESPONSE,
            Status.CLOSED,
        }
    ),
    Status.IN_PROGRESS: frozenset(
        {Status.AWAITING_CLEARANCE, Status.DECLINED, Status.NO_RESPONSE, Status.CLOSED}
    ),
    Status.AWAITING_CLEARANCE: frozenset({Status.CLEARED, Status.IN_PROGRESS}),
    Status.CLEARED: frozenset({Status.RESPONDED, Status.AWAITING_CLEARANCE, Status.IN_PROGRESS}),
    Status.RESPONDED: frozenset({Status.CLOSED, Status.IN_PROGRESS}),
    Status.CLOSED: frozenset({Status.IN_PROGRESS}),
    Status.DECLINED: frozenset({Status.IN_PROGRESS, Status.CLOSED}),
    Status.NO_RESPONSE: frozenset({Status.IN_PROGRESS, Status.CLOSED}),
}


def check_transition(current: Status, target: Status) -> None:
    """Raise ValidationError unless the workflow allows current -> target."""
    if target not in TRANSITIONS[current]:
        raise ValidationError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages", "An enquiry that is {current} cannot be moved to {target}."
                ),
                current=current.label.lower(),
                target=target.label.lower(),
            )
        )


class Channel(StrEnum):
    """How the enquiry arrived."""

    PHONE = "phone"
    EMAIL = "email"
    SOCIAL = "social"
    IN_PERSON = "in_person"

    @property
    def label(self) -> str:
        return {
            "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
            "email": QT_TRANSLATE_NOOP("Labels", "Email"),
            "social": QT_TRANSLATE_NOOP("Labels", "Social media"),
            "in_person": QT_TRANSLATE_NOOP("Labels", "In person"),
        }[self.value]


class Priority(StrEnum):
    """How urgent the enquiry is."""

    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"

    @property
    def label(self) -> str:
        return {
            "low": QT_TRANSLATE_NOOP("Labels", "Low"),
            "normal": QT_TRANSLATE_NOOP("Labels", "Normal"),
            "high": QT_TRANSLATE_NOOP("Labels", "High"),
            "urgent": QT_TRANSLATE_NOOP("Labels", "Urgent"),
        }[self.value]


class ResponseType(StrEnum):
    """On what terms the response was given."""

    NONE = ""
    ON_RECORD = "on_record"
    BACKGROUND = "background"
    STATEMENT = "statement"
    DECLINED = "declined"

    @property
    def label(self) -> str:
        return {
            "": "—",
            "on_record": QT_TRANSLATE_NOOP("Labels", "On the record"),
            "background": QT_TRANSLATE_NOOP("Labels", "Background"),
            "statement": QT_TRANSLATE_NOOP("Labels", "Statement"),
            "declined": QT_TRANSLATE_NOOP("Labels", "Declined to comment"),
        }[self.value]


class OutletType(StrEnum):
    """What kind of outlet a journalist works for."""

    NATIONAL = "national"
    REGIONAL = "regional"
    TRADE = "trade"
    BROADCAST = "broadcast"
    ONLINE = "online"

    @property
    def label(self) -> str:
        return {
            "national": QT_TRANSLATE_NOOP("Labels", "National"),
            "regional": QT_TRANSLATE_NOOP("Labels", "Regional"),
            "trade": QT_TRANSLATE_NOOP("Labels", "Trade"),
            "broadcast": QT_TRANSLATE_NOOP("Labels", "Broadcast"),
            "online": QT_TRANSLATE_NOOP("Labels", "Online"),
        }[self.value]


@dataclass(frozen=True)
class Outlet:
    """A news organisation."""

    id: int
    name: str
    type: OutletType


@dataclass(frozen=True)
class Contact:
    """A journalist in the directory."""

    id: int
    name: str
    outlet_id: int | None = None
    outlet_name: str = ""
    role: str = ""
    phone: str = ""
    email: str = ""
    handles: str = ""


@dataclass(frozen=True)
class Enquiry:
    """One media enquiry, as stored."""

    id: int
    ref: str
    received: datetime
    channel: Channel
    subject: str
    questions: str = ""
    deadline: datetime | None = None
    priority: Priority = Priority.NORMAL
    owner: str = ""
    status: Status = Status.NEW
    contact_id: int | None = None
    journalist: str = ""
    outlet_id: int | None = None
    outlet: str = ""
    outlet_type: OutletType | None = None
    response: str = ""
    response_type: ResponseType = ResponseType.NONE
    cleared_by: str = ""
    cleared_at: datetime | None = None
    responded_at: datetime | None = None
    tags: tuple[str, ...] = field(default_factory=tuple)
    updated: datetime | None = None


@dataclass(frozen=True)
class NewEnquiry:
    """What the quick-log form collects."""

    received: datetime
    channel: Channel
    subject: str
    journalist: str = ""
    outlet: str = ""
    questions: str = ""
    deadline: datetime | None = None
    priority: Priority = Priority.NORMAL
    owner: str = ""
    tags: tuple[str, ...] = ()
    outlet_type: OutletType | None = None  # for an outlet new to the directory

    def validated(self) -> NewEnquiry:
        """Return self, or raise ValidationError naming what is missing."""
        if not self.subject.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Messages", "Give the enquiry a subject."))
        if self.deadline is not None and self.deadline < self.received:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "The deadline is before the enquiry was received.")
            )
        return self


def format_ref(year: int, number: int) -> str:
    """The readable reference, e.g. ENQ-2026-00042."""
    return f"ENQ-{year}-{number:05d}"


def normalise_tags(text: str) -> tuple[str, ...]:
    """Split a comma-separated tag string into clean, unique, lower-case tags."""
    seen: list[str] = []
    for part in text.replace(";", ",").split(","):
        tag = " ".join(part.split()).lower()
        if tag and tag not in seen:
            seen.append(tag)
    return tuple(seen)


def name_key(name: str) -> str:
    """A key for spotting the same person or outlet written differently."""
    cleaned = "".join(ch for ch in name.casefold() if ch.isalnum() or ch.isspace())
    return " ".join(cleaned.split())
