"""`mediadesk --self-test` and `mediadesk doctor` as IT would run them."""

from __future__ import annotations

import json
from pathlib import Path

from mediadesk.paths import ProfilePaths
from mediadesk.secrets import KeyringStore
from mediadesk.storage.profile import read_manifest
from tests.integration.conftest import run_cli


def test_self_test_passes_through_the_real_keyring(real_keyring: KeyringStore) -> None:
    result = run_cli("--self-test", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok: keyring backend keyring.backends.SecretService" in result.stdout
    assert "ok: main window rendered" in result.stdout
    assert result.stdout.strip().endswith("self-test passed")


def test_self_test_takes_the_passphrase_path_without_a_keyring() -> None:
    result = run_cli(
        "--self-test",
        env={
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "using the passphrase path" in result.stdout


def test_doctor_reports_without_secrets(
    profile_dir: Path, tmp_path: Path, real_keyring: KeyringStore
) -> None:
    csv = tmp_path / "a.csv"
    csv.write_text("Received,Subject\n01/11/2026 10:00,Secret subject words\n")
    assert run_cli("--profile", str(profile_dir), "import", "enquiries", str(csv)).returncode == 0
    policy = tmp_path / "policy.json"
    policy.write_text(
        json.dumps(
            {
                "network.proxy_mode": "fixed",
                "network.proxy_url": "http://proxy.corp.example:8080",
                "enquiries.retention_months": 36,
                "bogus": 1,
            }
        )
    )
    result = run_cli(
        "--profile",
        str(profile_dir),
        "doctor",
        "--url",
        "https://www.gov.uk/",
        env={"MEDIADESK_POLICY_FILE": str(policy)},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "Database:         ok; SQLCipher 4" in out and "1 enquiries" in out
    assert f"Policy source:    {policy}" in out
    assert "enquiries.retention_months = 36 (set by policy)" in out
    assert "unknown policy key 'bogus'" in out
    assert "Proxy for https://www.gov.uk/: http://proxy.corp.example:8080" in out
    assert "truststore" in out
    manifest = read_manifest(ProfilePaths(profile_dir, custom=True))
    assert manifest is not None
    key = real_keyring.get(manifest.keyring_entry)
    assert key is not None and key not in out and "Secret subject" not in out
