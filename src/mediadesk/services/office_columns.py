"""The office's standard monitoring columns: a clearer publishes them, every laptop keeps them.

The set is one shared record of the office (its layout, in the format of an exported column
set, each column with a key), so it syncs like everything else; the server lets only a clearer
or an admin write it. On each laptop the office's columns are updated in place by key — their
cached items, read and starred state stay — and the officer's own columns are left alone.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from mediadesk.domain.sync import is_version
from mediadesk.errors import ValidationError
from mediadesk.services.column_sets import export_layout, parse_layout
from mediadesk.storage import monitoring as store
from mediadesk.storage import office_columns as kept
from mediadesk.storage.db import Connection
from mediadesk.storage.replica_versions import set_version
from mediadesk.words import QT_TRANSLATE_NOOP

log = logging.getLogger("mediadesk.sync")
_KEY = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_SPACE = uuid.UUID("5b0f3c1e-8f0e-4d4e-9a55-6d6564696164")  # MediaDesk's own name space


def record_id(office_id: str) -> str:
    """The office's column-set record: the same on every laptop, so publishing clashes are seen."""
    return str(uuid.uuid5(_SPACE, f"column_set/{office_id}"))


def publish(conn: Connection, office_id: str) -> int:
    """Make this laptop's columns the office's set, sent with the next push (call inside a
    transaction); returns how many columns it has."""
    layout = export_layout(conn)
    by_id = {column_id: key for key, column_id in kept.keys(conn).items()}
    for column, entry in zip(store.columns(conn), layout["columns"], strict=True):
        key = by_id.get(column.id) or str(uuid.uuid4())
        kept.mark(conn, column.id, key)
        entry["key"] = key
    kept.publish(conn, record_id(office_id), layout)
    return len(layout["columns"])


def _keys(layout: Any, count: int) -> list[str]:
    entries = layout.get("columns") if isinstance(layout, dict) else None
    found = [e.get("key") if isinstance(e, dict) else None for e in entries or []]
    if len(found) != count or not all(isinstance(k, str) and _KEY.fullmatch(k) for k in found):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "a column of the office's set has no key")
        )
    if len(set(found)) != len(found):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "two columns of the office's set share a key")
        )
    return [str(k) for k in found]


def take_in(conn: Connection, changes: Sequence[Any], office_id: str) -> int:
    """Apply the newest column set among pulled changes; 1 if the columns changed here.

    The layout is checked like an imported column set: one that does not pass is left out
    and logged, and this laptop keeps the columns it had.
    """
    mine = record_id(office_id)
    latest = [
        c
        for c in changes
        if isinstance(c, dict)
        and c.get("entity") == kept.ENTITY
        and c.get("id") == mine
        and c.get("field") == kept.FIELD
        and is_version(c.get("version", 0))
    ]
    if not latest or kept.publishing(conn, mine):
        return 0  # nothing new, or this laptop's own set goes first
    change = latest[-1]
    set_version(conn, kept.ENTITY, mine, kept.FIELD, int(change.get("version", 0)))
    try:
        columns = parse_layout(change.get("value"))
        keys = _keys(change.get("value"), len(columns))
    except ValidationError as exc:
        log.warning("the office's column set was left out: %s", exc.message)
        return 0
    here = kept.keys(conn)
    for key, column in zip(keys, columns, strict=True):
        if key in here:
            kept.change(conn, here[key], column)
        else:
            kept.add(conn, replace(column, id=0), key)
    for key, column_id in here.items():
        if key not in keys:
            kept.remove(conn, column_id)
    return 1
