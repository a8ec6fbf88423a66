"""Spreadsheets as offices and attackers make them, built in the test (no binary fixtures)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from mediadesk.services.xlsx_writer import write_xlsx


def xlsx(path: Path, rows: list[list[str]]) -> Path:
    """An ordinary workbook of text cells."""
    write_xlsx(path, "Log", rows[0], rows[1:])
    return path


def xlsx_bomb(path: Path, rows: int, columns: int) -> Path:
    """A small file that unpacks to a huge sheet, its dimension claiming every cell Excel has."""
    cell = '<c t="inlineStr"><is><t>x</t></is></c>' * columns
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        write_xlsx_parts(archive)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as out:
            out.write(
                b'<?xml version="1.0" encoding="UTF-8"?>'
                b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                b'<dimension ref="A1:XFD1048576"/><sheetData>'
            )
            line = f"<row>{cell}</row>".encode()
            for _ in range(rows):
                out.write(line)
            out.write(b"</sheetData></worksheet>")
    return path


def write_xlsx_parts(archive: zipfile.ZipFile) -> None:
    """Every part of a workbook but its sheet, borrowed from a real one MediaDesk writes."""
    scratch = Path(archive.filename or "x").with_suffix(".parts.xlsx")
    write_xlsx(scratch, "Log", ["a"], [])
    with zipfile.ZipFile(scratch) as source:
        for name in source.namelist():
            if name != "xl/worksheets/sheet1.xml":
                archive.writestr(name, source.read(name))
    scratch.unlink()
