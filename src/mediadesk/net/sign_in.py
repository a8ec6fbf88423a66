"""What every platform's sign-in gives back, and the one rule each obeys before sending."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import urlsplit

from mediadesk.errors import KnownError
from mediadesk.words import QT_TRANSLATE_NOOP, Said

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


@dataclass(frozen=True)
class SignedIn:
    """A signed-in account as the platform names it, and the secrets the keyring keeps."""

    handle: str
    server: str
    user_id: str = ""
    client_id: str = ""
    secrets: Mapping[str, str] = field(default_factory=dict, repr=False)


class Pending(Protocol):
    """A browser sign-in under way: the page to open, and a way to give up on it."""

    @property
    def url(self) -> str: ...

    def cancel(self) -> None: ...


def secure_server(url: str) -> str:
    """`url` if a sign-in may travel to it: https, or http only to this machine (tests, proxies).

    Tokens and app passwords sent over plain http can be read by anyone on the network.
    """
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.scheme == "https" and host:
        return url.strip()
    if parts.scheme == "http" and host in LOOPBACK_HOSTS:
        return url.strip()
    raise KnownError(
        Said(
            QT_TRANSLATE_NOOP(
                "Messages",
                "MediaDesk signs in only over a secure connection: use the server's https:// "
                "address instead of '{url}'.",
            ),
            url=url.strip(),
        )
    )


def field_text(fields: Mapping[str, str], name: str, default: str = "") -> str:
    """One field the user typed, stripped ('' or `default` when left blank)."""
    return str(fields.get(name, "")).strip() or default
