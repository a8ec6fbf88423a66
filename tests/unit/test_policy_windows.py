"""Policy from the Windows registry (runs on the Windows CI runner; HKCU needs no admin)."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

pytestmark = pytest.mark.skipif(sys.platform != "win32", reason="Windows registry")


@pytest.fixture
def hkcu_policy() -> Iterator[None]:
    import winreg

    key = winreg.CreateKey(winreg.HKEY_CURRENT_USER, r"Software\Policies\MediaDesk")
    winreg.SetValueEx(key, "enquiries.retention_months", 0, winreg.REG_DWORD, 18)
    winreg.SetValueEx(key, "enquiries.export_allowed", 0, winreg.REG_DWORD, 0)
    winreg.SetValueEx(key, "network.proxy_mode", 0, winreg.REG_SZ, "direct")
    winreg.CloseKey(key)
    yield
    winreg.DeleteKey(winreg.HKEY_CURRENT_USER, r"Software\Policies\MediaDesk")


def test_registry_policy_is_read_and_typed(
    hkcu_policy: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mediadesk.config.policy import load_policy
    from mediadesk.config.settings import BY_KEY, coerce

    monkeypatch.delenv("MEDIADESK_POLICY_FILE", raising=False)
    policy = load_policy()
    assert "HKCU" in policy.source
    assert (
        coerce(BY_KEY["enquiries.retention_months"], policy.values["enquiries.retention_months"])
        == 18
    )
    assert (
        coerce(BY_KEY["enquiries.export_allowed"], policy.values["enquiries.export_allowed"])
        is False
    )
    assert policy.values["network.proxy_mode"] == "direct"
