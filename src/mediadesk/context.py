"""The AppContext handed to every part of MediaDesk by constructor: no globals."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mediadesk.config.policy import Policy
from mediadesk.config.settings import Settings
from mediadesk.domain.clock import Clock, utc_now
from mediadesk.paths import ProfilePaths
from mediadesk.secrets import SecretStore
from mediadesk.storage.db import Connection
from mediadesk.storage.handle import ConnectionHandle
from mediadesk.storage.profile import Database

if TYPE_CHECKING:
    from mediadesk.services.enquiries import EnquiryService
    from mediadesk.services.posts import PostService


@dataclass
class AppContext:
    """The open profile, its settings and the UI thread's connection."""

    paths: ProfilePaths
    database: Database
    policy: Policy
    conn: Connection
    settings: Settings
    clock: Clock = utc_now
    secrets: SecretStore | None = None  # the OS keyring, for account credentials

    @classmethod
    def open(
        cls,
        database: Database,
        policy: Policy,
        clock: Clock = utc_now,
        secrets: SecretStore | None = None,
    ) -> AppContext:
        conn = ConnectionHandle(database.connect)
        return cls(database.paths, database, policy, conn, Settings(conn, policy), clock, secrets)

    @property
    def user(self) -> str:
        """Who is recorded as the actor in the audit log and as the default owner."""
        name = str(self.settings.get("user.display_name")).strip()
        if name:
            return name
        import getpass

        try:
            return getpass.getuser()
        except (OSError, KeyError):
            return "unknown"

    def enquiries(self) -> EnquiryService:
        """The enquiry use cases on this thread's connection."""
        from mediadesk.services.enquiries import EnquiryService

        return EnquiryService(self.conn, self.user, self.clock)

    def posts(self) -> PostService:
        """The visit-post use cases on this thread's connection."""
        from mediadesk.services.posts import PostService

        return PostService(self.conn, self.user, self.clock)

    def close(self) -> None:
        self.conn.close()
