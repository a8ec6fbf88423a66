"""Column sets as shared JSON: exported, checked and imported (never a credential in them)."""

from __future__ import annotations

import json
from typing import Any

from mediadesk.domain.monitoring import Column, Filters
from mediadesk.domain.platforms import ColumnKind
from mediadesk.errors import ValidationError
from mediadesk.storage import monitoring as store
from mediadesk.storage.db import Connection
from mediadesk.words import QT_TRANSLATE_NOOP, Said

LAYOUT_FORMAT = "mediadesk-columns/1"
MAX_COLUMNS = 100  # a wall of columns no one could read; and no unbounded set from a file


def export_layout(conn: Connection) -> dict[str, Any]:
    """The column set (queries, filters, alerts; never credentials) as JSON data."""
    return {
        "format": LAYOUT_FORMAT,
        "columns": [
            {
                "kind": c.kind.value,
                "title": c.title,
                "query": c.query,
                "filters": c.filters.to_json(),
                "interval_s": c.interval_s,
                "width": c.width,
                "muted": c.muted,
            }
            for c in store.columns(conn)
        ],
    }


def parse_layout(raw: Any) -> list[Column]:
    """Validate a shared column set; ValidationError names the first problem."""
    if not isinstance(raw, dict) or raw.get("format") != LAYOUT_FORMAT:
        raise ValidationError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages", "This is not a MediaDesk column set (format {LAYOUT_FORMAT})."
                ),
                LAYOUT_FORMAT=LAYOUT_FORMAT,
            )
        )
    columns = raw.get("columns")
    if not isinstance(columns, list):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The column set has no list of columns.")
        )
    if len(columns) > MAX_COLUMNS:
        raise ValidationError(
            Said(
                QT_TRANSLATE_NOOP("Messages", "A column set has at most {MAX_COLUMNS} columns."),
                MAX_COLUMNS=MAX_COLUMNS,
            )
        )
    parsed = []
    for number, entry in enumerate(columns, start=1):
        try:
            kind = ColumnKind(entry["kind"])
            query = {str(k): str(v) for k, v in dict(entry["query"]).items()}
            parsed.append(
                Column(
                    0,
                    kind,
                    str(entry.get("title") or kind.label),
                    query,
                    Filters.from_json(dict(entry.get("filters") or {})).checked(),
                    max(int(entry.get("interval_s", 300)), kind.min_interval_s),
                    int(entry.get("width", 360)),
                    bool(entry.get("muted", False)),
                )
            )
        except ValidationError as exc:
            raise ValidationError(
                Said(
                    QT_TRANSLATE_NOOP("Messages", "Column {number}: {message}"),
                    number=number,
                    message=exc.message,
                )
            ) from exc
        except (KeyError, TypeError, ValueError) as exc:
            raise ValidationError(
                Said(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Column {number} is incomplete or malformed ({exc})."
                    ),
                    number=number,
                    exc=exc,
                )
            ) from exc
    return parsed


def import_layout(conn: Connection, text: str) -> int:
    """Add the columns of a shared column set; returns how many."""
    try:
        raw = json.loads(text)
    except ValueError as exc:
        raise ValidationError(
            Said(
                QT_TRANSLATE_NOOP("Messages", "The column set is not valid JSON ({exc})."), exc=exc
            )
        ) from exc
    columns = parse_layout(raw)
    for column in columns:
        store.add_column(conn, column)
    return len(columns)
