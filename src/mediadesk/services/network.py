"""The network as the rest of MediaDesk sees it: one pooled client, made when first needed.

httpx and the client factory are imported only then, so holding a SharedClient costs the first
frame nothing.
"""

from __future__ import annotations

import sys
import threading
from typing import TYPE_CHECKING

from mediadesk.net.config import NetworkConfig

if TYPE_CHECKING:
    import httpx


class SharedClient:
    """One pooled httpx client for every job, made in a worker (a PAC script may need the net)."""

    def __init__(self, config: NetworkConfig) -> None:
        self._config = config
        self._client: httpx.Client | None = None
        self._lock = threading.Lock()

    def get(self) -> httpx.Client:
        with self._lock:
            if self._client is None:
                from mediadesk.net.client import make_client

                self._client = make_client(self._config)
            return self._client

    def close(self) -> None:
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client = None


def check_trust_store() -> None:
    """Load the system TLS trust store (the self-test's check that it ships)."""
    from mediadesk.net.client import ssl_context

    ssl_context()


def check_proxy_sign_in() -> None:
    """Make a first NTLM token offline: the proxy sign-in library and its backends load."""
    import spnego

    assert spnego.client("self-test", "-", protocol="ntlm").step(None), "no NTLM token"
    if sys.platform == "win32":  # Windows sign-in to proxies goes through SSPI
        import sspilib  # noqa: F401
