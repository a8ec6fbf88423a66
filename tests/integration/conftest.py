"""Integration tests need the real Secret Service; they fail (never skip) without it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from mediadesk.net.client import NetworkConfig, ProxyMode, make_client
from mediadesk.secrets import KeyringStore
from tests.feedserver import FeedServer, serving

HOW = (
    "These tests need a real Secret Service: apt-get install gnome-keyring dbus, then run "
    "them with ./dev test (which starts one under dbus-run-session)."
)


@pytest.fixture(scope="session")
def real_keyring() -> KeyringStore:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        pytest.fail("No D-Bus session. " + HOW)
    store = KeyringStore()
    if "SecretService" not in store.backend_name:
        pytest.fail(f"The keyring backend is {store.backend_name}. " + HOW)
    return store


def run_cli(
    *args: str, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run `python -m mediadesk ARGS` as a separate process."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mediadesk", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def profile_dir(tmp_path: Path, real_keyring: KeyringStore) -> Path:
    return tmp_path / "profile"


@pytest.fixture
def server() -> Iterator[FeedServer]:
    """A loopback feed server on 127.0.0.1."""
    with serving() as running:
        yield running


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    """The shared client factory's client, direct, with short timeouts for slow-server tests."""
    with make_client(
        NetworkConfig(ProxyMode.DIRECT), timeout=httpx.Timeout(2.0, connect=2.0)
    ) as made:
        yield made
