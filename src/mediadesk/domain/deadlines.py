"""Deadline quick choices, countdown text and due-soon rules."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from enum import Enum

DUE_SOON = timedelta(minutes=60)
END_OF_WORKING_DAY = time(17, 30)


class QuickDeadline(Enum):
    """The quick choices offered when logging an enquiry."""

    MIN_30 = "30 min"
    HOUR_1 = "1 hour"
    HOUR_2 = "2 hours"
    END_OF_DAY = "End of day"
    NONE = "No deadline"
    CUSTOM = "Custom…"


def quick_deadline(choice: QuickDeadline, now: datetime) -> datetime | None:
    """The deadline a quick choice means at `now` (local, aware); None for none/custom."""
    if choice is QuickDeadline.MIN_30:
        return now + timedelta(minutes=30)
    if choice is QuickDeadline.HOUR_1:
        return now + timedelta(hours=1)
    if choice is QuickDeadline.HOUR_2:
        return now + timedelta(hours=2)
    if choice is QuickDeadline.END_OF_DAY:
        end = now.replace(
            hour=END_OF_WORKING_DAY.hour, minute=END_OF_WORKING_DAY.minute, second=0, microsecond=0
        )
        if end <= now:
            end = now.replace(hour=23, minute=59, second=0, microsecond=0)
        return end
    return None


class Urgency(Enum):
    """How close an open enquiry is to its deadline."""

    NONE = "none"
    OK = "ok"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


def urgency(deadline: datetime | None, now: datetime, is_open: bool) -> Urgency:
    """Classify an enquiry's deadline at `now`."""
    if deadline is None or not is_open:
        return Urgency.NONE
    if deadline <= now:
        return Urgency.OVERDUE
    if deadline - now <= DUE_SOON:
        return Urgency.DUE_SOON
    return Urgency.OK


def _span(seconds: int) -> str:
    minutes = max(seconds // 60, 0)
    if minutes < 60:
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    if hours < 24:
        return f"{hours} h {rest:02d} min" if rest else f"{hours} h"
    days, hours = divmod(hours, 24)
    if days >= 2 or not hours:
        return f"{days} d"
    return f"{days} d {hours} h"


def countdown(deadline: datetime | None, now: datetime) -> str:
    """Text such as 'in 1 h 25 min' or '12 min overdue'."""
    if deadline is None:
        return ""
    delta = int((deadline - now).total_seconds())
    if delta >= 0:
        return f"in {_span(delta + 59)}" if delta < 3600 else f"in {_span(delta)}"
    return f"{_span(-delta)} overdue"


def reminders_due(
    deadline: datetime, before: timedelta, last_check: datetime, now: datetime
) -> list[str]:
    """Which reminders ('before', 'due') fell due in (last_check, now]."""
    due: list[str] = []
    warn_at = deadline - before
    if last_check < warn_at <= now:
        due.append("before")
    if last_check < deadline <= now:
        due.append("due")
    return due
