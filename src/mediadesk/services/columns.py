"""The Monitoring area of the Desk: columns, their items and their polls, on one connection."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mediadesk.domain.clock import Clock
from mediadesk.domain.monitoring import Column, StoredItem
from mediadesk.services import column_sets, monitoring
from mediadesk.services.network import SharedClient
from mediadesk.storage import monitoring as store
from mediadesk.storage.db import Connection, transaction

if TYPE_CHECKING:
    from mediadesk.services.accounts import Accounts

UNREAD_CAP = store.UNREAD_CAP
_FRESH = store.PollState(None, None, None, None, None, 0, "")


class Columns:
    """Monitoring columns and items: what the Monitoring tab and its workers read and change."""

    def __init__(
        self,
        conn: Connection,
        clock: Clock,
        network: SharedClient,
        accounts: Callable[[], Accounts],
    ) -> None:
        self._conn = conn
        self._clock = clock
        self._network = network
        self._accounts = accounts

    # -- the set of columns ------------------------------------------------------------------
    def all(self) -> list[Column]:
        return store.columns(self._conn)

    def get(self, column_id: int) -> Column | None:
        return store.get_column(self._conn, column_id)

    def add(self, column: Column) -> int:
        return store.add_column(self._conn, column)

    def change(self, changed: Column) -> bool:
        """Save an edited column; True if what it watches changed (its poll history is reset)."""
        before = store.get_column(self._conn, changed.id)
        store.update_column(self._conn, changed)
        if before is None or (changed.query == before.query and changed.kind is before.kind):
            return False
        with transaction(self._conn):
            store.save_poll_state(self._conn, changed.id, _FRESH)
        return True

    def toggle_mute(self, column_id: int) -> Column | None:
        column = store.get_column(self._conn, column_id)
        if column is None:
            return None
        changed = replace(column, muted=not column.muted)
        store.update_column(self._conn, changed)
        return changed

    def remove(self, column_id: int) -> None:
        store.remove_column(self._conn, column_id)

    def set_widths(self, widths: Sequence[tuple[int, int]]) -> None:
        """Remember each column's width, as (column id, pixels), writing only what changed."""
        for column_id, width in widths:
            column = store.get_column(self._conn, column_id)
            if column is not None and column.width != width:
                store.update_column(self._conn, replace(column, width=width))

    def reorder(self, ids: Sequence[int]) -> None:
        store.reorder(self._conn, ids)

    # -- items -------------------------------------------------------------------------------
    def items(self, column_id: int, text: str = "") -> list[StoredItem]:
        return store.column_items(self._conn, column_id, text=text)

    def unread(self, column_id: int) -> int:
        """Unread items, counted up to UNREAD_CAP."""
        return store.unread_count(self._conn, column_id)

    def state_text(self, column_id: int) -> str:
        """'Updated 3 min ago', 'Offline: …' and the like, for the column's header."""
        return monitoring.describe_state(store.poll_state(self._conn, column_id), self._clock())

    def set_read(self, item_ids: Sequence[int], read: bool = True) -> None:
        store.set_read(self._conn, item_ids, read)

    def mark_column_read(self, column_id: int) -> None:
        store.mark_column_read(self._conn, column_id)

    def set_starred(self, item_id: int, starred: bool) -> None:
        store.set_starred(self._conn, item_id, starred)

    def search(self, text: str) -> list[StoredItem]:
        return store.search_all(self._conn, text)

    def starred(self) -> list[StoredItem]:
        return store.starred_items(self._conn)

    # -- polling -----------------------------------------------------------------------------
    def due(self) -> list[Column]:
        return monitoring.due(self._conn, self._clock())

    def poll(self, column: Column, *, manual: bool = False) -> monitoring.PollResult:
        """Fetch one column now (a manual refresh still honours Retry-After and backoff)."""
        fetch = monitoring.refresh if manual else monitoring.poll
        readers = self._accounts().reader if column.kind.account else None
        return fetch(self._conn, self._network.get(), column, self._clock(), readers=readers)

    # -- sharing and export -----------------------------------------------------------------
    def export_layout(self) -> dict[str, Any]:
        """The column set as JSON-ready data (no credentials), to share with the team."""
        return column_sets.export_layout(self._conn)

    def import_layout(self, text: str) -> int:
        """Add the columns a shared set describes; how many were added."""
        return column_sets.import_layout(self._conn, text)

    def export_items_csv(self, path: Path) -> int:
        """Every stored item, newest first, as CSV."""
        from mediadesk.services import digest

        return digest.export_items_csv(self._conn, path)

    def apply_retention(self, days: int, now: datetime | None = None) -> int:
        """Drop unstarred items older than `days`; how many went."""
        return monitoring.apply_retention(self._conn, now or self._clock(), days)
