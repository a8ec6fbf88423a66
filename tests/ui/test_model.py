"""The lazy enquiry model obeys Qt's model contract and pages its rows."""

from __future__ import annotations

from collections.abc import Sequence

from pytestqt.qtbot import QtBot

from mediadesk.context import AppContext
from mediadesk.domain.enquiry import Channel, Enquiry, NewEnquiry
from mediadesk.storage import enquiries as repo
from mediadesk.ui.enquiries import model as model_module
from mediadesk.ui.enquiries.model import Column, EnquiryTableModel


def test_model_passes_qt_model_tester(qtmodeltester: object, ctx: AppContext) -> None:
    service = ctx.enquiries()
    service.create_many(
        [
            NewEnquiry(ctx.clock(), Channel.EMAIL, f"Subject {i}", journalist=f"J {i % 3}")
            for i in range(30)
        ]
    )
    model = EnquiryTableModel(ctx.desk.enquiries.get_many, ctx.clock)
    model.set_ids(repo.search_ids(ctx.conn, repo.EnquiryFilter()))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 30
    assert model.data(model.index(0, Column.SUBJECT)) == "Subject 29"


def test_rows_are_fetched_a_page_at_a_time(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.enquiries().create_many(
        [NewEnquiry(ctx.clock(), Channel.EMAIL, f"S{i}") for i in range(600)]
    )
    calls: list[int] = []

    def counting(ids: Sequence[int]) -> dict[int, Enquiry]:
        calls.append(len(ids))
        return ctx.desk.enquiries.get_many(ids)

    model = EnquiryTableModel(counting, ctx.clock)
    model.set_ids(repo.search_ids(ctx.conn, repo.EnquiryFilter()))
    for row in range(0, model_module.PAGE // 2):  # a screenful
        model.data(model.index(row, Column.REF))
    assert calls == [model_module.PAGE]
    model.data(model.index(550, Column.REF))
    assert len(calls) == 2


def test_the_monitoring_item_model_passes_qt_model_tester(
    qtmodeltester: object, ctx: AppContext
) -> None:
    from mediadesk.domain.monitoring import FeedItem, StoredItem
    from mediadesk.ui.monitoring.model import ItemListModel

    now = ctx.clock()
    items = [
        StoredItem(
            n,
            FeedItem(f"k{n}", "Source", f"https://x.example/{n}", f"T{n}", "S", "A", now),
            now,
            n % 2 == 0,
            n % 3 == 0,
        )
        for n in range(25)
    ]
    model = ItemListModel(ctx.clock)
    model.set_items(items)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 25 and model.item(3) == items[3]
    model.set_items([])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 0 and model.item(0) is None
