"""IT policy: Windows registry (HKLM, then HKCU) or a JSON file elsewhere."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mediadesk.config.upgrades import renamed

POLICY_FILE_ENV = "MEDIADESK_POLICY_FILE"
DEFAULT_POLICY_FILE = Path("/etc/mediadesk/policy.json")
REGISTRY_PATH = r"Software\Policies\MediaDesk"


@dataclass(frozen=True)
class Policy:
    """Settings IT has fixed (raw, checked by the settings registry), and their source."""

    values: dict[str, Any] = field(default_factory=dict)
    source: str = "none"
    problems: tuple[str, ...] = ()


def _from_json(path: Path) -> Policy:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Policy()
    except (OSError, ValueError) as exc:
        return Policy(source=str(path), problems=(f"policy file unreadable: {exc}",))
    if not isinstance(raw, dict):
        return Policy(source=str(path), problems=("policy file is not a JSON object",))
    return _known(raw, str(path))


def _known(raw: dict[str, Any], source: str) -> Policy:
    return Policy(renamed(raw), source)


if sys.platform == "win32":  # pragma: no cover - Windows only
    import winreg

    def _from_registry() -> Policy:  # pragma: no cover - Windows only
        """Policy values from HKCU, overridden by HKLM."""
        merged: dict[str, Any] = {}
        sources: list[str] = []
        for hive, name in ((winreg.HKEY_CURRENT_USER, "HKCU"), (winreg.HKEY_LOCAL_MACHINE, "HKLM")):
            try:
                with winreg.OpenKey(hive, REGISTRY_PATH) as key:
                    index = 0
                    while True:
                        try:
                            value_name, value, _ = winreg.EnumValue(key, index)
                        except OSError:
                            break
                        merged[value_name] = value  # HKLM is read last, so it wins
                        index += 1
                    sources.append(f"{name}\\{REGISTRY_PATH}")
            except OSError:
                continue
        return _known(merged, " + ".join(sources) or "none") if merged else Policy()


def machine_policy() -> Policy:
    """What IT set for the machine: the registry on Windows, /etc/mediadesk elsewhere."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return _from_registry()
    return _from_json(DEFAULT_POLICY_FILE)


def load_policy(machine: Callable[[], Policy] = machine_policy) -> Policy:
    """The policy in force on this machine.

    Machine policy always wins. MEDIADESK_POLICY_FILE is read only where IT has set none:
    a user can set an environment variable, so it must never be a way to lift IT's locks.
    """
    found = machine()
    if found.values or found.problems:
        return found
    explicit = os.environ.get(POLICY_FILE_ENV)
    if explicit:
        return _from_json(Path(explicit))
    return found
