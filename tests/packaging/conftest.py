"""Build the frozen one-folder bundle and the MSI once per test session."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build" / "test-packaging"
MAIN_EXE = "mediadesk"


def _run(*command: str | Path, env: dict[str, str] | None = None) -> None:
    result = subprocess.run(
        [str(c) for c in command],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        check=False,
    )
    if result.returncode:
        pytest.fail(f"{command[0]} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")


@pytest.fixture(scope="session")
def bundle() -> Path:
    """dist-style one-folder bundle built by PyInstaller from packaging/mediadesk.spec."""
    _run(
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--distpath",
        BUILD / "dist",
        "--workpath",
        BUILD / "work",
        ROOT / "packaging" / "mediadesk.spec",
        env={"PYTHONDONTWRITEBYTECODE": "1"},
    )
    path = BUILD / "dist" / "mediadesk"
    assert (path / MAIN_EXE).exists()
    return path


@pytest.fixture(scope="session")
def icon() -> Path:
    target = BUILD / "mediadesk.ico"
    _run(sys.executable, ROOT / "packaging" / "make_icon.py", target)
    return target


def build_msi(bundle: Path, icon: Path, name: str) -> Path:
    """Run packaging/windows/build.sh (wixl) on the bundle."""
    from mediadesk import __version__

    out = BUILD / name
    _run(ROOT / "packaging" / "windows" / "build.sh", __version__, bundle, out, MAIN_EXE, icon)
    return out


@pytest.fixture(scope="session")
def msi(bundle: Path, icon: Path) -> Path:
    return build_msi(bundle, icon, "MediaDesk.msi")
