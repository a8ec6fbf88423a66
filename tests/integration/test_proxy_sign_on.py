"""Windows single sign-on to a proxy: Negotiate/NTLM legs on the CONNECT, then TLS through it.

The proxy is real (tests.tunnel_proxy, accepting sign-in with pyspnego's NTLM); the Windows
logon is the one part a Linux machine lacks, so the account is named here (SSPI supplies it on
Windows, proved by the Windows workflow).
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from mediadesk.context import AppContext
from mediadesk.domain.monitoring import Column
from mediadesk.domain.platforms import ColumnKind
from mediadesk.net import proxy_signon
from mediadesk.net.client import NetworkConfig, ProxyMode, make_client
from mediadesk.services import monitoring
from mediadesk.storage import monitoring as store
from tests import https_server, tunnel_proxy
from tests.conftest import FakeClock
from tests.feedserver import FeedServer, Route, atom

ACCOUNT = "OFFICE\\zoe"


@pytest.fixture
def accounts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The directory the proxy checks sign-ins against (pyspnego's NTLM_USER_FILE)."""
    users = tmp_path / "ntlm-users"
    users.write_text("OFFICE:zoe:Correct-Horse-7\n")
    monkeypatch.setenv("NTLM_USER_FILE", str(users))


def _signed_in_as(monkeypatch: pytest.MonkeyPatch, password: str) -> None:
    sign_on = proxy_signon.SignOn(ACCOUNT, password)
    monkeypatch.setattr(proxy_signon, "current_sign_on", lambda: sign_on)


@pytest.fixture
def sso_proxy(accounts: None) -> Iterator[tuple[str, type[tunnel_proxy.Proxy]]]:
    server = tunnel_proxy.serve("sso")
    yield f"http://127.0.0.1:{server.server_address[1]}", server.RequestHandlerClass  # type: ignore[misc]
    server.shutdown()
    server.server_close()


@pytest.fixture
def https_feed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A feed served over HTTPS by a CA this process trusts (the system store's stand-in)."""
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "feed.atom").write_bytes(
        atom("Press notices", [("urn:1", "Minister visits Cardiff", "https://gov.example/1")])
    )
    server = https_server.serve(folder)
    monkeypatch.setenv("SSL_CERT_FILE", str(folder / "ca.pem"))
    yield f"https://127.0.0.1:{server.server_address[1]}/feed.atom"
    server.shutdown()
    server.server_close()


def _poll(ctx: AppContext, clock: FakeClock, url: str, proxy: str) -> monitoring.PollResult:
    column_id = store.add_column(ctx.conn, Column(0, ColumnKind.FEED, "Feed", {"url": url}))
    column = store.get_column(ctx.conn, column_id)
    assert column is not None
    with make_client(NetworkConfig(ProxyMode.FIXED, proxy_url=proxy)) as client:
        return monitoring.poll(ctx.conn, client, column, clock.now)


def test_an_https_feed_arrives_through_a_proxy_that_wants_windows_sign_in(
    ctx: AppContext,
    clock: FakeClock,
    sso_proxy: tuple[str, type[tunnel_proxy.Proxy]],
    https_feed: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    proxy, handler = sso_proxy
    _signed_in_as(monkeypatch, "Correct-Horse-7")
    result = _poll(ctx, clock, https_feed, proxy)
    assert result.error == ""
    assert result.new_items == 1
    assert handler.signed_in == [ACCOUNT]


def test_a_plain_http_feed_behind_the_sign_in_proxy_is_tunnelled_signed_in(
    ctx: AppContext,
    clock: FakeClock,
    sso_proxy: tuple[str, type[tunnel_proxy.Proxy]],
    server: FeedServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    proxy, handler = sso_proxy
    server.routes["/feed.atom"] = Route(atom("News", [("urn:a", "Story", "https://n.example/a")]))
    _signed_in_as(monkeypatch, "Correct-Horse-7")
    result = _poll(ctx, clock, server.url("/feed.atom"), proxy)
    assert (result.error, result.new_items) == ("", 1)
    assert handler.signed_in == [ACCOUNT]


def test_a_refused_sign_in_is_one_plain_sentence(
    ctx: AppContext,
    clock: FakeClock,
    sso_proxy: tuple[str, type[tunnel_proxy.Proxy]],
    https_feed: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    proxy, handler = sso_proxy
    _signed_in_as(monkeypatch, "last-years-password")
    result = _poll(ctx, clock, https_feed, proxy)
    assert result.error.startswith("The proxy did not accept your Windows sign-in.")
    assert handler.signed_in == []


def test_without_windows_sign_in_the_proxy_is_named_plainly(
    ctx: AppContext,
    clock: FakeClock,
    sso_proxy: tuple[str, type[tunnel_proxy.Proxy]],
    https_feed: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    proxy, _handler = sso_proxy
    monkeypatch.setattr(proxy_signon, "current_sign_on", lambda: None)
    result = _poll(ctx, clock, https_feed, proxy)
    assert result.error.startswith("The proxy wants Windows sign-in")


class _Scripted:
    """A 'proxy' that answers every request with the same bytes, for hostile answers."""

    def __init__(self, answer: bytes) -> None:
        self.answer = answer
        self.sock = socket.create_server(("127.0.0.1", 0))
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            try:
                while conn.recv(65536):
                    conn.sendall(self.answer)
            except OSError:
                return

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}"


NEGOTIATE_407 = (
    b"HTTP/1.1 407 Proxy Authentication Required\r\n"
    b"Proxy-Authenticate: Negotiate\r\nContent-Length: 0\r\n\r\n"
)


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        (b"SSH-2.0-OpenSSH_9.2\r\n\r\n", "not HTTP"),
        (b"HTTP/1.1 200 OK\r\nX: " + b"a" * 100_000, "not HTTP"),
        (NEGOTIATE_407.replace(b"Negotiate", b"Negotiate %%%not-base64"), "refused"),
        (b"HTTP/1.1 407 No\r\nProxy-Authenticate: Basic realm=x\r\n\r\n", "407"),
        (b"HTTP/1.1 200 Connection established\r\n\r\nsurprise", "before opening"),
        (b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n", "502"),
        (NEGOTIATE_407, "refused"),  # the same bare challenge after our token
    ],
)
def test_a_hostile_proxy_answer_is_refused_in_words(answer: bytes, said: str) -> None:
    proxy = _Scripted(answer)
    transport = proxy_signon.SignOnTransport(
        proxy.url, proxy_signon.SignOn(ACCOUNT, "x"), httpx.create_ssl_context(), "test"
    )
    with httpx.Client(transport=transport) as client, pytest.raises(httpx.ProxyError) as caught:
        client.get("https://127.0.0.1:9/")
    assert said in str(caught.value)
    proxy.sock.close()


def test_a_proxy_that_never_finishes_its_answer_is_left_in_bounded_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(proxy_signon, "HANDSHAKE_S", 0.5)
    proxy = _Scripted(b"HTTP/1.1 407 Proxy Authentication Required\r\n")
    transport = proxy_signon.SignOnTransport(
        proxy.url, proxy_signon.SignOn(ACCOUNT, "x"), httpx.create_ssl_context(), "test"
    )
    with httpx.Client(transport=transport) as client, pytest.raises(httpx.ProxyError) as caught:
        client.get("https://127.0.0.1:9/")
    assert "too long" in str(caught.value)
    proxy.sock.close()
