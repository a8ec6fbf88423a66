"""Where MediaDesk keeps a profile and its logs."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from mediadesk import APP_NAME

PROFILE_ENV = "MEDIADESK_PROFILE"


@dataclass(frozen=True)
class ProfilePaths:
    """The files of one profile; everything MediaDesk writes lives below `root`."""

    root: Path
    custom: bool

    @property
    def database(self) -> Path:
        return self.root / "mediadesk.db"

    @property
    def manifest(self) -> Path:
        return self.root / "profile.json"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        if self.custom:
            return self.root / "logs"
        return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def resolve_profile(explicit: str | None = None) -> ProfilePaths:
    """Pick the profile directory: --profile, then MEDIADESK_PROFILE, then the platform default."""
    chosen = explicit or os.environ.get(PROFILE_ENV)
    if chosen:
        return ProfilePaths(Path(chosen).expanduser().resolve(), custom=True)
    root = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))
    return ProfilePaths(root.resolve(), custom=False)


ONEDRIVE_ENV = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")


def unsuitable_folder(
    root: str, env: Mapping[str, str] | None = None, remote: bool | None = None
) -> str | None:
    """Why a profile cannot live in `root` (a network or OneDrive-synced folder), or None.

    SQLite's write-ahead log needs shared memory on a local disk, and a synced folder would
    upload the live database and its log mid-write, so both are refused in plain words.
    `remote` is the drive's type where the caller knows it (Windows: GetDriveType).
    """
    env = os.environ if env is None else env
    text = root.replace("/", "\\")
    if text.startswith("\\\\") or remote:
        return (
            f"MediaDesk cannot keep its profile in {root}: it is on a network drive, where the "
            "encrypted database cannot be written safely. Use a folder on this computer."
        )
    folded = text.casefold().rstrip("\\") + "\\"
    for name in ONEDRIVE_ENV:
        synced = env.get(name, "").replace("/", "\\").casefold().rstrip("\\")
        if synced and folded.startswith(synced + "\\"):
            return (
                f"MediaDesk cannot keep its profile in {root}: OneDrive syncs that folder, and "
                "would upload the database while it is being written. Use a folder OneDrive "
                "does not sync, such as the default (%LOCALAPPDATA%\\MediaDesk)."
            )
    return None


def drive_is_remote(root: Path) -> bool:
    """Whether `root` is on a network drive (Windows only; False elsewhere)."""
    if sys.platform != "win32":
        return False
    import ctypes  # pragma: no cover - Windows only

    drive_remote = 4
    kernel: Any = getattr(ctypes, "windll").kernel32  # noqa: B009
    return bool(kernel.GetDriveTypeW(root.anchor or str(root)) == drive_remote)
