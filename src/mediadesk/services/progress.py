"""How a long job says how far it has got, and learns that the user cancelled it (Qt-free)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from mediadesk.errors import KnownError

CANCELLED = "Cancelled."


class Cancelled(KnownError):
    """The user cancelled the job; what it did in its transaction was rolled back."""


class Progress:
    """Passed into a job: `step` reports (every `every` steps) and raises once cancelled."""

    def __init__(self, report: Callable[[int, int], None] | None = None, every: int = 250) -> None:
        self._report = report
        self._every = max(1, every)
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop at its next step (safe from any thread)."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def step(self, done: int, total: int) -> None:
        """`done` of `total` so far; raises Cancelled if the user has cancelled."""
        if self._cancelled.is_set():
            raise Cancelled(CANCELLED)
        if self._report is not None and (done % self._every == 0 or done == total):
            self._report(done, total)
