"""Where MediaDesk keeps a profile and its logs."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

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
