"""Reading a spreadsheet someone sent us: CSV as Excel writes it, XLSX, both with hard bounds."""

from __future__ import annotations

import codecs
import csv
import logging
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mediadesk.errors import KnownError

log = logging.getLogger("mediadesk.import")

MAX_IMPORT_ROWS = 200_000
MAX_COLUMNS = 64  # an enquiry log has about twenty; more are ignored
MAX_CELL = 32_767  # Excel's own limit for one cell
MAX_CELLS = 3_000_000  # filled cells kept in memory for one import
MAX_TEXT = 100_000_000  # characters kept in memory for one import
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_SCANNED_ROWS = 1_048_576  # Excel's row limit: rows read, empty ones included
MAX_UNPACKED = 512 * 1024 * 1024  # an XLSX's parts, uncompressed, all together
MAX_SHARED_STRINGS = 48 * 1024 * 1024  # openpyxl reads this part whole, even when streaming
MAX_PARTS = 10_000
DELIMITERS = (",", ";", "\t")


@dataclass(frozen=True)
class Table:
    """A spreadsheet's header row and data rows."""

    headers: list[str]
    rows: list[list[Any]]


class Refused(KnownError):
    """The file is not one MediaDesk will import; `message` says why in one sentence."""


class _Budget:
    """Counts what one import keeps in memory, and refuses the file past the limits."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.cells = 0
        self.text = 0

    def row(self, values: Iterable[Any], number: int) -> list[Any] | None:
        """The row's cells (trailing blanks dropped), or None for a blank row."""
        kept = list(values)[:MAX_COLUMNS]
        while kept and kept[-1] in (None, ""):
            kept.pop()
        if not any(c is not None and str(c).strip() for c in kept):
            return None
        for cell in kept:
            if isinstance(cell, str):
                if len(cell) > MAX_CELL:
                    raise Refused(
                        f"Row {number} of {self.name} has a cell longer than {MAX_CELL:,} "
                        "characters (Excel's own limit), so it is not an enquiry log."
                    )
                self.text += len(cell)
        self.cells += len(kept)
        if self.cells > MAX_CELLS or self.text > MAX_TEXT:
            raise Refused(f"{self.name} is too large to import at once; split it into parts.")
        return kept


def read_table(path: Path) -> Table:
    """Read the first sheet of an XLSX file, or a CSV file; Refused says why it cannot."""
    if not path.is_file():
        raise Refused(f"{path} does not exist or is not a file.")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise Refused(f"{path.name} could not be read: {exc.strerror}.") from exc
    if size > MAX_FILE_BYTES:
        raise Refused(f"{path.name} is larger than MediaDesk imports at once; split it.")
    suffix = path.suffix.lower()
    rows: Iterator[tuple[int, Sequence[Any]]]
    if suffix in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(path)
    elif suffix in (".csv", ".txt", ".tsv"):
        rows = _csv_rows(path)
    else:
        raise Refused(f"{path.name} is not a CSV or XLSX file; save it as one of those first.")
    budget = _Budget(path.name)
    kept: list[list[Any]] = []
    for number, values in rows:
        row = budget.row(values, number)
        if row is None:
            continue
        if len(kept) > MAX_IMPORT_ROWS:
            raise Refused(
                f"{path.name} has more than {MAX_IMPORT_ROWS:,} rows; split it into parts."
            )
        kept.append(row)
    if not kept:
        raise Refused(f"{path.name} has no rows to import.")
    headers = ["" if h is None else str(h).strip() for h in kept[0]]
    return Table(headers, kept[1:])


# -- CSV ----------------------------------------------------------------------------------------
def _encoding(path: Path) -> str:
    """UTF-8 (with or without a BOM), else Windows-1252, as Excel saves "CSV" on UK Windows."""
    for encoding in ("utf-8-sig", "cp1252"):
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            with path.open("rb") as handle:
                while chunk := handle.read(1 << 20):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        except OSError as exc:
            raise Refused(f"{path.name} could not be read: {exc.strerror}.") from exc
        return encoding
    raise Refused(f"{path.name} is not UTF-8 or Windows-1252 text; save it again as CSV UTF-8.")


def _delimiter(path: Path, encoding: str) -> str:
    """The delimiter under which the first records agree on their number of columns.

    Only the delimiter is guessed: quoting is always RFC 4180 (Excel's), because guessing it
    too (as csv.Sniffer does) misreads doubled quotes inside multi-line cells.
    """
    best, best_score = ",", -1
    for delimiter in DELIMITERS:
        with path.open(encoding=encoding, newline="") as handle:
            widths = []
            try:
                for record in csv.reader(handle, csv.excel, delimiter=delimiter):
                    widths.append(len(record))
                    if len(widths) >= 20:
                        break
            except csv.Error:
                continue
        if not widths or widths[0] < 2:
            continue
        score = sum(1 for w in widths if w == widths[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _csv_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    encoding = _encoding(path)
    delimiter = _delimiter(path, encoding)
    with path.open(encoding=encoding, newline="") as handle:
        reader = csv.reader(handle, csv.excel, delimiter=delimiter)
        while True:
            try:
                record = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:  # a cell past csv's own limit, a NUL byte, a broken quote
                raise Refused(
                    f"Line {reader.line_num} of {path.name} cannot be read as CSV "
                    "(a cell is far too long or its quotes do not close)."
                ) from exc
            yield reader.line_num, record


# -- XLSX ---------------------------------------------------------------------------------------
def _check_parts(path: Path) -> None:
    """Refuse a zip whose parts would unpack to more than an enquiry log ever needs."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (
        zipfile.BadZipFile,
        OSError,
        ValueError,
        EOFError,
        NotImplementedError,
        RuntimeError,
    ) as exc:
        raise Refused(f"{path.name} could not be read as an Excel workbook (.xlsx).") from exc
    if len(parts) > MAX_PARTS or sum(p.file_size for p in parts) > MAX_UNPACKED:
        raise Refused(f"{path.name} unpacks to far more than an enquiry log; it is refused.")
    for part in parts:
        if part.filename.lower().endswith("sharedstrings.xml") and (
            part.file_size > MAX_SHARED_STRINGS
        ):
            raise Refused(f"{path.name} holds more text than MediaDesk imports at once.")


def _xlsx_rows(path: Path) -> Iterator[tuple[int, tuple[Any, ...]]]:
    _check_parts(path)
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        log.warning("workbook refused: %s", type(exc).__name__)
        raise Refused(
            f"{path.name} could not be read as an Excel workbook; it may be damaged. "
            "Open it in Excel and save it again, or save it as CSV."
        ) from exc
    try:
        if not book.worksheets:
            raise Refused(f"{path.name} has no sheets.")
        sheet = book.worksheets[0]
        number = 0
        try:
            for number, values in enumerate(
                sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS), start=1
            ):
                if number > MAX_SCANNED_ROWS:
                    raise Refused(f"{path.name} has more rows than Excel allows.")
                yield number, values
        except Refused:
            raise
        except Exception as exc:
            log.warning("workbook damaged near row %s: %s", number + 1, type(exc).__name__)
            raise Refused(
                f"{path.name} is damaged near row {number + 1}; open it in Excel and save it "
                "again, or save it as CSV."
            ) from exc
    finally:
        book.close()
