"""Figures for the enquiries report: volume per week, by outlet type and tag, on time."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from mediadesk.domain.enquiry import Enquiry
from mediadesk.words import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Report:
    """The report over a set of enquiries."""

    total: int
    per_week: list[tuple[date, int]]
    by_outlet_type: list[tuple[str, int]]
    by_tag: list[tuple[str, int]]
    with_deadline: int  # whose deadline has come, or that were answered: the ones judged
    answered_on_time: int
    not_yet_due: int = 0  # open, with time left: neither on time nor late yet

    @property
    def on_time_share(self) -> float | None:
        """Share of enquiries due by now that were answered by their deadline (None if none)."""
        return None if not self.with_deadline else self.answered_on_time / self.with_deadline


def week_start(moment: datetime) -> date:
    """The Monday of the (local) week containing `moment`."""
    local = moment.astimezone().date()
    return local - timedelta(days=local.weekday())


def build(enquiries: Sequence[Enquiry], now: datetime, top_tags: int = 10) -> Report:
    """Compute the report's figures as they stand at `now`."""
    weeks: Counter[date] = Counter(week_start(e.received) for e in enquiries)
    if weeks:
        first, last = min(weeks), max(weeks)
        span = [first + timedelta(weeks=i) for i in range((last - first).days // 7 + 1)]
    else:
        span = []
    outlet_types: Counter[str] = Counter(
        e.outlet_type.label if e.outlet_type else QT_TRANSLATE_NOOP("Labels", "Unknown")
        for e in enquiries
    )
    tags: Counter[str] = Counter(t for e in enquiries for t in e.tags)
    with_deadline = [
        e
        for e in enquiries
        if e.deadline is not None and (e.responded_at is not None or e.deadline <= now)
    ]
    waiting = sum(
        1
        for e in enquiries
        if e.deadline is not None and e.responded_at is None and e.deadline > now
    )
    on_time = sum(
        1
        for e in with_deadline
        if e.responded_at is not None and e.deadline is not None and e.responded_at <= e.deadline
    )
    return Report(
        total=len(enquiries),
        per_week=[(w, weeks.get(w, 0)) for w in span],
        by_outlet_type=outlet_types.most_common(),
        by_tag=tags.most_common(top_tags),
        with_deadline=len(with_deadline),
        answered_on_time=on_time,
        not_yet_due=waiting,
    )


PERIODS = (
    QT_TRANSLATE_NOOP("Labels", "As listed"),
    QT_TRANSLATE_NOOP("Labels", "This week"),
    QT_TRANSLATE_NOOP("Labels", "Last week"),
    QT_TRANSLATE_NOOP("Labels", "This month"),
    QT_TRANSLATE_NOOP("Labels", "Last month"),
    QT_TRANSLATE_NOOP("Labels", "Custom dates"),
)
CUSTOM = "Custom dates"


def period(
    name: str, now: datetime, first: date | None = None, last: date | None = None
) -> tuple[datetime | None, datetime | None]:
    """The received-time range [from, to) a report period means at `now` (local weeks start
    on Monday; custom dates run from the start of `first` to the end of `last`, in either
    order); (None, None) for the enquiries as listed."""
    local = now.astimezone()
    if name == CUSTOM and first is not None and last is not None:
        start, end = sorted((first, last))
        since = datetime.combine(start, time.min).astimezone()
        return since, datetime.combine(end + timedelta(days=1), time.min).astimezone()
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    monday = midnight - timedelta(days=midnight.weekday())
    first = midnight.replace(day=1)
    next_month = (first + timedelta(days=32)).replace(day=1)
    previous_month = (first - timedelta(days=1)).replace(day=1)
    ranges: dict[str, tuple[datetime | None, datetime | None]] = {
        "This week": (monday, monday + timedelta(weeks=1)),
        "Last week": (monday - timedelta(weeks=1), monday),
        "This month": (first, next_month),
        "Last month": (previous_month, first),
    }
    return ranges.get(name, (None, None))


def within(
    enquiries: Sequence[Enquiry], since: datetime | None, until: datetime | None
) -> list[Enquiry]:
    """The enquiries received in [since, until)."""
    return [
        e
        for e in enquiries
        if (since is None or e.received >= since) and (until is None or e.received < until)
    ]
