"""The frozen bundle runs its self-test: keyring backends, Qt plugins, resources all present."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from tests.packaging.conftest import MAIN_EXE


def _self_test(bundle: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bundle / MAIN_EXE), "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **env},
        check=False,
    )


def test_frozen_self_test_through_the_real_keyring(bundle: Path) -> None:
    result = _self_test(bundle, QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test (frozen)" in result.stdout
    assert "ok: keyring backend keyring.backends.SecretService" in result.stdout
    assert "ok: main window rendered" in result.stdout


def test_frozen_self_test_without_a_keyring(bundle: Path) -> None:
    result = _self_test(
        bundle, QT_QPA_PLATFORM="offscreen", PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "using the passphrase path" in result.stdout


def test_bundle_is_one_folder_without_upx_and_ships_policy_templates(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert internal.is_dir()
    assert (internal / "policy" / "MediaDesk.admx").exists()
    assert any(internal.rglob("libqoffscreen.so"))
    assert any(internal.rglob("libqxcb.so"))
    assert not any(p.name.startswith("upx") for p in bundle.rglob("*"))


def test_bundle_ships_the_welsh_interface_and_the_charts(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert (internal / "mediadesk" / "translations" / "mediadesk_cy.qm").stat().st_size > 10_000
    assert (internal / "mediadesk" / "translations" / "mediadesk_en.qm").exists()
    assert any(internal.rglob("libQt6Charts.so*"))
    # Only what the report uses comes with the charts: not the rest of PySide6's add-ons.
    assert not any(internal.rglob("libQt6WebEngineCore.so*"))
