"""Officers at work for the chaos test: `python -m tests.office.chaos_officer COMMAND ...`.

`work ROOT SERVER SECONDS SEED NAME...`: each named officer (a thread, with its own encrypted
replica under ROOT and its key in the real keyring) logs and edits enquiries at random and
syncs now and then, through whatever the network does; every edit this replica committed is
written to ROOT/NAME.journal afterwards (an acknowledged edit). The process may be killed
at any moment. `settle ROOT SERVER NAME...`: sync each until nothing waits, then write each
replica's enquiries to ROOT/NAME.json.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import random
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from mediadesk.config.policy import Policy
from mediadesk.context import AppContext
from mediadesk.domain.enquiry import TRANSITIONS, Channel, NewEnquiry, Status
from mediadesk.domain.enquiry_filter import EnquiryFilter
from mediadesk.errors import KnownError
from mediadesk.paths import ProfilePaths
from mediadesk.secrets import KeyringStore
from mediadesk.storage.profile import open_profile

PASSWORD = "a long office password"
EVERYTHING = EnquiryFilter(statuses=frozenset(Status))
FIELDS = ("subject", "questions", "response", "owner", "priority", "deadline")


class _TakingTurns(KeyringStore):
    """The real keyring, one officer process at a time: gnome-keyring-daemon aborts under
    fifty processes' concurrent calls and comes back without the unlocked collection (seen
    as "Prompt dismissed" in CI). MediaDesk serialises its own calls within a process; a
    laptop runs one MediaDesk per profile, so this queue is the test's, not the product's."""

    def __init__(self, lock: Path) -> None:
        super().__init__()
        self.lock = lock

    def _turn(self) -> contextlib.AbstractContextManager[object]:
        handle = self.lock.open("a")
        fcntl.flock(handle, fcntl.LOCK_EX)
        return handle  # closing the file ends the turn

    def get(self, name: str) -> str | None:
        with self._turn():
            return super().get(name)

    def set(self, name: str, value: str) -> None:
        with self._turn():
            super().set(name, value)

    def delete(self, name: str) -> None:
        with self._turn():
            super().delete(name)


def _open(root: Path, name: str, server: str) -> AppContext:
    keyring = _TakingTurns(root / "keyring.lock")
    ctx = AppContext.open(
        open_profile(ProfilePaths(root / name, custom=True), keyring), Policy(), secrets=keyring
    )
    while not ctx.desk.office_sync().joined:  # the network may cut the join too
        try:
            ctx.desk.office_sync().join(server, name, PASSWORD)
        except KnownError as exc:
            print(f"{name}: {exc.message}", file=sys.stderr, flush=True)
            time.sleep(0.2)
    return ctx


def _value(field: str, rng: random.Random) -> Any:
    if field == "priority":
        return rng.choice(["low", "normal", "high", "urgent"])
    if field == "deadline":
        return datetime(2026, 12, 2, 9, tzinfo=UTC) + timedelta(minutes=rng.randrange(10_000))
    return f"{field} {rng.randrange(10**9)}"


def _edit(ctx: AppContext, rng: random.Random, journal: Any) -> None:
    service = ctx.desk.enquiries
    ids = service.search_ids(EVERYTHING)
    if not ids or rng.random() < 0.2:
        made = service.create(NewEnquiry(datetime.now(UTC), Channel.PHONE, f"Call {rng.random()}"))
        entry = {"ref": made.ref, "field": "ref", "value": made.ref}
    else:
        enquiry = service.get(rng.choice(ids))
        if rng.random() < 0.25:
            steps = sorted(TRANSITIONS[enquiry.status] - {Status.CLEARED})
            if not steps:
                return
            target = rng.choice(steps)
            service.set_status(enquiry.id, target)
            entry = {"ref": enquiry.ref, "field": "status", "value": target.value}
        else:
            field = rng.choice(FIELDS)
            value = _value(field, rng)
            service.update(enquiry.id, **{field: value})
            shown = int(value.timestamp()) if isinstance(value, datetime) else value
            entry = {"ref": enquiry.ref, "field": field, "value": shown}
    journal.write(json.dumps(entry) + "\n")  # after the commit: it is acknowledged
    journal.flush()
    os.fsync(journal.fileno())


def _officer(root: Path, name: str, server: str, seconds: float, seed: int) -> None:
    ctx = _open(root, name, server)
    rng = random.Random(f"{seed}:{name}")
    end = time.monotonic() + seconds
    with (root / f"{name}.journal").open("a", encoding="utf-8") as journal:
        while time.monotonic() < end:
            try:
                _edit(ctx, rng, journal)
                if rng.random() < 0.3:
                    ctx.desk.office_sync().sync()
            except KnownError:
                pass  # offline for now, or the office refused: the replica keeps it
            time.sleep(rng.uniform(0.05, 0.3))
    ctx.close()


def _settle(root: Path, name: str, server: str) -> None:
    ctx = _open(root, name, server)
    sync = ctx.desk.office_sync()
    quiet = 0
    for _ in range(200):
        try:
            report = sync.sync()
        except KnownError as exc:  # a busy server may time a round out: the app retries too
            print(f"{name}: {exc.message}", file=sys.stderr, flush=True)
            quiet = 0
            time.sleep(0.5)
            continue
        quiet = quiet + 1 if report.pushed == 0 and report.pulled == 0 else 0
        if quiet >= 2 and sync.state().waiting == 0:
            break
    enquiries = {
        e.ref: {
            "subject": e.subject,
            "questions": e.questions,
            "response": e.response,
            "owner": e.owner,
            "priority": e.priority.value,
            "status": e.status.value,
            "deadline": None if e.deadline is None else int(e.deadline.timestamp()),
        }
        for e in ctx.desk.enquiries.search(EVERYTHING)
    }
    state = sync.state()
    found = {
        "waiting": state.waiting,
        "enquiries": enquiries,
        "refused": [c.reason for c in sync.needs_attention() if c.refused],
    }
    (root / f"{name}.json").write_text(json.dumps(found))
    ctx.close()


FAILED: list[str] = []


def _guarded(target: Any, *args: Any) -> None:
    """Run one officer; a crash is reported and fails the process (threads do not)."""
    try:
        target(*args)
    except BaseException:
        import traceback

        FAILED.append(traceback.format_exc())


def main() -> None:
    command, root, server = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    if command == "work":
        seconds, seed, names = float(sys.argv[4]), int(sys.argv[5]), sys.argv[6:]
        threads = [
            threading.Thread(target=_guarded, args=(_officer, root, n, server, seconds, seed))
            for n in names
        ]
    else:
        threads = [
            threading.Thread(target=_guarded, args=(_settle, root, n, server)) for n in sys.argv[4:]
        ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if FAILED:
        sys.exit("".join(FAILED))


if __name__ == "__main__":
    main()
