"""`mediadesk outbox run [--service]`: publish due posts with no window open."""

from __future__ import annotations

import argparse
import logging
import signal
import threading
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mediadesk.context import AppContext

log = logging.getLogger("mediadesk.outbox")
LONGEST_SLEEP_S = 60.0  # a post queued meanwhile by a laptop (or the window) waits at most this
HELD_WAIT_S = 30.0


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    outbox = commands.add_parser("outbox", help="publish the posts that are due")
    outbox.add_argument("action", choices=["run"])
    outbox.add_argument(
        "--service", action="store_true", help="keep running, publishing each post when due"
    )


def _synced(ctx: AppContext) -> None:
    """A joined profile takes in what laptops queued, and tells them what went out."""
    from mediadesk.errors import KnownError

    sync = ctx.desk.office_sync()
    if not sync.joined:
        return
    try:
        sync.sync()
    except KnownError as exc:  # posts queued here still go; the office hears at the next round
        log.warning("outbox: could not sync with the office: %s", exc.message)
        print(f"Office: {exc.message}", flush=True)


def _round(ctx: AppContext) -> tuple[list[str], datetime | None]:
    _synced(ctx)
    outbox = ctx.desk.outbox(publishing=True)
    said = outbox.run()
    if said:
        _synced(ctx)
    return said, outbox.next_due()


def run(ctx: AppContext, args: argparse.Namespace) -> int:
    """Once: publish what is due and say so. As a service: until stopped (SIGTERM or Ctrl+C)."""
    stop = threading.Event()
    if args.service:
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: stop.set())
        print(
            "Outbox service started: each post goes when due (SIGTERM or Ctrl+C stops).", flush=True
        )
    while True:
        said, due = _round(ctx)
        for line in said:
            print(line, flush=True)
        waiting, failed = ctx.desk.outbox().summary()
        if not args.service:
            print(f"Outbox: {waiting} waiting, {failed} failed.")
            return 1 if failed else 0
        now = datetime.now(UTC)
        pause = LONGEST_SLEEP_S if due is None else (due - now).total_seconds()
        if pause <= 0:  # due but held (another laptop is sending it): ask again shortly
            pause = HELD_WAIT_S
        if stop.wait(min(max(pause, 1.0), LONGEST_SLEEP_S)):
            log.info("outbox service stopped")
            return 0
