"""Deadline quick choices, countdown text and due-soon rules."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from enum import Enum

from mediadesk.words import QT_TRANSLATE_NOOP

DUE_SOON = timedelta(minutes=60)
END_OF_WORKING_DAY = time(17, 30)


class QuickDeadline(Enum):
    """The quick choices offered when logging an enquiry."""

    MIN_30 = QT_TRANSLATE_NOOP("Labels", "30 min")
    HOUR_1 = QT_TRANSLATE_NOOP("Labels", "1 hour")
    HOUR_2 = QT_TRANSLATE_NOOP("Labels", "2 hours")
    END_OF_DAY = QT_TRANSLATE_NOOP("Labels", "End of day")
    NONE = QT_TRANSLATE_NOOP("Labels", "No deadline")
    CUSTOM = QT_TRANSLATE_NOOP("Labels", "Custom…")


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


def _same(text: str) -> str:
    return text


def _span(seconds: int, tr: Callable[[str], str]) -> str:
    minutes = max(seconds // 60, 0)
    if minutes < 60:
        return tr(QT_TRANSLATE_NOOP("Countdown", "{m} min")).format(m=minutes)
    hours, rest = divmod(minutes, 60)
    if hours < 24:
        if rest:
            hours_minutes = tr(QT_TRANSLATE_NOOP("Countdown", "{h} h {m} min"))
            return hours_minutes.format(h=hours, m=f"{rest:02d}")
        return tr(QT_TRANSLATE_NOOP("Countdown", "{h} h")).format(h=hours)
    days, hours = divmod(hours, 24)
    if days >= 2 or not hours:
        return tr(QT_TRANSLATE_NOOP("Countdown", "{d} d")).format(d=days)
    return tr(QT_TRANSLATE_NOOP("Countdown", "{d} d {h} h")).format(d=days, h=hours)


def countdown(deadline: datetime | None, now: datetime, tr: Callable[[str], str] = _same) -> str:
    """Text such as 'in 1 h 25 min' or '12 min overdue'; tr translates its words."""
    if deadline is None:
        return ""
    delta = int((deadline - now).total_seconds())
    if delta >= 0:
        span = _span(delta + 59, tr) if delta < 3600 else _span(delta, tr)
        return tr(QT_TRANSLATE_NOOP("Countdown", "in {span}")).format(span=span)
    return tr(QT_TRANSLATE_NOOP("Countdown", "{span} overdue")).format(span=_span(-delta, tr))


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
