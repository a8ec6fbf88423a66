"""Spreadsheets as press offices really keep them, and as an attacker would make them."""

from __future__ import annotations

import csv
import subprocess
import sys
import tempfile
import textwrap
import zipfile
from pathlib import Path

import pytest

from mediadesk.context import AppContext
from mediadesk.domain.enquiry import Channel, NewEnquiry, Status
from mediadesk.errors import KnownError
from mediadesk.services import spreadsheet
from mediadesk.storage import enquiries as repo
from tests.spreadsheets import xlsx, xlsx_bomb

ROOT = Path(__file__).resolve().parents[2]
HEADER = ["Date received", "Method", "Topic", "Query", "Status"]


def _csv(path: Path, rows: list[list[str]], encoding: str = "utf-8", delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def _plan(path: Path, values: spreadsheet.ValueMap | None = None) -> spreadsheet.ImportPlan:
    table = spreadsheet.read_table(path)
    return spreadsheet.plan_import(table, spreadsheet.guess_mapping(table.headers), values)


def test_an_offices_own_words_are_understood(tmp_path: Path) -> None:
    words = [("Open", "Tel"), ("Pending", "E-mail"), ("Chased", "telephone"), ("Done", "Email")]
    words += [("Completed", "Twitter")]
    rows = [HEADER] + [
        [f"2{n}/11/2026 09:00", c, f"S{n}", "Q", s] for n, (s, c) in enumerate(words)
    ]
    plan = _plan(_csv(tmp_path / "log.csv", rows))
    assert plan.errors == []
    assert plan.statuses == [
        Status.IN_PROGRESS,
        Status.IN_PROGRESS,
        Status.IN_PROGRESS,
        Status.RESPONDED,
        Status.RESPONDED,
    ]
    assert [i.channel for i in plan.items] == [
        Channel.PHONE,
        Channel.EMAIL,
        Channel.PHONE,
        Channel.EMAIL,
        Channel.SOCIAL,
    ]


def test_every_problem_of_every_row_is_reported_with_its_column(tmp_path: Path) -> None:
    rows = [
        HEADER,
        ["32/11/2026", "Pigeon", "S", "Q", "Chazed"],
        ["01/01/0001", "Tel", "T", "Q", ""],
    ]
    plan = _plan(_csv(tmp_path / "log.csv", rows))
    messages = [(e.row, e.message) for e in plan.errors]
    assert len(messages) == 4 and [r for r, _ in messages] == [2, 2, 2, 3]
    assert any('"Date received"' in m and "not a real date" in m for _, m in messages)
    assert any('"Method"' in m and "'Pigeon'" in m and "Phone, Email" in m for _, m in messages)
    assert any('"Status"' in m and "In progress" in m for _, m in messages)
    assert "not a plausible date" in messages[3][1]


def test_a_value_map_settles_the_words_left_over(tmp_path: Path) -> None:
    rows = [HEADER, ["21/11/2026", "Pigeon", "S", "Q", "Chazed"]]
    path = _csv(tmp_path / "log.csv", rows)
    table = spreadsheet.read_table(path)
    mapping = spreadsheet.guess_mapping(table.headers)
    assert spreadsheet.unknown_values(table, mapping, {}) == {
        "channel": {"pigeon": "Pigeon"},
        "status": {"chazed": "Chazed"},
    }
    values = spreadsheet.parse_value_map(["status:Chazed=in_progress", "channel:pigeon=In person"])
    plan = spreadsheet.plan_import(table, mapping, values)
    assert plan.errors == [] and plan.statuses == [Status.IN_PROGRESS]
    assert plan.items[0].channel is Channel.IN_PERSON
    with pytest.raises(KnownError, match="not a status"):
        spreadsheet.parse_value_map(["status:Chazed=maybe"])


def test_doubled_quotes_in_a_multi_line_cell_are_read_as_excel_wrote_them(tmp_path: Path) -> None:
    question = 'He said "no"\nthen "left"; again, "no"'
    rows = [["Received", "Subject", "Questions"], ["21/11/2026", "Meals", question]]
    rows.append(["22/11/2026", "Rail", "x"])
    table = spreadsheet.read_table(_csv(tmp_path / "log.csv", rows))
    assert table.rows == rows[1:]


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_only_the_delimiter_is_guessed(tmp_path: Path, delimiter: str) -> None:
    rows = [["Received", "Subject"], ["21/11/2026", 'a, b "c"'], ["22/11/2026", "d"]]
    table = spreadsheet.read_table(_csv(tmp_path / "log.csv", rows, delimiter=delimiter))
    assert [table.headers, *table.rows] == rows


def test_windows_1252_and_a_utf8_bom_are_both_read(tmp_path: Path) -> None:
    rows = [["Received", "Subject"], ["21/11/2026", "£5m for café roofs – “quote”"]]
    excel_uk = spreadsheet.read_table(_csv(tmp_path / "a.csv", rows, encoding="cp1252"))
    bom = spreadsheet.read_table(_csv(tmp_path / "b.csv", rows, encoding="utf-8-sig"))
    assert excel_uk.rows == bom.rows == rows[1:]
    assert bom.headers == ["Received", "Subject"]


def test_a_cell_longer_than_csv_allows_is_refused_in_one_sentence(tmp_path: Path) -> None:
    path = _csv(tmp_path / "log.csv", [["Received", "Subject"], ["21/11/2026", "x" * 140_000]])
    with pytest.raises(KnownError, match=r"cannot be read as CSV|longer than 32,767"):
        spreadsheet.read_table(path)


def test_an_xlsx_cell_longer_than_excel_allows_is_refused(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "log.xlsx", [["Received", "Subject"], ["21/11/2026", "x" * 40_000]])
    with pytest.raises(KnownError, match="longer than 32,767 characters"):
        spreadsheet.read_table(path)


@pytest.mark.parametrize(
    "parts",
    [
        {"[Content_Types].xml": "<Types/>"},
        {"xl/workbook.xml": "<workbook><sheets><sheet name='a' r:id='x'/></sheets>"},
        {"[Content_Types].xml": "\x00" * 10},
    ],
)
def test_a_malformed_workbook_is_refused_plainly(tmp_path: Path, parts: dict[str, str]) -> None:
    path = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    with pytest.raises(KnownError, match=r"could not be read as an Excel workbook|damaged"):
        spreadsheet.read_table(path)


@pytest.mark.parametrize(
    ("rows", "columns", "why"),
    [(210_000, 1, "more than 200,000 rows"), (20_000, 1_000, "unpacks to far more")],
)
def test_an_xlsx_bomb_is_refused_within_bounded_memory(
    tmp_path: Path, rows: int, columns: int, why: str
) -> None:
    bomb = xlsx_bomb(tmp_path / "bomb.xlsx", rows=rows, columns=columns)
    assert bomb.stat().st_size < 3_000_000
    probe = textwrap.dedent(
        f"""
        import resource, sys
        from pathlib import Path
        from mediadesk.errors import KnownError
        from mediadesk.services import spreadsheet
        try:
            spreadsheet.read_table(Path({str(bomb)!r}))
            print("read")
        except KnownError as exc:
            print("refused:", exc.message)
        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    outcome, peak_mb = done.stdout.strip().splitlines()
    assert outcome.startswith("refused:") and why in outcome
    assert int(peak_mb) < 500, f"peak memory {peak_mb} MB"


def test_an_xlsx_export_writes_nothing_outside_the_chosen_file(
    tmp_path: Path, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx.enquiries().create(NewEnquiry(ctx.clock(), Channel.EMAIL, "Secret subject"))
    # Any temporary file now fails: the export must not need one (openpyxl spools the sheet
    # there as plaintext XML).
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "no-such-folder"))
    out = tmp_path / "out" / "export.xlsx"
    out.parent.mkdir()
    assert spreadsheet.export(repo.search(ctx.conn, repo.EnquiryFilter()), out, "xlsx") == 1
    assert [p.name for p in out.parent.iterdir()] == ["export.xlsx"]
    table = spreadsheet.read_table(out)
    assert table.rows[0][table.headers.index("Subject")] == "Secret subject"
