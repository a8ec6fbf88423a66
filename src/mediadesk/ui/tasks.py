"""Run slow work off the UI thread and deliver its result (or error) back on it."""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from mediadesk.errors import KnownError
from mediadesk.services.desk import Area, Desk, Desks
from mediadesk.services.progress import Progress
from mediadesk.ui import i18n

Job = Callable[[Desk], Any]
UI_SWITCH_INTERVAL_S = 0.001
THREADS = 6
MAX_BACKGROUND = 4  # polls and publishing at once; the rest of the threads wait for the user


def settle_heap() -> None:
    """Collect once, then keep start-up's long-lived objects out of later collections.

    A full collection over the ~100,000 objects a Qt window makes pauses the UI thread for
    tens of milliseconds; frozen objects are never scanned again.
    """
    gc.collect()
    gc.freeze()


class _Relay(QObject):
    """Carries a finished job's outcome across threads by queued signal."""

    succeeded = Signal(object)
    failed = Signal(object)


class _ProgressRelay(QObject):
    """Carries a job's progress to the UI thread by queued signal."""

    stepped = Signal(int, int)


class _Runnable(QRunnable):
    def __init__(self, runner: TaskRunner, job: Job, relay: _Relay) -> None:
        super().__init__()
        self._runner, self._job, self._relay = runner, job, relay

    def run(self) -> None:
        try:
            result = self._job(self._runner.desks.here())
        except BaseException as exc:  # delivered to the UI thread, which decides
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)
        finally:
            self._runner.job_ended()


def expected(say: Callable[[str], None]) -> Callable[[BaseException], None]:
    """An error handler: a KnownError's message to `say`; anything else is re-raised (a bug)."""

    def handle(exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            say(i18n.message(exc.message))
            return
        raise exc

    return handle


@dataclass(frozen=True)
class _Queued:
    job: Job
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None]
    changes: frozenset[Area]
    background: bool


class TaskRunner(QObject):
    """The window's one pool of worker threads, each with its own Desk (and connection).

    Failures a user can act on (KnownError) are said through `problem` unless the caller
    handles them; anything else is a bug and goes to the crash handler. A job that changes
    data names what it changed, and `changed` tells every view once it is done. Background
    work (polls, the outbox) runs at most MAX_BACKGROUND at a time, so threads are always left
    for what the user is waiting for.
    """

    problem = Signal(str)
    changed = Signal(object)  # frozenset[Area]

    def __init__(
        self, desks: Desks, parent: QObject | None = None, max_threads: int = THREADS
    ) -> None:
        super().__init__(parent)
        # Workers hold the GIL in turns of the switch interval (5 ms by default); with several
        # parsing at once the UI thread could wait for several turns. 1 ms keeps it responsive.
        sys.setswitchinterval(min(sys.getswitchinterval(), UI_SWITCH_INTERVAL_S))
        self.desks = desks
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._background_limit = max(1, min(MAX_BACKGROUND, max_threads - 1))
        self._lock = threading.Lock()
        self._relays: set[_Relay] = set()
        self._held: list[_Queued] = []  # while locked, or waiting for a background slot
        self._paused = False
        self._background_running = 0

    def _failed(self, exc: BaseException) -> None:
        expected(self.problem.emit)(exc)

    def run(
        self,
        job: Job,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        on_problem: Callable[[str], None] | None = None,
        changes: frozenset[Area] = frozenset(),
        background: bool = False,
    ) -> None:
        """Run job(desk) in a worker; then on_done(result) on the UI thread.

        A KnownError goes to on_problem(its message), else to `problem`; any other failure is
        a bug for the crash handler. on_error, if given, sees every failure instead.
        """
        if on_error is None:
            on_error = self._failed if on_problem is None else expected(on_problem)
        queued = _Queued(job, on_done or (lambda _r: None), on_error, changes, background)
        if self._paused or (background and self._background_running >= self._background_limit):
            self._held.append(queued)
            return
        self._start(queued)

    def _start(self, queued: _Queued) -> None:
        relay = _Relay()
        self._relays.add(relay)
        if queued.background:
            self._background_running += 1

        def finish(_outcome: object) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            if queued.background:
                self._background_running -= 1
                self._next_background()

        def done(result: object) -> None:
            queued.on_done(result)
            if queued.changes:
                self.changed.emit(queued.changes)

        relay.succeeded.connect(done)
        relay.failed.connect(queued.on_error)
        relay.succeeded.connect(finish)
        relay.failed.connect(finish)
        self._pool.start(_Runnable(self, queued.job, relay), 0 if queued.background else 1)

    def progress(self, on_step: Callable[[int, int], None]) -> Progress:
        """A Progress for a long job: its steps reach `on_step` on the UI thread."""
        relay = _ProgressRelay(self)
        relay.stepped.connect(on_step)
        return Progress(relay.stepped.emit)

    def announce(self, *areas: Area) -> None:
        """Data changed on the UI thread (a dialog saved): tell the views as a job would."""
        self.changed.emit(frozenset(areas))

    def _next_background(self) -> None:
        if self._paused:
            return
        for index, queued in enumerate(self._held):
            if queued.background:
                del self._held[index]
                self._start(queued)
                return

    def pause(self) -> None:
        """MediaDesk is locking: hold new jobs and close every worker connection.

        Connections not in use now are closed at once; one a running job holds is closed when
        the last job ends (see job_ended), so locking never waits for the network.
        """
        self._paused = True
        self.desks.retire(busy=self._pool.activeThreadCount() > 0)

    def job_ended(self) -> None:
        """Called by each worker after its job: closes the connections a pause left open."""
        if not self._paused:
            return
        with self._lock:
            if self._pool.activeThreadCount() > 1:
                return  # the last job to end closes them
        self.desks.close_stale()

    @property
    def paused(self) -> bool:
        return self._paused

    def resume(self) -> None:
        """Unlocked: run the jobs that waited, on new connections."""
        self._paused = False
        held, self._held = self._held, []
        for queued in held:
            self.run(
                queued.job,
                queued.on_done,
                queued.on_error,
                changes=queued.changes,
                background=queued.background,
            )

    def refuse_writes(self) -> None:
        """From now on every worker connection is read-only (a damaged database)."""
        self._pool.waitForDone(5_000)  # connections are set once no job is using them
        self.desks.refuse_writes()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every job has finished (for shutdown and tests)."""
        return bool(self._pool.waitForDone(msecs))

    def shutdown(self) -> None:
        """Finish running jobs and close the workers' connections; nothing new starts."""
        self._paused = True  # timers that fire while the window closes find nothing to do
        self._held.clear()
        self._pool.waitForDone(30_000)
        self.desks.close()
