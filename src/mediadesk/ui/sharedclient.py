"""One pooled HTTP client per tab, made lazily in a worker (a PAC script may need the network)."""

from __future__ import annotations

import threading

import httpx

from mediadesk.net.client import NetworkConfig, make_client


class SharedClient:
    """One pooled httpx client for every poll, made in a worker (PAC may need the network)."""

    def __init__(self, config: NetworkConfig) -> None:
        self._config = config
        self._client: httpx.Client | None = None
        self._lock = threading.Lock()

    def get(self) -> httpx.Client:
        with self._lock:
            if self._client is None:
                self._client = make_client(self._config)
            return self._client

    def close(self) -> None:
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client = None
