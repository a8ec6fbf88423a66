"""Workflow, deadline and tag rules."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest

from mediadesk.domain.deadlines import (
    QuickDeadline,
    Urgency,
    countdown,
    quick_deadline,
    reminders_due,
    urgency,
)
from mediadesk.domain.enquiry import (
    Channel,
    NewEnquiry,
    Status,
    check_transition,
    format_ref,
    name_key,
    normalise_tags,
)
from mediadesk.errors import ValidationError

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def test_reference_is_readable_and_zero_padded() -> None:
    assert format_ref(2026, 42) == "ENQ-2026-00042"


def test_workflow_allows_the_happy_path() -> None:
    path = [
        Status.NEW,
        Status.IN_PROGRESS,
        Status.AWAITING_CLEARANCE,
        Status.CLEARED,
        Status.RESPONDED,
        Status.CLOSED,
    ]
    for current, target in itertools.pairwise(path):
        check_transition(current, target)


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (Status.NEW, Status.RESPONDED),
        (Status.IN_PROGRESS, Status.CLEARED),
        (Status.CLOSED, Status.RESPONDED),
    ],
)
def test_workflow_refuses_skipping_clearance(current: Status, target: Status) -> None:
    with pytest.raises(ValidationError, match="cannot be moved"):
        check_transition(current, target)


def test_quick_deadlines() -> None:
    assert quick_deadline(QuickDeadline.MIN_30, NOW) == NOW + timedelta(minutes=30)
    assert quick_deadline(QuickDeadline.HOUR_2, NOW) == NOW + timedelta(hours=2)
    end = quick_deadline(QuickDeadline.END_OF_DAY, NOW)
    assert end is not None and (end.hour, end.minute) == (17, 30)
    late = NOW.replace(hour=18)
    end_late = quick_deadline(QuickDeadline.END_OF_DAY, late)
    assert end_late is not None and (end_late.hour, end_late.minute) == (23, 59)
    assert quick_deadline(QuickDeadline.NONE, NOW) is None


def test_countdown_and_urgency() -> None:
    assert countdown(NOW + timedelta(minutes=85), NOW) == "in 1 h 25 min"
    assert countdown(NOW - timedelta(minutes=12), NOW) == "12 min overdue"
    assert countdown(NOW + timedelta(seconds=30), NOW) == "in 1 min"
    assert urgency(NOW + timedelta(minutes=45), NOW, True) is Urgency.DUE_SOON
    assert urgency(NOW - timedelta(minutes=1), NOW, True) is Urgency.OVERDUE
    assert urgency(NOW - timedelta(minutes=1), NOW, False) is Urgency.NONE
    assert urgency(NOW + timedelta(hours=3), NOW, True) is Urgency.OK


def test_reminders_fire_once_each() -> None:
    deadline = NOW + timedelta(minutes=40)
    before = timedelta(minutes=30)
    assert reminders_due(deadline, before, NOW, NOW + timedelta(minutes=5)) == []
    assert reminders_due(
        deadline, before, NOW + timedelta(minutes=5), NOW + timedelta(minutes=11)
    ) == ["before"]
    assert reminders_due(
        deadline, before, NOW + timedelta(minutes=11), NOW + timedelta(minutes=41)
    ) == ["due"]


def test_tags_and_name_keys() -> None:
    assert normalise_tags(" Health, NHS;health ,  ") == ("health", "nhs")
    assert name_key("  Jane   O'Neil ") == name_key("jane oneil")


def test_new_enquiry_needs_subject_and_sane_deadline() -> None:
    with pytest.raises(ValidationError, match="subject"):
        NewEnquiry(NOW, Channel.PHONE, "  ").validated()
    with pytest.raises(ValidationError, match="before"):
        NewEnquiry(NOW, Channel.PHONE, "x", deadline=NOW - timedelta(hours=1)).validated()
