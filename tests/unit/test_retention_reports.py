"""Retention disposal, the enquiries report and the handover sheet."""

from __future__ import annotations

from datetime import timedelta

from mediadesk.context import AppContext
from mediadesk.domain.enquiry import Channel, NewEnquiry, ResponseType, Status
from mediadesk.services import handover, reports, retention
from mediadesk.storage import enquiries as repo
from mediadesk.storage.audit import verify
from tests.conftest import FakeClock


def _log(ctx: AppContext, subject: str, hours: float = 2, **kw: str) -> int:
    return (
        ctx.enquiries()
        .create(
            NewEnquiry(
                ctx.clock(),
                Channel.PHONE,
                subject,
                journalist=kw.get("journalist", "Jane Smith"),
                outlet=kw.get("outlet", "Daily Bugle"),
                questions="secret question text",
                deadline=ctx.clock() + timedelta(hours=hours),
                tags=("health",),
            )
        )
        .id
    )


def test_retention_anonymises_and_records_disposal(ctx: AppContext, clock: FakeClock) -> None:
    old = _log(ctx, "Old story")
    clock.now += timedelta(days=800)
    new = _log(ctx, "New story")
    due = retention.due(ctx.conn, clock.now, 24)
    assert [e.id for e in due] == [old]
    retention.anonymise(ctx.conn, [old], "Alex Officer", clock.now)
    gone = ctx.enquiries().get(old)
    assert gone.questions == retention.ANONYMISED and gone.journalist == ""
    assert repo.search_ids(ctx.conn, repo.EnquiryFilter(text="secret")) == [new]
    history = ctx.enquiries().history(old)
    assert history[-1].action == "disposed" and history[-1].field == "anonymised"
    assert all(h.old is None and h.new is None for h in history[:-1])
    assert verify(ctx.conn).intact
    assert retention.due(ctx.conn, clock.now, 24) == []


def test_retention_delete(ctx: AppContext, clock: FakeClock) -> None:
    old = _log(ctx, "Old story")
    clock.now += timedelta(days=800)
    retention.delete(ctx.conn, [old], "Alex Officer", clock.now)
    assert repo.get(ctx.conn, old) is None
    assert ctx.enquiries().history(old)[-1].field == "deleted"
    assert verify(ctx.conn).intact


def test_report_counts_weeks_types_tags_and_on_time(ctx: AppContext, clock: FakeClock) -> None:
    service = ctx.enquiries()

    def answer(eid: int) -> None:
        service.update(eid, response="Lines", response_type=ResponseType.ON_RECORD)
        service.set_status(eid, Status.AWAITING_CLEARANCE)
        service.set_status(eid, Status.CLEARED)
        service.set_status(eid, Status.RESPONDED)

    answer(_log(ctx, "Answered in time", hours=2))
    _log(ctx, "Never answered", hours=1, outlet="Trade Weekly")
    clock.now += timedelta(days=14)
    late = _log(ctx, "Answered late", hours=1)
    clock.now += timedelta(hours=3)
    answer(late)
    report = reports.build(repo.search(ctx.conn, repo.EnquiryFilter()), clock())
    assert report.total == 3
    assert [count for _, count in report.per_week] == [2, 0, 1]
    assert dict(report.by_tag) == {"health": 3}
    assert report.with_deadline == 3 and report.answered_on_time == 1
    assert report.on_time_share is not None and abs(report.on_time_share - 1 / 3) < 1e-9
    assert report.not_yet_due == 0


def test_an_open_enquiry_with_time_left_is_not_yet_due_rather_than_late(
    ctx: AppContext, clock: FakeClock
) -> None:
    _log(ctx, "Two hours left", hours=2)
    report = reports.build(repo.search(ctx.conn, repo.EnquiryFilter()), clock())
    assert (report.with_deadline, report.not_yet_due, report.on_time_share) == (0, 1, None)
    clock.now += timedelta(hours=3)  # and now it is late
    report = reports.build(repo.search(ctx.conn, repo.EnquiryFilter()), clock())
    assert (report.with_deadline, report.not_yet_due, report.on_time_share) == (1, 0, 0.0)


def test_handover_sheet_lists_open_enquiries_by_deadline(ctx: AppContext, clock: FakeClock) -> None:
    _log(ctx, "Later <b>story</b>", hours=5)
    _log(ctx, "Sooner story", hours=1)
    closed = _log(ctx, "Closed story", hours=1)
    ctx.enquiries().set_status(closed, Status.CLOSED)
    page = handover.sheet_html(ctx.enquiries().open_by_deadline(), clock.now, "Alex")
    assert page.index("Sooner story") < page.index("Later &lt;b&gt;story")
    assert "Closed story" not in page
    assert "2 open, 0 overdue" in page


def test_report_periods_are_local_weeks_and_months() -> None:
    from datetime import datetime as dt

    friday = dt(2026, 11, 20, 15, 0).astimezone()
    since, until = reports.period("This week", friday)
    assert since is not None and until is not None
    assert (since.date().isoformat(), until.date().isoformat()) == ("2026-11-16", "2026-11-23")
    since, until = reports.period("Last week", friday)
    assert since is not None and since.date().isoformat() == "2026-11-09"
    since, until = reports.period("Last month", friday)
    assert since is not None and until is not None
    assert (since.date().isoformat(), until.date().isoformat()) == ("2026-10-01", "2026-11-01")
    assert reports.period("As listed", friday) == (None, None)


def test_custom_report_dates_cover_whole_local_days_in_either_order() -> None:
    from datetime import date
    from datetime import datetime as dt

    now = dt(2026, 11, 20, 15, 0).astimezone()
    since, until = reports.period("Custom dates", now, date(2026, 11, 12), date(2026, 11, 3))
    assert since is not None and until is not None
    assert since == dt(2026, 11, 3).astimezone()  # the start of the first day
    assert until == dt(2026, 11, 13).astimezone()  # the end of the last (exclusive)
    assert reports.period("Custom dates", now) == (None, None)  # no dates yet: as listed
