"""A keyring that fails when asked (Credential Manager over RDP: error 1312) means a passphrase."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mediadesk.app import open_database_interactively
from mediadesk.paths import ProfilePaths
from mediadesk.secrets import KeyringStore
from mediadesk.storage.profile import KeyStore
from mediadesk.ui.dialogs.passphrase import PassphraseDialog


class WinVaultKeyring:
    """Behaves as Credential Manager does under a hardened baseline: every call fails."""

    def get_password(self, service: str, name: str) -> str | None:
        raise OSError(1312, "A specified logon session does not exist.")

    def set_password(self, service: str, name: str, value: str) -> None:
        raise OSError(1312, "A specified logon session does not exist.")


WinVaultKeyring.__module__ = "keyring.backends.Windows"


def test_a_failing_keyring_offers_a_passphrase_profile(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend = WinVaultKeyring()
    store = KeyringStore(backend)
    assert getattr(backend, "persist", None) == "local machine"  # never roamed to other PCs
    asked: list[str] = []

    def answer(dialog: PassphraseDialog) -> int:
        asked.append(dialog.windowTitle())
        qtbot.keyClicks(dialog.first, "twelve chars or more")
        qtbot.keyClicks(dialog.second, "twelve chars or more")
        return int(PassphraseDialog.DialogCode.Accepted)

    monkeypatch.setattr(PassphraseDialog, "exec", answer)
    paths = ProfilePaths(tmp_path / "profile", custom=True)
    database = open_database_interactively(paths, True, (store, ""))
    assert database is not None and database.manifest.key_store is KeyStore.PASSPHRASE
    assert len(asked) == 1
