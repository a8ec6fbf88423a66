"""Unlocking checks the operating system's own password: PAM, against a real account."""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
from collections.abc import Iterator

import pytest

from mediadesk.osauth import pam_available, pam_verify


@pytest.fixture
def account() -> Iterator[tuple[str, str]]:
    if os.geteuid() != 0:
        pytest.skip("needs root to make a throwaway account (CI runs as root)")
    if not (shutil.which("useradd") and shutil.which("chpasswd")):
        pytest.fail("useradd and chpasswd (Debian passwd) are needed")
    name = f"mdlock{secrets.token_hex(3)}"
    password = "Zoë's " + secrets.token_urlsafe(12)
    subprocess.run(["useradd", "-M", "-s", "/usr/sbin/nologin", name], check=True)
    try:
        subprocess.run(["chpasswd"], input=f"{name}:{password}", text=True, check=True)
        yield name, password
    finally:
        subprocess.run(["userdel", name], check=False)


def test_only_the_accounts_own_password_unlocks(account: tuple[str, str]) -> None:
    assert pam_available()
    name, password = account
    assert pam_verify(name, password)
    assert not pam_verify(name, password + "x")
    assert not pam_verify(name, "")
    assert not pam_verify("no-such-account-here", password)
