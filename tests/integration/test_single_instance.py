"""A second start on the same profile hands over to the first and exits."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.integration.conftest import run_cli


def test_second_instance_brings_the_first_forward(profile_dir: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen(
        [sys.executable, "-m", "mediadesk", "--profile", str(profile_dir)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        log = profile_dir / "logs" / "mediadesk.log"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not (log.exists() and "starting" in log.read_text()):
            time.sleep(0.1)
        time.sleep(1.5)
        assert first.poll() is None, first.communicate()
        second = run_cli(
            "--profile", str(profile_dir), env={"QT_QPA_PLATFORM": "offscreen"}, timeout=30
        )
        assert second.returncode == 0, second.stderr
        assert "already running" in second.stdout
        assert first.poll() is None
    finally:
        first.terminate()
        first.wait(timeout=10)


def test_a_killed_instance_does_not_lock_the_profile_out(profile_dir: Path) -> None:
    from mediadesk.paths import ProfilePaths
    from mediadesk.ui.single_instance import LOCK_NAME, claim_profile

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen(
        [sys.executable, "-m", "mediadesk", "--profile", str(profile_dir)], env=env
    )
    try:
        lock_file = profile_dir / LOCK_NAME
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not lock_file.exists():
            time.sleep(0.05)
        assert lock_file.exists()
        paths = ProfilePaths(profile_dir, custom=True)
        assert claim_profile(paths) is None  # held by a live MediaDesk
    finally:
        first.kill()  # no clean-up: the lock file stays behind
        first.wait(timeout=10)
    assert lock_file.exists()
    lock = claim_profile(paths)
    assert lock is not None and lock.isLocked()  # the dead process's lock is taken over
    lock.unlock()
