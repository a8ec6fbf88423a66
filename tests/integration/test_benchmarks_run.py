"""Every benchmark runs at a tiny size in the suite, so a broken benchmark fails it.

The figures themselves are taken at full size by hand (`.venv/bin/python benchmarks/X.py`);
here only that each script still runs to its end and prints its figure with a ratio.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TINY = {
    "cold_start.py": ["200"],
    "counters.py": [],
    "feed_ingest.py": [],
    "import_csv.py": ["200"],
    "lock_time.py": ["200"],
    "monitor_memory.py": ["2000"],
    "office_first_sync.py": ["300"],
    "office_live.py": ["3"],
    "office_offline_push.py": ["100"],
    "office_server_load.py": ["3", "2"],
    "monitor_search.py": ["2000"],
    "photo_pipeline.py": [],
    "report_charts.py": [],
    "scroll.py": ["500"],
    "search_p95.py": ["500"],
}


def test_every_benchmark_is_listed() -> None:
    scripts = {p.name for p in (ROOT / "benchmarks").glob("*.py") if not p.name.startswith("_")}
    assert scripts == set(TINY)


@pytest.mark.parametrize("script", sorted(TINY))
def test_a_benchmark_runs_and_prints_its_ratio(script: str) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), *TINY[script]],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "ratio" in done.stdout or "x the" in done.stdout, done.stdout
