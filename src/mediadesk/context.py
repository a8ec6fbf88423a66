"""The AppContext handed to every part of MediaDesk by constructor: no globals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mediadesk.config.policy import Policy
from mediadesk.config.settings import Settings
from mediadesk.config.upgrades import upgrade as upgrade_settings
from mediadesk.domain.clock import Clock, utc_now
from mediadesk.net.config import NetworkConfig
from mediadesk.paths import ProfilePaths
from mediadesk.secrets import SecretStore
from mediadesk.services.desk import Desk, Desks, Office
from mediadesk.services.network import SharedClient
from mediadesk.storage.handle import ConnectionHandle
from mediadesk.storage.profile import Database

if TYPE_CHECKING:
    from mediadesk.services.enquiries import EnquiryService
    from mediadesk.services.posts import PostService


class AppContext:
    """The open profile: its Desk for the UI thread, Desks for workers, settings and policy.

    The UI thread's connection stays inside: everything reaches data through `desk` (the
    layer test holds the UI and the command line to that).
    """

    def __init__(
        self,
        database: Database,
        policy: Policy,
        conn: ConnectionHandle,
        clock: Clock = utc_now,
        secrets: SecretStore | None = None,
    ) -> None:
        self.database = database
        self.paths: ProfilePaths = database.paths
        self.policy = policy
        self._connection = conn
        upgrade_settings(conn)
        self.clock = clock
        network = SharedClient(NetworkConfig.from_settings(Settings(conn, policy).text))
        self.office = Office(database, policy, clock, secrets, network)
        self.desk = Desk(conn, self.office)
        self.settings = self.desk.settings  # one Settings per connection

    @property
    def secrets(self) -> SecretStore | None:
        """The OS keyring, for account credentials (shared with every Desk)."""
        return self.office.secrets

    @secrets.setter
    def secrets(self, store: SecretStore | None) -> None:
        self.office.secrets = store

    @classmethod
    def open(
        cls,
        database: Database,
        policy: Policy,
        clock: Clock = utc_now,
        secrets: SecretStore | None = None,
    ) -> AppContext:
        return cls(database, policy, ConnectionHandle(database.connect), clock, secrets)

    def desks(self) -> Desks:
        """A Desk per worker thread, for the window's task runner."""
        return Desks(self.office)

    @property
    def user(self) -> str:
        """Who is recorded as the actor in the audit log and as the default owner."""
        return self.desk.user

    def enquiries(self) -> EnquiryService:
        """The enquiry use cases on this thread's connection."""
        return self.desk.enquiries

    def posts(self) -> PostService:
        """The visit-post use cases on this thread's connection."""
        return self.desk.posts

    def suspend(self) -> None:
        """Locked: close the UI thread's connection (the key leaves memory with it)."""
        self._connection.suspend()

    def resume(self) -> None:
        """Unlocked: the UI thread's connection reopens when next used."""
        self._connection.resume()

    def close(self) -> None:
        self.office.close()
        self._connection.close()
