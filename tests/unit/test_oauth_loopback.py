"""The sign-in's loopback redirect cannot be held up by a local program that stays silent."""

from __future__ import annotations

import socket
import threading

import httpx
import pytest

from mediadesk.net import oauth_loopback
from mediadesk.net.oauth_loopback import LoopbackRedirect
from mediadesk.net.publish import Rejected


def test_a_silent_connection_does_not_block_the_real_redirect(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(oauth_loopback, "IDLE_TIMEOUT_S", 0.5)
    redirect = LoopbackRedirect(0, "st4te")  # 0: any free port
    port = redirect.server.server_address[1]
    squatter = socket.create_connection(("127.0.0.1", port))  # connects and never speaks
    codes: list[str] = []
    waiting = threading.Thread(target=lambda: codes.append(redirect.wait(timeout=20)))
    waiting.start()
    try:
        forged = httpx.get(f"http://127.0.0.1:{port}/callback?state=wrong&code=evil", timeout=5)
        assert forged.status_code == 404
        real = httpx.get(f"http://127.0.0.1:{port}/callback?state=st4te&code=c0de", timeout=5)
        assert real.status_code == 200 and "Signed in" in real.text
        waiting.join(20)
    finally:
        squatter.close()
    assert codes == ["c0de"]


def test_a_port_in_use_is_named_plainly() -> None:
    holder = socket.socket()
    holder.bind(("127.0.0.1", 0))
    holder.listen()
    try:
        with pytest.raises(Rejected, match="in use by another program"):
            LoopbackRedirect(holder.getsockname()[1], "s")
    finally:
        holder.close()
