"""Import enquiry logs from CSV/XLSX and export enquiries to CSV/XLSX."""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from mediadesk.domain.enquiry import (
    Channel,
    Enquiry,
    NewEnquiry,
    Priority,
    Status,
    normalise_tags,
)
from mediadesk.errors import KnownError, ValidationError
from mediadesk.services.import_values import (
    KINDS,
    ValueMap,
    accepted,
    enum_value,
    parse_value_map,
    unknown_values,
)
from mediadesk.services.table_reader import MAX_IMPORT_ROWS, Refused, Table, read_table
from mediadesk.words import QT_TRANSLATE_NOOP, Said

__all__ = [
    "KINDS",
    "MAX_IMPORT_ROWS",
    "Refused",
    "Table",
    "ValueMap",
    "parse_value_map",
    "read_table",
    "unknown_values",
]

# Fields an import can fill, with the header names that map to them automatically.
FIELDS: dict[str, tuple[str, ...]] = {
    "received": ("received", "date received", "date", "logged", "time received", "date/time"),
    "channel": ("channel", "method", "how received", "source"),
    "journalist": ("journalist", "name", "contact", "reporter", "journalist name"),
    "outlet": ("outlet", "publication", "media outlet", "organisation", "news outlet"),
    "subject": ("subject", "topic", "title", "summary"),
    "questions": ("questions", "query", "enquiry", "question", "details"),
    "deadline": ("deadline", "due", "due by", "deadline date"),
    "priority": ("priority",),
    "owner": ("owner", "press officer", "handled by", "assigned to"),
    "status": ("status", "state"),
    "response": ("response", "lines", "answer", "lines given"),
    "tags": ("tags", "tag", "topics", "category"),
}
REQUIRED = ("received", "subject")
EXPORT_HEADERS = (
    "Reference",
    "Received",
    "Channel",
    "Journalist",
    "Outlet",
    "Outlet type",
    "Subject",
    "Questions",
    "Deadline",
    "Priority",
    "Owner",
    "Status",
    "Response",
    "Response type",
    "Cleared by",
    "Cleared at",
    "Responded at",
    "Tags",
)


@dataclass(frozen=True)
class RowError:
    """Why one row cannot be imported (row numbers as the spreadsheet shows them)."""

    row: int
    message: str


@dataclass
class ImportPlan:
    """What an import would add, or why it cannot."""

    items: list[NewEnquiry] = field(default_factory=list)
    statuses: list[Status] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def guess_mapping(headers: Sequence[str]) -> dict[str, int | None]:
    """Match spreadsheet columns to fields by their header names."""
    lowered = [" ".join(h.lower().replace("_", " ").split()) for h in headers]
    mapping: dict[str, int | None] = {}
    for name, synonyms in FIELDS.items():
        mapping[name] = next((i for i, h in enumerate(lowered) if h in synonyms), None)
    return mapping


_UK_DATE = re.compile(
    r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})(?:[ T,]+(\d{1,2})[:.](\d{2})(?::(\d{2}))?"
    r"\s*([ap]\.?m\.?)?)?$",
    re.IGNORECASE,
)
_TEXT_DATE_FORMATS = ("%d %B %Y %H:%M", "%d %b %Y %H:%M", "%d %B %Y", "%d %b %Y")


def parse_uk_datetime(value: Any) -> datetime | None:
    """Parse a date as a UK office writes it (day first); None for an empty cell."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        result = value
    elif isinstance(value, date):
        result = datetime.combine(value, time(9, 0))
    else:
        text = str(value).strip()
        result = _parse_text(text)
    if not 1900 <= result.year <= 2200:
        raise ValidationError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages", "'{value}' is not a plausible date (the year is {year})."
                ),
                value=value,
                year=result.year,
            )
        )
    if result.tzinfo is None:
        result = result.astimezone()
    return result


def _parse_text(text: str) -> datetime:
    match = _UK_DATE.match(text)
    if match:
        day, month, year, hour, minute, second, ampm = match.groups()
        full_year = int(year) + (2000 if len(year) == 2 else 0)
        h = int(hour or 0)
        if ampm:
            h = h % 12 + (12 if ampm.lower().startswith("p") else 0)
        try:
            return datetime(full_year, int(month), int(day), h, int(minute or 0), int(second or 0))
        except ValueError as exc:
            raise ValidationError(
                Said(
                    QT_TRANSLATE_NOOP("Messages", "'{text}' is not a real date ({exc})."),
                    text=text,
                    exc=exc,
                )
            ) from exc
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    for fmt in _TEXT_DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise ValidationError(
        Said(
            QT_TRANSLATE_NOOP(
                "Messages",
                "'{text}' is not a date in a form MediaDesk knows (e.g. 21/11/2026 14:30).",
            ),
            text=text,
        )
    )


def plan_import(
    table: Table, mapping: dict[str, int | None], values: ValueMap | None = None
) -> ImportPlan:
    """Check every row and build the enquiries an import would add; every problem is listed."""
    plan = ImportPlan()
    for required in REQUIRED:
        if mapping.get(required) is None:
            plan.errors.append(RowError(1, f"No column is mapped to '{required}'."))
    if plan.errors:
        return plan
    for offset, row in enumerate(table.rows):
        row_plan = _plan_row(table, mapping, values or {}, row, offset + 2)
        if isinstance(row_plan, list):
            plan.errors.extend(row_plan)
        else:
            plan.items.append(row_plan[0])
            plan.statuses.append(row_plan[1])
    return plan


def _plan_row(
    table: Table, mapping: dict[str, int | None], values: ValueMap, row: list[Any], number: int
) -> tuple[NewEnquiry, Status] | list[RowError]:
    """One row's enquiry and status, or every problem it has, each naming its column."""
    problems: list[RowError] = []

    def header(name: str) -> str:
        index = mapping.get(name)
        shown = table.headers[index] if index is not None and index < len(table.headers) else ""
        return shown or name

    def cell(name: str) -> Any:
        index = mapping.get(name)
        if index is None or index >= len(row):
            return None
        value = row[index]
        return value.strip() if isinstance(value, str) else value

    def text(name: str) -> str:
        value = cell(name)
        return "" if value is None else str(value)

    def when(name: str) -> datetime | None:
        try:
            return parse_uk_datetime(cell(name))
        except ValidationError as exc:
            problems.append(RowError(number, f'column "{header(name)}": {exc.message}'))
            return None

    def member(name: str, default: Any) -> Any:
        raw = text(name)
        if not raw:
            return default
        found = enum_value(name, raw, values)
        if found is None:
            problems.append(
                RowError(
                    number,
                    f"column \"{header(name)}\": '{raw}' is not a {name} MediaDesk knows "
                    f"(use one of: {accepted(name)}, or map it to one).",
                )
            )
            return default
        return found

    received = when("received")
    if received is None and not problems:
        problems.append(RowError(number, f'column "{header("received")}": the date is empty.'))
    deadline = when("deadline")
    channel = member("channel", Channel.PHONE)
    priority = member("priority", Priority.NORMAL)
    status = member("status", Status.NEW)
    if problems or received is None:
        return problems
    try:
        item = NewEnquiry(
            received=received,
            channel=channel,
            subject=text("subject"),
            journalist=text("journalist"),
            outlet=text("outlet"),
            questions=text("questions"),
            deadline=deadline,
            priority=priority,
            owner=text("owner"),
            tags=normalise_tags(text("tags")),
        ).validated()
    except ValidationError as exc:
        return [RowError(number, exc.message)]
    return item, status


def _local(value: datetime | None) -> str:
    return "" if value is None else value.astimezone().strftime("%d/%m/%Y %H:%M")


def _safe(value: str) -> str:
    """Stop a spreadsheet from running a cell as a formula (CSV injection)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def export_rows(enquiries: Sequence[Enquiry]) -> list[list[str]]:
    """The exported cells of each enquiry."""
    return [
        [
            e.ref,
            _local(e.received),
            e.channel.label,
            e.journalist,
            e.outlet,
            e.outlet_type.label if e.outlet_type else "",
            e.subject,
            e.questions,
            _local(e.deadline),
            e.priority.label,
            e.owner,
            e.status.label,
            e.response,
            e.response_type.label if e.response_type.value else "",
            e.cleared_by,
            _local(e.cleared_at),
            _local(e.responded_at),
            ", ".join(e.tags),
        ]
        for e in enquiries
    ]


def export(enquiries: Sequence[Enquiry], path: Path, fmt: str) -> int:
    """Write enquiries to a CSV or XLSX file atomically; returns how many were written."""
    rows = [[_safe(c) for c in row] for row in export_rows(enquiries)]
    tmp = path.with_name(path.name + ".part")
    try:
        if fmt == "csv":
            with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(EXPORT_HEADERS)
                writer.writerows(rows)
        elif fmt == "xlsx":
            from mediadesk.services.xlsx_writer import write_xlsx

            write_xlsx(tmp, "Enquiries", EXPORT_HEADERS, rows)
        else:
            raise KnownError(
                Said(
                    QT_TRANSLATE_NOOP(
                        "Messages", "'{fmt}' is not an export format; use csv or xlsx."
                    ),
                    fmt=fmt,
                )
            )
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise KnownError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The export could not be written to {path}: {exc}. Nothing was exported.",
                ),
                path=path,
                exc=exc.strerror or exc,
            )
        ) from exc
    return len(rows)
