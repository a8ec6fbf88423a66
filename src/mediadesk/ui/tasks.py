"""Run slow work off the UI thread and deliver its result (or error) back on it."""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from mediadesk.storage.db import Connection
from mediadesk.storage.profile import Database

Job = Callable[[Connection], Any]
UI_SWITCH_INTERVAL_S = 0.001


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


class _Runnable(QRunnable):
    def __init__(self, runner: TaskRunner, job: Job, relay: _Relay) -> None:
        super().__init__()
        self._runner, self._job, self._relay = runner, job, relay

    def run(self) -> None:
        try:
            result = self._job(self._runner.connection())
        except BaseException as exc:  # delivered to the UI thread, which decides
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)
        finally:
            self._runner.job_ended()


class TaskRunner(QObject):
    """A small pool of worker threads, each with its own database connection."""

    def __init__(
        self, database: Database, parent: QObject | None = None, max_threads: int = 2
    ) -> None:
        super().__init__(parent)
        # Workers hold the GIL in turns of the switch interval (5 ms by default); with several
        # parsing at once the UI thread could wait for several turns. 1 ms keeps it responsive.
        sys.setswitchinterval(min(sys.getswitchinterval(), UI_SWITCH_INTERVAL_S))
        self._database = database
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._local = threading.local()
        self._connections: list[Connection] = []
        self._lock = threading.Lock()
        self._relays: set[_Relay] = set()
        self._read_only = False
        # While MediaDesk is locked: jobs wait here, and connections of an older generation
        # (opened before the lock) are closed instead of being used again.
        self._held: list[tuple[Job, Callable[[Any], None], Callable[[BaseException], None]]] = []
        self._paused = False
        self._generation = 0
        self._stale: list[Connection] = []

    def connection(self) -> Connection:
        """This worker thread's connection, opened on first use."""
        conn = getattr(self._local, "conn", None)
        if conn is not None and getattr(self._local, "generation", -1) != self._generation:
            conn = None  # closed by pause(); this thread opens a new one
        if conn is None:
            conn = self._database.connect(same_thread=False)
            self._local.generation = self._generation
            if self._read_only:
                conn.execute("PRAGMA query_only = ON")
            self._local.conn = conn
            with self._lock:
                self._connections.append(conn)
        return conn

    def run(
        self, job: Job, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]
    ) -> None:
        """Run job(connection) in a worker; call on_done or on_error on the UI thread."""
        if self._paused:
            self._held.append((job, on_done, on_error))
            return
        relay = _Relay()
        self._relays.add(relay)

        def finish() -> None:
            self._relays.discard(relay)
            relay.deleteLater()

        relay.succeeded.connect(on_done)
        relay.failed.connect(on_error)
        relay.succeeded.connect(finish)
        relay.failed.connect(finish)
        self._pool.start(_Runnable(self, job, relay))

    def pause(self) -> None:
        """MediaDesk is locking: hold new jobs and close every worker connection.

        Connections not in use now are closed at once; one a running job holds is closed by
        its thread when the job ends (see job_ended), so locking never waits for the network.
        """
        self._paused = True
        with self._lock:
            self._generation += 1
            conns, self._connections = self._connections, []
            if self._pool.activeThreadCount():
                self._stale, conns = conns, []
        for conn in conns:
            conn.close()

    def job_ended(self) -> None:
        """Called by each worker after its job: closes the connections a pause left open."""
        if not self._paused:
            return
        with self._lock:
            if self._pool.activeThreadCount() > 1:
                return  # the last job to end closes them
            stale, self._stale = self._stale, []
        for conn in stale:
            conn.close()

    @property
    def paused(self) -> bool:
        return self._paused

    def resume(self) -> None:
        """Unlocked: run the jobs that waited, on new connections."""
        self._paused = False
        held, self._held = self._held, []
        for job, on_done, on_error in held:
            self.run(job, on_done, on_error)

    def refuse_writes(self) -> None:
        """From now on every worker connection is read-only (a damaged database)."""
        self._read_only = True
        self._pool.waitForDone(5_000)  # connections are set once no job is using them
        with self._lock:
            conns = list(self._connections)
        for conn in conns:
            conn.execute("PRAGMA query_only = ON")

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every job has finished (for shutdown and tests)."""
        return bool(self._pool.waitForDone(msecs))

    def shutdown(self) -> None:
        """Finish running jobs and close the workers' connections."""
        self._pool.waitForDone(30_000)
        with self._lock:
            conns, self._connections = self._connections, []
        for conn in conns:
            conn.close()
