"""Import enquiry logs from CSV/XLSX and export enquiries to CSV/XLSX."""

from __future__ import annotations

import csv
import io
import os
import re
import zipfile
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
MAX_IMPORT_ROWS = 200_000


@dataclass(frozen=True)
class Table:
    """A spreadsheet's header row and data rows."""

    headers: list[str]
    rows: list[list[Any]]


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


def read_table(path: Path) -> Table:
    """Read the first sheet of an XLSX file, or a CSV file in any common encoding."""
    if not path.is_file():
        raise KnownError(f"{path} does not exist or is not a file.")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix in (".csv", ".txt", ".tsv"):
        return _read_csv(path)
    raise KnownError(f"{path.name} is not a CSV or XLSX file; save it as one of those first.")


def _read_csv(path: Path) -> Table:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes nearly everything
        raise KnownError(f"{path.name} is not in a text encoding MediaDesk can read.")
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = [row for row in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in row)]
    if not rows:
        raise KnownError(f"{path.name} is empty.")
    return Table([h.strip() for h in rows[0]], [list(r) for r in rows[1 : MAX_IMPORT_ROWS + 1]])


def _read_xlsx(path: Path) -> Table:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        raise KnownError(f"{path.name} could not be read as an Excel workbook: {exc}") from exc
    try:
        sheet = book.worksheets[0]
        rows = [
            list(r)
            for r in sheet.iter_rows(values_only=True)
            if any(c not in (None, "") for c in r)
        ]
    except Exception as exc:
        raise KnownError(f"{path.name} is damaged: {exc}") from exc
    finally:
        book.close()
    if not rows:
        raise KnownError(f"{path.name} has no rows on its first sheet.")
    headers = ["" if h is None else str(h).strip() for h in rows[0]]
    return Table(headers, rows[1 : MAX_IMPORT_ROWS + 1])


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
            raise ValidationError(f"'{text}' is not a real date ({exc}).") from exc
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
        f"'{text}' is not a date in a form MediaDesk knows (e.g. 21/11/2026 14:30)."
    )


def _enum_value(kind: Any, text: str, what: str) -> Any:
    key = text.strip().lower().replace(" ", "_").replace("-", "_")
    for member in kind:
        if key in (member.value, member.label.lower().replace(" ", "_")):
            return member
    if kind is Channel and key in ("telephone", "call", "phone_call"):
        return Channel.PHONE
    if kind is Channel and key in ("e_mail", "mail"):
        return Channel.EMAIL
    raise ValidationError(f"'{text}' is not a {what} MediaDesk knows.")


def plan_import(table: Table, mapping: dict[str, int | None]) -> ImportPlan:
    """Check every row and build the enquiries an import would add."""
    plan = ImportPlan()
    for required in REQUIRED:
        if mapping.get(required) is None:
            plan.errors.append(RowError(1, f"No column is mapped to '{required}'."))
    if plan.errors:
        return plan
    for offset, row in enumerate(table.rows):
        number = offset + 2

        def cell(name: str, row: list[Any] = row) -> Any:
            index = mapping.get(name)
            if index is None or index >= len(row):
                return None
            value = row[index]
            return value.strip() if isinstance(value, str) else value

        try:
            received = parse_uk_datetime(cell("received"))
            if received is None:
                raise ValidationError("the received date is empty.")
            text = {
                name: "" if cell(name) is None else str(cell(name))
                for name in (
                    "journalist",
                    "outlet",
                    "subject",
                    "questions",
                    "owner",
                    "response",
                    "tags",
                    "channel",
                    "priority",
                    "status",
                )
            }
            item = NewEnquiry(
                received=received,
                channel=_enum_value(Channel, text["channel"], "channel")
                if text["channel"]
                else Channel.PHONE,
                subject=text["subject"],
                journalist=text["journalist"],
                outlet=text["outlet"],
                questions=text["questions"],
                deadline=parse_uk_datetime(cell("deadline")),
                priority=_enum_value(Priority, text["priority"], "priority")
                if text["priority"]
                else Priority.NORMAL,
                owner=text["owner"],
                tags=normalise_tags(text["tags"]),
            ).validated()
            status = _enum_value(Status, text["status"], "status") if text["status"] else Status.NEW
        except ValidationError as exc:
            plan.errors.append(RowError(number, exc.message))
            continue
        plan.items.append(item)
        plan.statuses.append(status)
    return plan


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
            import openpyxl

            book = openpyxl.Workbook(write_only=True)
            sheet = book.create_sheet("Enquiries")
            sheet.append(list(EXPORT_HEADERS))
            for row in rows:
                sheet.append(row)
            book.save(tmp)
        else:
            raise KnownError(f"'{fmt}' is not an export format; use csv or xlsx.")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise KnownError(
            f"The export could not be written to {path}: {exc.strerror or exc}. "
            "Nothing was exported."
        ) from exc
    return len(rows)
