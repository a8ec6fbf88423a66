"""Spreadsheet import (mapping, UK dates, row errors, all-or-nothing) and export."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from mediadesk.context import AppContext
from mediadesk.domain.enquiry import Channel, NewEnquiry, Status
from mediadesk.errors import KnownError, ValidationError
from mediadesk.services import spreadsheet
from mediadesk.storage import enquiries as repo

CSV = """\
Date received,Journalist,Outlet,Topic,Query,Deadline,Status,Tags
21/11/2026 14:30,Jane Smith,Daily Bugle,School meals,How many?,21/11/2026 17:00,Responded,education
03/01/26 9.05am,Omar Khan,Northern Echo,Rail strike,Talks?,,In progress,"transport, strikes"
"""


def test_uk_dates() -> None:
    parsed = spreadsheet.parse_uk_datetime("03/01/2026 14:05")
    assert parsed is not None and (parsed.day, parsed.month, parsed.hour) == (3, 1, 14)
    pm = spreadsheet.parse_uk_datetime("3.1.26 2:05 pm")
    assert pm is not None and (pm.year, pm.hour) == (2026, 14)
    assert spreadsheet.parse_uk_datetime("5 March 2026") is not None
    assert spreadsheet.parse_uk_datetime("") is None
    with pytest.raises(ValidationError, match="not a real date"):
        spreadsheet.parse_uk_datetime("31/02/2026")
    with pytest.raises(ValidationError, match="not a date"):
        spreadsheet.parse_uk_datetime("next Tuesday")


def test_csv_import_maps_headers_and_imports_everything(tmp_path: Path, ctx: AppContext) -> None:
    path = tmp_path / "log.csv"
    path.write_text(CSV, encoding="utf-8")
    table = spreadsheet.read_table(path)
    mapping = spreadsheet.guess_mapping(table.headers)
    assert mapping["subject"] == 3 and mapping["questions"] == 4
    plan = spreadsheet.plan_import(table, mapping)
    assert plan.errors == []
    ctx.enquiries().create_many(plan.items, plan.statuses)
    rows = repo.search(ctx.conn, repo.EnquiryFilter(descending=False))
    assert [r.subject for r in rows] == ["Rail strike", "School meals"]
    assert rows[0].status is Status.IN_PROGRESS and rows[0].tags == ("transport", "strikes")
    assert rows[1].deadline is not None


def test_bad_rows_are_reported_and_nothing_is_imported(tmp_path: Path, ctx: AppContext) -> None:
    path = tmp_path / "log.csv"
    path.write_text(CSV + "32/13/2026,X,Y,Broken,?,,,\n01/01/2026,X,Y,,?,,,\n", encoding="utf-8")
    table = spreadsheet.read_table(path)
    plan = spreadsheet.plan_import(table, spreadsheet.guess_mapping(table.headers))
    assert [e.row for e in plan.errors] == [4, 5]
    assert "subject" in plan.errors[1].message


def test_xlsx_round_trip(tmp_path: Path, ctx: AppContext) -> None:
    service = ctx.enquiries()
    service.create(
        NewEnquiry(
            ctx.clock(), Channel.EMAIL, '=HYPERLINK("evil")', journalist="Ana", outlet="Wire"
        )
    )
    out = tmp_path / "out.xlsx"
    count = spreadsheet.export(repo.search(ctx.conn, repo.EnquiryFilter()), out, "xlsx")
    assert count == 1
    sheet = openpyxl.load_workbook(out).worksheets[0]
    header = [c.value for c in sheet[1]]
    assert header[0] == "Reference" and sheet.cell(2, 1).value == "ENQ-2026-00001"
    # formulas are neutralised
    assert str(sheet.cell(2, header.index("Subject") + 1).value).startswith("'=")
    table = spreadsheet.read_table(out)
    plan = spreadsheet.plan_import(table, spreadsheet.guess_mapping(table.headers))
    assert plan.errors == [] and plan.items[0].channel is Channel.EMAIL


def test_unreadable_files_get_a_clear_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(KnownError, match="could not be read as an Excel workbook"):
        spreadsheet.read_table(bad)
    pdf = tmp_path / "x.pdf"
    pdf.write_text("x")
    with pytest.raises(KnownError, match="not a CSV or XLSX"):
        spreadsheet.read_table(pdf)


def test_export_to_missing_folder_fails_cleanly(tmp_path: Path, ctx: AppContext) -> None:
    with pytest.raises(KnownError, match="Nothing was exported"):
        spreadsheet.export([], tmp_path / "missing" / "out.csv", "csv")
    assert not (tmp_path / "missing").exists()


def test_received_dates_without_zone_are_local() -> None:
    parsed = spreadsheet.parse_uk_datetime(datetime(2026, 6, 1, 12, 0))
    assert parsed is not None and parsed.tzinfo is not None
