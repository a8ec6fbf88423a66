"""Fixtures shared by every test: a fresh encrypted profile and a fixed clock."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from mediadesk.config.policy import Policy
from mediadesk.context import AppContext
from mediadesk.domain.clock import Clock, utc_now
from mediadesk.paths import ProfilePaths
from mediadesk.secrets import MemoryStore, SecretStore
from mediadesk.storage.handle import ConnectionHandle
from mediadesk.storage.profile import Database, open_profile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def flip_middle_bytes(database: Path, count: int = 64, at: float = 0.5) -> None:
    """Damage a file as a failing disk or a bad copy would: `count` bytes flipped mid-file
    (or `at` that fraction of it)."""
    data = bytearray(database.read_bytes())
    middle = int(len(data) * at)
    data[middle : middle + count] = bytes(b ^ 0xFF for b in data[middle : middle + count])
    database.write_bytes(bytes(data))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))


@pytest.fixture
def profile_paths(tmp_path: Path) -> ProfilePaths:
    return ProfilePaths(tmp_path / "profile", custom=True)


class ContextWithConnection(AppContext):
    """MediaDesk's context plus the UI thread's raw connection, for tests that set up or
    inspect what is stored directly (the application's own context never hands it out)."""

    def __init__(
        self,
        database: Database,
        policy: Policy,
        clock: Clock = utc_now,
        secrets: SecretStore | None = None,
    ) -> None:
        self.conn = ConnectionHandle(database.connect)
        super().__init__(database, policy, self.conn, clock, secrets)


@pytest.fixture
def ctx(profile_paths: ProfilePaths, clock: FakeClock) -> Iterator[ContextWithConnection]:
    database = open_profile(profile_paths, MemoryStore())
    context = ContextWithConnection(database, Policy(), clock)
    context.settings.set("user.display_name", "Alex Officer")
    yield context
    context.close()


@pytest.fixture(scope="session")
def qapp(qapp: Any) -> Any:
    """pytest-qt's application, speaking British English as MediaDesk starts it (the English
    file holds the plural forms: "1 enquiry", "2 enquiries")."""
    from mediadesk.ui import i18n

    assert i18n.install(qapp, "en-GB") == "en-GB", "no .qm files: run ./dev venv"
    return qapp
