"""Joining the office and syncing with it: push what changed here, pull what others changed."""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from mediadesk.domain.audit import ChainReport
from mediadesk.domain.clock import Clock, utc_now
from mediadesk.domain.sync import Conflict
from mediadesk.errors import KnownError
from mediadesk.office import calls
from mediadesk.office.dsn import described, parameters
from mediadesk.secrets import SecretStore
from mediadesk.services import office_columns
from mediadesk.storage import (
    attention,
    references,
    replica,
    replica_settle,
    replica_shared,
    replica_snapshot,
)
from mediadesk.storage.db import Connection, transaction
from mediadesk.words import QT_TRANSLATE_NOOP, Said

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger("mediadesk.sync")

RESERVE = 500  # references a laptop holds for a year: a long visit's worth, offline
TOP_UP_BELOW = 100
PULL_PAGE = 2000
LISTEN_WAIT_S = 1.0  # how long a stop waits for the listening thread
RETRY_LISTEN_S = 30.0
NO_KEYRING = QT_TRANSLATE_NOOP(
    "Messages",
    "Joining an office needs the OS keyring to keep the office password, and this profile "
    "uses a passphrase instead. Ask IT to enable the keyring.",
)


@dataclass(frozen=True)
class SyncReport:
    """One round with the office server, in numbers a person can read."""

    pushed: int
    pulled: int
    conflicts: int  # waiting in Needs attention, this round's and older ones
    columns: bool = False  # the office's monitoring columns changed here
    posts: bool = False  # visits, posts or the outbox changed here
    # References of a solo log the office had given already, as they were renamed on joining
    renamed: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        said = f"pushed {self.pushed}, pulled {self.pulled}, conflicts {self.conflicts}"
        if self.renamed:
            said += "; references the office had given already, renamed: " + ", ".join(
                f"{old} → {new}" for old, new in self.renamed
            )
        return said


def _server_only(server: str) -> str:
    """The address as given, refusing one that carries a password (it goes to the keyring)."""
    params = parameters(server)
    if params.get("password"):
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Give the password in a file (--password-file), not in the server address.",
            )
        )
    return server.strip()


@dataclass(frozen=True)
class SyncState:
    """What the status bar and `doctor` say about the link to the office."""

    joined: bool
    office: str = ""
    officer: str = ""
    role: str = ""
    synced: datetime | None = None
    waiting: int = 0
    conflicts: int = 0


@dataclass(frozen=True)
class OfficePolicy:
    """What IT set for the office link (policy keys office.server, office.root_certificate)."""

    server: str = ""  # the one server profiles may join ('' : any)
    root_certificate: str = ""  # signs the server's certificate ('' : the system trust store)

    def allows(self, server: str) -> bool:
        """Whether `server` is the office IT named (same host, port and database)."""
        if not self.server.strip():
            return True

        def where(address: str) -> tuple[str, str, str]:
            params = parameters(address)
            host = params.get("host") or params.get("hostaddr") or ""
            return host.lower(), params.get("port", "5432"), params.get("dbname", "")

        return where(server) == where(self.server)


class OfficeSync:
    """This profile's link to the office server, on one connection of the calling thread."""

    def __init__(
        self,
        conn: Connection,
        secrets: SecretStore | None,
        profile_id: str,
        clock: Clock = utc_now,
        policy: OfficePolicy = OfficePolicy(),
    ) -> None:
        self.conn, self.secrets, self.profile_id, self.clock = conn, secrets, profile_id, clock
        self.policy = policy
        self._columns_taken = 0  # this round's: the monitoring tab lays its columns out again
        self._posts_taken = 0  # this round's: the posts tab reloads

    @property
    def joined(self) -> bool:
        return replica.state(self.conn, "server") is not None

    def state(self) -> SyncState:
        """The link's state, read from this profile alone (no network)."""
        known = replica.states(self.conn)
        if "server" not in known:
            return SyncState(False)
        synced = known.get("synced")
        return SyncState(
            True,
            known.get("office", ""),
            known.get("officer", ""),
            known.get("role", ""),
            datetime.fromisoformat(synced) if synced else None,
            replica.waiting(self.conn),
            replica.open_conflicts(self.conn),
        )

    def _entry(self) -> str:
        return f"office:{self.profile_id}:password"

    def _connect(self, server: str, login: str, password: str) -> psycopg.Connection:
        from psycopg.conninfo import make_conninfo

        from mediadesk.office.server import connect

        address = make_conninfo(server, user=login, options="-c statement_timeout=20000")
        conn = connect(address, password=password, root_certificate=self.policy.root_certificate)
        conn.autocommit = True
        return conn

    def join(self, server: str, login: str, password: str) -> tuple[str, SyncReport]:
        """Sign in, keep the password in the keyring, bring this log in, and sync once."""
        if self.secrets is None:
            raise KnownError(NO_KEYRING)
        if self.joined:
            raise KnownError(
                QT_TRANSLATE_NOOP("Messages", "This profile has already joined an office.")
            )
        address = _server_only(server)
        if not self.policy.allows(address):
            raise KnownError(
                Said(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Your organisation's policy allows joining only its own office server: "
                        "{server}.",
                    ),
                    server=described(self.policy.server),
                )
            )
        with self._connect(address, login, password) as office:
            who = calls.whoami(office)
            taken = calls.references_given(office) if who is not None else set()
            reserved = calls.references_reserved(office) if who is not None else {}
        if who is None:
            raise KnownError(
                Said(
                    QT_TRANSLATE_NOOP(
                        "Messages", "{login} is not an officer of this office: ask its admin."
                    ),
                    login=login,
                )
            )
        self.secrets.set(self._entry(), password)
        with transaction(self.conn):
            for key, value in (
                ("server", address),
                ("login", login),
                ("officer", str(who.get("display_name") or login)),
                ("role", str(who.get("role") or "officer")),
                ("office", str(who.get("office_name") or "")),
                ("office_id", str(who.get("office") or "")),
                ("origin", str(uuid.uuid4())),
                ("watermark", "0"),
            ):
                replica.set_state(self.conn, key, value)
            renamed = references.rename_clashes(self.conn, taken, reserved, self.clock())
            replica.note_all_for_joining(self.conn)
        log.info("joined the office as %s", who.get("role"))
        return str(who.get("office_name") or ""), replace(self.sync(), renamed=tuple(renamed))

    def sync(self) -> SyncReport:
        """One push and pull round (KnownError in one sentence when it cannot be done)."""
        self._columns_taken = self._posts_taken = 0
        with self._signed_in() as office:
            pushed = self._push(office)
            pulled = self._pull(office)
            found = calls.open_conflicts(office)
            with transaction(self.conn):
                attention.refresh_conflicts(self.conn, found, self.clock())
            self._top_up(office)
        with transaction(self.conn):
            replica.set_state(self.conn, "synced", self.clock().isoformat())
        report = SyncReport(
            pushed,
            pulled,
            replica.open_conflicts(self.conn),
            self._columns_taken > 0,
            self._posts_taken > 0,
        )
        log.info("synced: %s", report)
        return report

    def listener(self) -> OfficeListener | None:
        """What a background thread needs to hear of other laptops' pushes (None if solo)."""
        server, login = replica.state(self.conn, "server"), replica.state(self.conn, "login")
        password = None if self.secrets is None else self.secrets.get(self._entry())
        if server is None or login is None or password is None:
            return None
        return OfficeListener(
            lambda: self._connect(server, login, password),
            replica.state(self.conn, "office_id") or "",
            replica.state(self.conn, "origin") or "",
        )

    def needs_attention(self) -> list[Conflict]:
        """Conflicts and refusals waiting for a person, oldest first."""
        return attention.conflicts(self.conn)

    def settle(self, conflict: Conflict, value: Any) -> SyncReport:
        """Settle with the chosen value (a refusal is only acknowledged), then sync."""
        number = attention.server_id(self.conn, conflict.id)
        if number is not None:
            origin = replica.state(self.conn, "origin") or ""
            with self._signed_in() as office:
                answer = calls.settle_conflict(office, number, origin, value)
            if answer.get("result") != "applied":
                raise KnownError(str(answer.get("reason") or "The office did not take that."))
        with transaction(self.conn):
            attention.settle(self.conn, conflict.id, self.clock())
        return self.sync() if number is not None else self._report()

    def _report(self) -> SyncReport:
        return SyncReport(0, 0, replica.open_conflicts(self.conn))

    def verify_office_audit(self) -> ChainReport:
        """The office's audit chain as this officer can see it (their office's lines)."""
        from mediadesk.office import audit

        with self._signed_in() as office:
            return audit.verify(office)

    def _signed_in(self) -> psycopg.Connection:
        server, login = replica.state(self.conn, "server"), replica.state(self.conn, "login")
        if server is None or login is None:
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "Messages", "This profile has not joined an office: use 'mediadesk join'."
                )
            )
        password = None if self.secrets is None else self.secrets.get(self._entry())
        if password is None:
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Sign-in needed: the office password is not in the keyring."
                )
            )
        return self._connect(server, login, password)

    def _push(self, office: psycopg.Connection) -> int:
        origin = replica.state(self.conn, "origin") or ""
        total = 0
        with transaction(self.conn):  # claims left by a round that died with MediaDesk
            replica.release(self.conn)
            replica_shared.catch_up(self.conn)  # tables shared since this profile joined
        while True:
            with transaction(self.conn):
                claimed = replica.claim(self.conn)
            if not claimed:
                return total
            sendable = [c for c in claimed if c.base >= 0]
            try:
                results = calls.push(office, origin, [c.as_json() for c in sendable])
            except KnownError:
                with transaction(self.conn):
                    replica.release(self.conn)  # they wait for the next round
                raise
            with transaction(self.conn):
                applied, _attention = replica_settle.settle_pushed(
                    self.conn, sendable, results, self.clock()
                )
                replica.forget(self.conn, [c for c in claimed if c.base < 0])
            total += applied

    def _pull(self, office: psycopg.Connection) -> int:
        total = self._first_pull(office)
        more = True
        while more:
            watermark = replica.state(self.conn, "watermark") or "0"
            changes, watermark, more = calls.pull(office, watermark, PULL_PAGE)
            with transaction(self.conn):
                total += self._take_in(changes)
                replica.set_state(self.conn, "watermark", watermark)
        return total

    def _take_in(self, changes: list[dict[str, Any]]) -> int:
        """Pulled changes to the records this laptop keeps (each kind checks its own)."""
        office_id = replica.state(self.conn, "office_id") or ""
        taken = replica.take_in(self.conn, changes, self.clock())
        shared = replica_shared.take_in(self.conn, changes, self.clock())
        self._posts_taken += shared
        taken += shared
        columns = office_columns.take_in(self.conn, changes, office_id)
        self._columns_taken += columns
        return taken + columns

    def _first_pull(self, office: psycopg.Connection) -> int:
        """A replica that never pulled takes the office's records whole, not change by change."""
        if (replica.state(self.conn, "watermark") or "0") != "0":
            return 0
        others: list[tuple[Any, ...]] = []

        def enquiries(records: Iterator[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
            for record in records:
                if record[0] == replica.ENQUIRY:
                    yield record  # in bulk
                else:
                    others.append(record)  # few: the ordinary way

        with calls.snapshot(office) as (watermark, records), transaction(self.conn):
            taken = replica_snapshot.take_snapshot(self.conn, enquiries(records), self.clock())
            taken += self._take_in(replica_snapshot.as_changes(others))
            replica.set_state(self.conn, "watermark", watermark)
        return taken

    def may_publish_columns(self) -> bool:
        """Whether this officer may publish the office's columns (the server checks too)."""
        return self.joined and replica.state(self.conn, "role") in ("clearer", "admin")

    def publish_columns(self) -> int:
        """Make this laptop's monitoring columns the office's set; pushed within a second by
        the open window (or the next `sync`). Returns how many columns it has."""
        if not self.may_publish_columns():
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Only a clearer or an admin can publish the office's columns."
                )
            )
        with transaction(self.conn):
            count = office_columns.publish(self.conn, replica.state(self.conn, "office_id") or "")
        log.info("published %d columns to the office", count)
        return count

    def claim_part(self, post: str, platform: str, part: int, seconds: int) -> dict[str, Any]:
        """Claim a part of a post on the office for `seconds` (0: let it go); its answer."""
        with self._signed_in() as office:
            return calls.claim_publication(
                office, replica.state(self.conn, "origin") or "", post, platform, part, seconds
            )

    def _top_up(self, office: psycopg.Connection) -> None:
        """Keep a block of final references for this year (and next, in December)."""
        now = self.clock().astimezone(UTC)
        years = [now.year] + ([now.year + 1] if now.month == 12 else [])
        for year in years:
            if references.references_left(self.conn, year) >= TOP_UP_BELOW:
                continue
            first = calls.reserve_references(office, year, RESERVE)
            with transaction(self.conn):
                references.keep_references(self.conn, year, first, RESERVE)


class OfficeListener:
    """Runs on its own thread: calls back when another laptop pushed (reconnects by itself)."""

    def __init__(self, connect: Callable[[], psycopg.Connection], office: str, origin: str) -> None:
        self._connect, self.office, self.origin = connect, office, origin

    def run(self, stop: threading.Event, heard: Callable[[], None]) -> None:
        """Until `stop` is set; a lost connection is retried every half-minute."""
        while not stop.is_set():
            try:
                with self._connect() as office:
                    calls.listen(office)
                    while not stop.is_set():
                        if calls.heard(office, self.office, self.origin, LISTEN_WAIT_S):
                            heard()
            except KnownError as exc:
                log.info("not listening to the office: %s", exc.message)
                stop.wait(RETRY_LISTEN_S)
