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
