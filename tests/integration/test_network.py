"""The shared HTTP client against real loopback servers: proxies, PAC, TLS verification."""

from __future__ import annotations

import datetime as dt
import http.server
import ipaddress
import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from mediadesk.net.client import NetworkConfig, ProxyMode, make_client, proxy_for


class _Handler(http.server.BaseHTTPRequestHandler):
    """Answers every GET; records the request line (absolute URI when used as a proxy)."""

    seen: list[tuple[str, str]]
    body: bytes = b"ok"
    content_type = "text/plain"

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_GET(self) -> None:
        self.seen.append((self.path, self.headers.get("User-Agent", "")))
        self.send_response(200)
        self.send_header("Content-Type", self.content_type)
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args: object) -> None:
        return


def _serve(
    body: bytes = b"ok", content_type: str = "text/plain", context: ssl.SSLContext | None = None
) -> tuple[http.server.HTTPServer, list[tuple[str, str]]]:
    seen: list[tuple[str, str]] = []
    handler = type("H", (_Handler,), {"seen": seen, "body": body, "content_type": content_type})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    if context is not None:
        server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, seen


@pytest.fixture
def proxy() -> Iterator[tuple[str, list[tuple[str, str]]]]:
    server, seen = _serve(b"via proxy")
    yield f"http://127.0.0.1:{server.server_address[1]}", seen
    server.shutdown()


def test_fixed_proxy_carries_requests_with_our_user_agent(
    proxy: tuple[str, list[tuple[str, str]]],
) -> None:
    address, seen = proxy
    with make_client(NetworkConfig(ProxyMode.FIXED, proxy_url=address)) as client:
        response = client.get("http://news.example.invalid/feed.xml")
    assert response.text == "via proxy"
    assert seen[0][0] == "http://news.example.invalid/feed.xml"
    assert seen[0][1].startswith("MediaDesk/")


def test_pac_script_picks_the_proxy_per_url(proxy: tuple[str, list[tuple[str, str]]]) -> None:
    address, seen = proxy
    host_port = address.removeprefix("http://")
    pac = (
        "function FindProxyForURL(url, host) {\n"
        f'  if (dnsDomainIs(host, ".example.invalid")) return "PROXY {host_port}; DIRECT";\n'
        '  return "DIRECT";\n}\n'
    ).encode()
    pac_server, _ = _serve(pac, "application/x-ns-proxy-autoconfig")
    direct_server, direct_seen = _serve(b"direct")
    try:
        config = NetworkConfig(
            ProxyMode.PAC, pac_url=f"http://127.0.0.1:{pac_server.server_address[1]}/p.pac"
        )
        assert proxy_for("http://news.example.invalid/a", config) == address
        assert proxy_for("http://127.0.0.1/a", config) is None
        direct_url = f"http://127.0.0.1:{direct_server.server_address[1]}/x"
        with make_client(config) as client:
            assert client.get("http://news.example.invalid/a").text == "via proxy"
            assert client.get(direct_url).text == "direct"
        assert [path for path, _ in seen] == ["http://news.example.invalid/a"]
        assert [path for path, _ in direct_seen] == ["/x"]
    finally:
        pac_server.shutdown()
        direct_server.shutdown()


def test_unreachable_pac_is_a_clear_error() -> None:
    from mediadesk.errors import KnownError

    config = NetworkConfig(ProxyMode.PAC, pac_url="http://127.0.0.1:9/none.pac")
    with pytest.raises(KnownError, match="could not be fetched"):
        proxy_for("http://x.example/", config)


def _self_signed(tmp: Path) -> ssl.SSLContext:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    (tmp / "c.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tmp / "k.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp / "c.pem", tmp / "k.pem")
    return context


def test_tls_is_always_verified_against_the_system_store(tmp_path: Path) -> None:
    server, seen = _serve(b"secret", context=_self_signed(tmp_path))
    try:
        url = f"https://127.0.0.1:{server.server_address[1]}/"
        with (
            make_client(NetworkConfig(ProxyMode.DIRECT)) as client,
            pytest.raises(
                httpx.ConnectError, match=r"CERTIFICATE_VERIFY_FAILED|certificate verify failed"
            ),
        ):
            client.get(url)
        assert seen == []
    finally:
        server.shutdown()
