"""Single sign-on to a proxy that answers 407 Negotiate or NTLM, with the Windows logon (SSPI).

httpx gives a proxy only Basic credentials, and Negotiate/NTLM must run its legs on one TCP
connection before the tunnel opens. So a signed-on proxy gets its own network backend: each
connection is opened as a CONNECT tunnel here, signing in as pyspnego directs, and httpx then
speaks TLS to the real server through it as if it were a direct connection.
"""

from __future__ import annotations

import base64
import binascii
import re
import ssl
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import httpcore
import httpx

SIGN_IN_SCHEMES = ("negotiate", "ntlm")  # most preferred first
REFUSED = "407 Proxy Authentication Required: the proxy refused the Windows sign-in"
HEAD_LIMIT = 64 * 1024  # a proxy's answer head beyond this is not a proxy speaking HTTP
BODY_LIMIT = 1024 * 1024
MAX_LEGS = 4  # Kerberos needs one, NTLM two; more means the proxy is going round in circles
HANDSHAKE_S = 30.0  # a proxy dripping its answer byte by byte cannot hold a connection longer


@dataclass(frozen=True)
class SignOn:
    """Who signs in to the proxy: the Windows logon (no name given) or a named account."""

    username: str | None = None
    password: str | None = None


def current_sign_on() -> SignOn | None:
    """The logged-on Windows user through SSPI; None elsewhere (no implicit credentials)."""
    return SignOn() if sys.platform == "win32" else None


def offered_schemes(values: Iterable[str]) -> dict[str, str | None]:
    """The sign-in schemes in Proxy-Authenticate values, each with its challenge token if any."""
    offers: dict[str, str | None] = {}
    for value in values:
        for part in value.split(","):
            words = part.split()
            if words and words[0].lower() in SIGN_IN_SCHEMES:
                offers[words[0].lower()] = words[1] if len(words) > 1 else None
    return offers


def _start(scheme: str, proxy_host: str, sign_on: SignOn) -> Any:
    import spnego

    return spnego.client(
        sign_on.username,
        sign_on.password,
        hostname=proxy_host,
        service="HTTP",
        protocol="negotiate" if scheme == "negotiate" else "ntlm",
    )


def _number(text: str) -> int | None:
    """A decimal number as HTTP writes it (ASCII digits only; str.isdigit accepts '³')."""
    return int(text) if re.fullmatch(r"[0-9]{1,12}", text) else None


@dataclass
class _Answer:
    status: int
    headers: list[tuple[str, str]]
    keep_alive: bool

    def values(self, name: str) -> list[str]:
        return [value for key, value in self.headers if key == name]


class _Handshake:
    """One CONNECT exchange on one stream, bounded in bytes and in time."""

    def __init__(self, stream: httpcore.NetworkStream, deadline: float, agent: str) -> None:
        self.stream = stream
        self._agent = agent
        self._deadline = deadline
        self._buffer = b""

    def _read(self) -> bytes:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise httpcore.ProxyError("The proxy took too long to answer.")
        try:
            data = self.stream.read(65536, timeout=left)
        except httpcore.ReadTimeout as exc:
            raise httpcore.ProxyError("The proxy took too long to answer.") from exc
        if not data:
            raise httpcore.ProxyError("The proxy closed the connection during sign-in.")
        return data

    def send(self, authority: str, authorization: str | None) -> None:
        lines = [f"CONNECT {authority} HTTP/1.1", f"Host: {authority}"]
        lines.append(f"User-Agent: {self._agent}")
        if authorization:
            lines.append(f"Proxy-Authorization: {authorization}")
        self.stream.write(("\r\n".join(lines) + "\r\n\r\n").encode("ascii"), timeout=HANDSHAKE_S)

    def answer(self) -> _Answer:
        while b"\r\n\r\n" not in self._buffer:
            if len(self._buffer) > HEAD_LIMIT:
                raise httpcore.ProxyError("The proxy's answer was not HTTP.")
            self._buffer += self._read()
        head, _, self._buffer = self._buffer.partition(b"\r\n\r\n")
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        parts = status_line.split(None, 2)
        status = _number(parts[1]) if len(parts) > 1 else None
        if status is None or not parts[0].startswith("HTTP/1."):
            raise httpcore.ProxyError("The proxy's answer was not HTTP.")
        headers = []
        for line in header_lines:
            name, colon, value = line.partition(":")
            if colon:
                headers.append((name.strip().lower(), value.strip()))
        answer = _Answer(status, headers, parts[0] == "HTTP/1.1")
        connection = ",".join(answer.values("connection") + answer.values("proxy-connection"))
        if "close" in connection.lower():
            answer.keep_alive = False
        if answer.status != 200:
            answer.keep_alive = answer.keep_alive and self._drain(answer)
        elif self._buffer:  # the tunnel carries TLS next; anything already here is not ours
            raise httpcore.ProxyError("The proxy sent data before opening the tunnel.")
        return answer

    def _drain(self, answer: _Answer) -> bool:
        """Read past a refusal's body; False when it cannot be skipped (connection unusable)."""
        lengths = answer.values("content-length")
        if answer.values("transfer-encoding") or len(lengths) > 1:
            return False
        length = _number(lengths[0]) if lengths else 0
        if length is None or length > BODY_LIMIT:
            return False
        while len(self._buffer) < length:
            self._buffer += self._read()
        self._buffer = self._buffer[length:]
        return not self._buffer


class SignOnTunnels(httpcore.NetworkBackend):
    """Opens every connection as a CONNECT tunnel through one proxy, signed in on demand."""

    def __init__(
        self, proxy: httpx.URL, sign_on: SignOn, context: ssl.SSLContext, agent: str
    ) -> None:
        self._proxy = proxy
        self._agent = agent
        self._sign_on = sign_on
        self._context = context
        self._inner = httpcore.SyncBackend()

    def _open(self, timeout: float | None, local_address: str | None) -> httpcore.NetworkStream:
        port = self._proxy.port or (443 if self._proxy.scheme == "https" else 80)
        stream = self._inner.connect_tcp(
            self._proxy.host, port, timeout=timeout, local_address=local_address
        )
        if self._proxy.scheme == "https":
            stream = stream.start_tls(self._context, self._proxy.host, timeout=timeout)
        return stream

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        authority = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        deadline = time.monotonic() + HANDSHAKE_S
        security: Any = None
        scheme = ""
        authorization: str | None = None
        exchange: _Handshake | None = None
        try:
            for _leg in range(MAX_LEGS):
                if exchange is None:
                    exchange = _Handshake(self._open(timeout, local_address), deadline, self._agent)
                exchange.send(authority, authorization)
                answer = exchange.answer()
                if answer.status == 200:
                    stream, exchange = exchange.stream, None
                    return stream
                if answer.status != 407:
                    raise httpcore.ProxyError(f"{answer.status} from the proxy")
                offers = offered_schemes(answer.values("proxy-authenticate"))
                if security is None:
                    scheme = next((s for s in SIGN_IN_SCHEMES if s in offers), "")
                    if not scheme:
                        raise httpcore.ProxyError("407 Proxy Authentication Required")
                    security = _start(scheme, self._proxy.host, self._sign_on)
                    token = security.step(None)
                else:
                    challenge = offers.get(scheme)
                    if not challenge:  # a bare scheme after our token: it was not accepted
                        raise httpcore.ProxyError(REFUSED)
                    token = security.step(base64.b64decode(challenge, validate=True))
                name = "Negotiate" if scheme == "negotiate" else "NTLM"
                authorization = f"{name} {base64.b64encode(token or b'').decode('ascii')}"
                if not answer.keep_alive:
                    exchange.stream.close()
                    exchange = None
            raise httpcore.ProxyError(REFUSED)
        except (binascii.Error, ValueError, UnicodeError) as exc:
            raise httpcore.ProxyError(REFUSED) from exc
        except httpcore.ProxyError:
            raise
        except Exception as exc:  # pyspnego's SpnegoError and the SSPI/GSSAPI errors under it
            if type(exc).__module__.startswith("spnego"):
                raise httpcore.ProxyError(f"{REFUSED} ({type(exc).__name__})") from exc
            raise
        finally:
            if exchange is not None:  # not handed over as a tunnel: nobody else will close it
                exchange.stream.close()


class SignOnTransport(httpx.HTTPTransport):
    """An httpx transport whose connections are CONNECT tunnels signed in with `sign_on`."""

    def __init__(self, proxy: str, sign_on: SignOn, context: ssl.SSLContext, agent: str) -> None:
        super().__init__(verify=context, retries=0)
        # httpx offers no way to hand its pool a network backend, so the pool is replaced
        # with one built the same way; test_proxy_sign_on breaks if httpx changes this.
        self._pool = httpcore.ConnectionPool(
            ssl_context=context,
            network_backend=SignOnTunnels(httpx.URL(proxy), sign_on, context, agent),
            max_connections=100,
            max_keepalive_connections=20,
            keepalive_expiry=5.0,
        )
