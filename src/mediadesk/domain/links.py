"""The one rule for outside links: only http and https with a host may be opened or linked."""

from __future__ import annotations

import html
from urllib.parse import urlsplit

SAFE_SCHEMES = ("http", "https")
MAX_LINK = 4096


def safe_link(url: str) -> str:
    """`url` (trimmed) if it may be opened or made clickable, else ''.

    Feeds and replies can carry `file://server/share/x.exe`, `ms-msdt:`, `search-ms:`, `smb:`
    or `javascript:` links; on Windows opening those can leak the user's network credentials
    or run a program, so anything but a web address with a host is shown as text only.
    """
    text = (url or "").strip()
    if not text or len(text) > MAX_LINK:
        return ""
    if any(ord(c) < 0x21 or c in '"<>\\^`{|}' or 0x7F <= ord(c) <= 0x9F for c in text):
        return ""  # controls, spaces and characters a browser would re-read differently
    try:
        parts = urlsplit(text)
        host = parts.hostname
    except ValueError:
        return ""
    if parts.scheme.lower() not in SAFE_SCHEMES or not host:
        return ""
    return text


def link_html(url: str, text: str | None = None) -> str:
    """An escaped HTML link to `url` when it is safe; otherwise the escaped text alone."""
    shown = html.escape(url if text is None else text)
    safe = safe_link(url)
    if not safe:
        return shown
    return f'<a href="{html.escape(safe, quote=True)}">{shown}</a>'
