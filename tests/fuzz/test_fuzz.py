"""The fuzz targets run in the suite: their seeds and past crashes, then a bounded campaign each."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fuzz.targets import TARGETS

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SECONDS_EACH = int(os.environ.get("MEDIADESK_FUZZ_SECONDS", "10"))


def _inputs() -> list[tuple[str, Path]]:
    found = []
    for name in TARGETS:
        for folder in (HERE / "corpus" / name, HERE / "regressions" / name):
            found += [(name, path) for path in sorted(folder.glob("*")) if path.is_file()]
    return found


@pytest.mark.qt_log_ignore(".*")
@pytest.mark.parametrize(("name", "path"), _inputs(), ids=lambda v: getattr(v, "name", v))
def test_seeds_and_past_crashes_are_handled(qapp: object, name: str, path: Path) -> None:
    TARGETS[name](path.read_bytes())  # raises (fails) on anything but data or a KnownError


@pytest.mark.parametrize("name", list(TARGETS))
def test_a_bounded_fuzzing_campaign_finds_no_crash(name: str, tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.fuzz.run",
            name,
            f"-max_total_time={SECONDS_EACH}",
            "-timeout=20",
            "-rss_limit_mb=1500",
            f"-artifact_prefix={tmp_path}/",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=SECONDS_EACH + 120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    crashes = list(tmp_path.glob("*"))
    assert done.returncode == 0 and not crashes, (
        f"{name}: the fuzzer found a failing input ({[c.name for c in crashes]}); add it under "
        f"tests/fuzz/regressions/{name}/ and fix it.\n" + done.stderr[-3000:]
    )
