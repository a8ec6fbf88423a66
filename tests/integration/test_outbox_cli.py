"""`mediadesk outbox run`: the due posts go out with no window open, once each."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from mediadesk.config.policy import Policy
from mediadesk.context import AppContext
from mediadesk.domain.platforms import Platform
from mediadesk.domain.posts import Visit
from mediadesk.paths import ProfilePaths
from mediadesk.secrets import KeyringStore
from mediadesk.storage.profile import open_profile
from tests.integration.conftest import run_cli
from tests.platforms import Platforms, serving_platforms


@pytest.fixture
def loopback() -> Iterator[tuple[Platforms, str]]:
    with serving_platforms() as running:
        yield running


def _profile_with_a_queued_post(
    root: Path, keyring: KeyringStore, platforms: Platforms, base: str
) -> None:
    ctx = AppContext.open(
        open_profile(ProfilePaths(root, custom=True), keyring), Policy(), secrets=keyring
    )
    try:
        with httpx.Client(timeout=5) as client:
            accounts = ctx.desk.accounts()
            accounts.client = client
            accounts.connect(Platform.MASTODON, {"server": base, "token": platforms.mastodon_token})
        posts = ctx.desk.posts
        visit = posts.save_visit(Visit(0, "Jo Minister", "2026-11-20", "Cardiff"))
        post = posts.new_post(visit.id)
        posts.save_content(
            post.id,
            text="The minister opened the new library today.",
            platforms=(Platform.MASTODON,),
        )
        posts.submit(post.id)
        posts.clear(post.id, "Head of News")
        posts.queue(post.id)
    finally:
        ctx.close()


def test_outbox_run_publishes_what_is_due_once(
    tmp_path: Path, real_keyring: KeyringStore, loopback: tuple[Platforms, str]
) -> None:
    platforms, base = loopback
    profile = tmp_path / "p"
    _profile_with_a_queued_post(profile, real_keyring, platforms, base)
    first = run_cli("--profile", str(profile), "outbox", "run")
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip().splitlines()[-1] == "Outbox: 0 waiting, 0 failed."
    again = run_cli("--profile", str(profile), "outbox", "run")
    assert again.returncode == 0 and again.stdout.strip() == "Outbox: 0 waiting, 0 failed."
    assert len(platforms.posts("mastodon")) == 1  # exactly once


def test_outbox_run_on_an_empty_outbox_says_so(tmp_path: Path, real_keyring: KeyringStore) -> None:
    profile = tmp_path / "p"
    open_profile(ProfilePaths(profile, custom=True), real_keyring)
    result = run_cli("--profile", str(profile), "outbox", "run")
    assert result.returncode == 0 and result.stdout.strip() == "Outbox: 0 waiting, 0 failed."


def test_the_outbox_service_stops_cleanly_when_told(
    tmp_path: Path, real_keyring: KeyringStore
) -> None:
    import os
    import signal
    import subprocess
    import sys

    profile = tmp_path / "p"
    open_profile(ProfilePaths(profile, custom=True), real_keyring)
    service = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mediadesk",
            "--profile",
            str(profile),
            "outbox",
            "run",
            "--service",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert service.stdout is not None
    assert service.stdout.readline().startswith("Outbox service started")
    assert service.poll() is None
    os.kill(service.pid, signal.SIGTERM)
    assert service.wait(timeout=10) == 0
