"""Unlocking with the Windows password (runs on the Windows CI runner, which is an admin)."""

from __future__ import annotations

import secrets
import subprocess
import sys
from collections.abc import Iterator

import pytest

pytestmark = pytest.mark.skipif(sys.platform != "win32", reason="Windows sign-in")


@pytest.fixture
def local_account() -> Iterator[tuple[str, str]]:
    name = f"mdlock{secrets.token_hex(3)}"
    password = "Zoe-" + secrets.token_urlsafe(12) + "!9"
    subprocess.run(["net", "user", name, password, "/add"], check=True, capture_output=True)
    try:
        yield name, password
    finally:
        subprocess.run(["net", "user", name, "/delete"], check=False, capture_output=True)


def test_only_the_windows_password_of_the_account_unlocks(
    local_account: tuple[str, str],
) -> None:
    from mediadesk.osauth import windows_password_verify

    name, password = local_account
    assert windows_password_verify(f".\\{name}", password)
    assert not windows_password_verify(f".\\{name}", password + "x")


def test_windows_hello_answers_or_says_it_is_not_there() -> None:
    from mediadesk.osauth import windows_hello

    # A CI runner has no Hello sensor or PIN: the unlock must fall back to the password.
    assert windows_hello("MediaDesk test") in (None, False)
