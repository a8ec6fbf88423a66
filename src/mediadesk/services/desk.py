"""The Desk: the one Qt-free door through which the UI and background jobs reach the data.

A Desk is bound to one thread's connection, the acting user and the clock. The window holds
one for the UI thread; each worker gets its own from `Desks`, so a job is a
`Callable[[Desk], T]` and never sees a connection.
"""

from __future__ import annotations

import getpass
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING

from mediadesk.config.policy import Policy
from mediadesk.config.settings import Settings
from mediadesk.domain.clock import Clock
from mediadesk.paths import ProfilePaths
from mediadesk.secrets import SecretStore
from mediadesk.services.network import SharedClient
from mediadesk.storage.db import Connection, cipher_check, set_read_only
from mediadesk.storage.profile import Database

# Imported when first used: the first frame waits for none of these (nor httpx, feed parsers
# or counters, which some of them bring).
if TYPE_CHECKING:
    from mediadesk.domain.audit import ChainReport
    from mediadesk.domain.enquiry import Enquiry
    from mediadesk.domain.platforms import Platform
    from mediadesk.services.accounts import Account, Accounts
    from mediadesk.services.columns import Columns
    from mediadesk.services.directory import Directory
    from mediadesk.services.enquiries import EnquiryService
    from mediadesk.services.office_sync import OfficeSync
    from mediadesk.services.outbox import Outbox
    from mediadesk.services.posts import PostService
    from mediadesk.services.reports import Report


class Area(StrEnum):
    """What a finished job changed, so the views that show it reload (and no others)."""

    ENQUIRIES = "enquiries"
    DIRECTORY = "directory"
    POSTS = "posts"
    ACCOUNTS = "accounts"
    MONITORING = "monitoring"


@dataclass
class Office:
    """What every Desk of one open profile shares: database, policy, keyring, clock, network."""

    database: Database
    policy: Policy
    clock: Clock
    secrets: SecretStore | None
    network: SharedClient  # the one pooled HTTP client, made when first used

    @property
    def paths(self) -> ProfilePaths:
        return self.database.paths

    def close(self) -> None:
        self.network.close()


def acting_user(settings: Settings) -> str:
    """Who is recorded as the actor in the audit log and as the default owner."""
    name = settings.text("user.display_name").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


class Desk:
    """Every use case over one thread's connection: enquiries, directory, posts, monitoring."""

    def __init__(self, conn: Connection, office: Office) -> None:
        self._conn = conn
        self.office = office
        self.clock = office.clock
        self.settings = Settings(conn, office.policy)

    @property
    def user(self) -> str:
        """Who acts: the office's name for the signed-in officer, else the name given here."""
        from mediadesk.storage import replica

        return replica.state(self._conn, "officer") or acting_user(self.settings)

    def office_sync(self) -> OfficeSync:
        """This profile's link to the office server (joining, and each sync round)."""
        from mediadesk.services.office_sync import OfficePolicy, OfficeSync

        office = self.office
        return OfficeSync(
            self._conn,
            office.secrets,
            office.database.manifest.profile_id,
            self.clock,
            OfficePolicy(
                self.settings.text("office.server"), self.settings.text("office.root_certificate")
            ),
        )

    # -- the areas ---------------------------------------------------------------------------
    @property
    def enquiries(self) -> EnquiryService:
        from mediadesk.services.enquiries import EnquiryService

        return EnquiryService(self._conn, self.user, self.clock)

    @property
    def posts(self) -> PostService:
        from mediadesk.services.posts import PostService

        return PostService(self._conn, self.user, self.clock)

    @cached_property
    def directory(self) -> Directory:
        from mediadesk.services.directory import Directory

        return Directory(self._conn)

    @cached_property
    def monitoring(self) -> Columns:
        from mediadesk.services.columns import Columns

        return Columns(self._conn, self.clock, self.office.network, self.accounts)

    def accounts(self) -> Accounts:
        """Connected social-media accounts (credentials in the keyring)."""
        from mediadesk.services.accounts import Accounts

        office = self.office
        return Accounts(
            self._conn,
            office.secrets,
            office.database.manifest.profile_id,
            office.network.get(),
            self.clock,
        )

    def accounts_connected(self) -> dict[Platform, Account]:
        """The connected accounts, read without touching the network or the keyring."""
        from mediadesk.services.accounts import connected

        return connected(self._conn)

    def outbox(self, *, publishing: bool = False) -> Outbox:
        """The outbox; with `publishing`, able to send through the connected accounts."""
        from mediadesk.services.outbox import Outbox

        if not publishing:
            return Outbox(self._conn, lambda _platform: None, self.user, self.clock)
        sync = self.office_sync()
        claims = None
        if sync.joined:  # another laptop, or the outbox service, may be sending the same post
            from mediadesk.services.office_claims import OfficeClaims

            claims = OfficeClaims(sync)
        return Outbox(self._conn, self.accounts().publisher, self.user, self.clock, claims)

    # -- reports, retention, audit and health ------------------------------------------------
    def report(
        self,
        ids: Sequence[int],
        period: str = "As listed",
        first: date | None = None,
        last: date | None = None,
    ) -> Report:
        """The figures for these enquiries (the list as filtered), in a report period (with
        its first and last days when the period is custom)."""
        from mediadesk.services import reports

        since, until = reports.period(period, self.clock(), first, last)
        chosen = reports.within(self.enquiries.in_order(ids), since, until)
        return reports.build(chosen, self.clock())

    def retention_due(self, months: int) -> list[Enquiry]:
        from mediadesk.services import retention

        return retention.due(self._conn, self.clock(), months)

    def delete_enquiries(self, ids: Sequence[int]) -> int:
        from mediadesk.services import retention

        return retention.delete(self._conn, ids, self.user, self.clock())

    def anonymise_enquiries(self, ids: Sequence[int]) -> int:
        from mediadesk.services import retention

        return retention.anonymise(self._conn, ids, self.user, self.clock())

    def verify_audit(self) -> ChainReport:
        from mediadesk.storage import audit

        return audit.verify(self._conn)

    def check_health(self) -> None:
        """Raise ProfileError (naming the backup) if the database is damaged; renew backups."""
        from mediadesk.services import health

        health.check(self._conn, self.office.paths, self.clock())

    def damage(self) -> str | None:
        """None when every page of the database is intact, else what is wrong in a few words."""
        from mediadesk.storage import integrity

        return integrity.problem(self._conn)

    def refuse_writes(self) -> None:
        from mediadesk.services import health

        health.refuse_writes(self._conn)

    def encryption(self) -> str:
        """The SQLCipher version, after checking every page's HMAC (raises if any is bad)."""
        version, problems = cipher_check(self._conn)
        if problems:
            raise AssertionError(f"cipher integrity: {problems}")
        return version


class Desks:
    """A Desk per worker thread, each on its own connection, retired when MediaDesk locks."""

    def __init__(self, office: Office) -> None:
        self.office = office
        self._local = threading.local()
        self._lock = threading.Lock()
        self._connections: list[Connection] = []
        self._stale: list[Connection] = []
        self._generation = 0
        self._read_only = False

    def here(self) -> Desk:
        """This thread's Desk, its connection opened on first use (or after a lock)."""
        desk = getattr(self._local, "desk", None)
        if desk is not None and getattr(self._local, "generation", -1) == self._generation:
            return desk  # type: ignore[no-any-return]
        conn = self.office.database.connect(same_thread=False)
        if self._read_only:
            set_read_only(conn)
        with self._lock:
            self._connections.append(conn)
        self._local.generation = self._generation
        self._local.desk = Desk(conn, self.office)
        return self._local.desk  # type: ignore[no-any-return]

    def retire(self, busy: bool) -> None:
        """Close every worker connection; those `busy` jobs may hold close at `close_stale`."""
        with self._lock:
            self._generation += 1
            conns, self._connections = self._connections, []
            if busy:
                self._stale, conns = conns, []
        for conn in conns:
            conn.close()

    def close_stale(self) -> None:
        with self._lock:
            stale, self._stale = self._stale, []
        for conn in stale:
            conn.close()

    def refuse_writes(self) -> None:
        """From now on every worker connection is read-only (a damaged database)."""
        self._read_only = True
        with self._lock:
            conns = list(self._connections)
        for conn in conns:
            set_read_only(conn)

    def close(self) -> None:
        with self._lock:
            conns, self._connections = self._connections, []
        for conn in conns:
            conn.close()
