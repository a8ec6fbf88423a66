"""The network settings in force, kept apart from httpx so that reading them costs nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class ProxyMode(StrEnum):
    """Where proxy settings come from."""

    SYSTEM = "system"  # the operating system's (Windows Internet settings) or environment's
    PAC = "pac"  # a proxy auto-config script at network.pac_url
    FIXED = "fixed"  # network.proxy_url for everything
    DIRECT = "direct"  # no proxy


@dataclass(frozen=True)
class NetworkConfig:
    """The network settings in force (from the settings registry and IT policy)."""

    proxy_mode: ProxyMode = ProxyMode.SYSTEM
    pac_url: str = ""
    proxy_url: str = ""

    @classmethod
    def from_settings(cls, text: Callable[[str], str]) -> NetworkConfig:
        """From the settings' text getter (Settings.text: policy first)."""
        return cls(
            ProxyMode(text("network.proxy_mode")),
            text("network.pac_url"),
            text("network.proxy_url"),
        )
