"""The one httpx client factory: timeouts, a User-Agent, the system trust store and proxies."""

from __future__ import annotations

import ssl
import sys
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from mediadesk import __version__
from mediadesk.errors import KnownError
from mediadesk.net import proxy_signon
from mediadesk.net.config import NetworkConfig, ProxyMode
from mediadesk.words import QT_TRANSLATE_NOOP, Said

__all__ = ["NetworkConfig", "ProxyMode"]  # re-exported from net.config (no httpx there)

USER_AGENT = f"MediaDesk/{__version__} (government press office desktop client)"
TIMEOUT = httpx.Timeout(15.0, connect=5.0)


def ssl_context() -> ssl.SSLContext:
    """A TLS context that verifies against the operating system's trust store."""
    import truststore

    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def trust_store_description() -> str:
    """Which certificate store TLS verification uses, for `mediadesk doctor`."""
    where = {
        "win32": "Windows certificate store (CryptoAPI)",
        "darwin": "macOS keychain (Security framework)",
    }.get(sys.platform, f"system OpenSSL store ({ssl.get_default_verify_paths().openssl_cafile})")
    return f"{where}, via truststore; verification is always on"


def _parse_pac_answer(answer: str) -> str | None:
    """First usable entry of a PAC answer such as 'PROXY p:8080; DIRECT'."""
    for part in answer.split(";"):
        words = part.split()
        if not words:
            continue
        kind = words[0].upper()
        if kind == "DIRECT":
            return None
        if kind in ("PROXY", "HTTP", "HTTPS") and len(words) > 1:
            scheme = "https" if kind == "HTTPS" else "http"
            return f"{scheme}://{words[1]}"
    return None


@dataclass
class PacScript:
    """A downloaded PAC script, evaluated for each URL."""

    source: str
    _pac: Any = field(default=None, repr=False)

    def proxy_for(self, url: str) -> str | None:
        from pypac.parser import MalformedPacError, PACFile

        if self._pac is None:
            try:
                self._pac = PACFile(self.source)
            except MalformedPacError as exc:
                raise KnownError(
                    Said(
                        QT_TRANSLATE_NOOP(
                            "Messages", "The proxy auto-config script is not valid: {exc}"
                        ),
                        exc=exc,
                    )
                ) from exc
        host = httpx.URL(url).host
        return _parse_pac_answer(str(self._pac.find_proxy_for_url(url, host)))


def fetch_pac(pac_url: str) -> PacScript:
    """Download the PAC script (without a proxy, as browsers do)."""
    try:
        with httpx.Client(
            verify=ssl_context(),
            timeout=TIMEOUT,
            trust_env=False,
            headers={"User-Agent": USER_AGENT},
        ) as client:
            response = client.get(pac_url)
            response.raise_for_status()
    except httpx.HTTPError as exc:
        raise KnownError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The proxy auto-config script at {pac_url} could not be fetched ({__name__}). "
                    "Check the PAC address in policy.",
                ),
                pac_url=pac_url,
                __name__=type(exc).__name__,
            )
        ) from exc
    return PacScript(response.text)


# What PAC servers send in practice (pypac alone accepts only the first two).
PAC_TYPES = {
    "application/x-ns-proxy-autoconfig",
    "application/x-javascript-config",
    "application/javascript",
    "application/x-javascript",
    "text/javascript",
    "text/plain",
    "application/octet-stream",
}


def system_pac() -> PacScript | None:
    """Windows: the PAC script in the user's Internet settings, or found by WPAD; else None.

    urllib.getproxies() reads only a manually set proxy, so with a PAC file or automatic
    detection (what most managed networks use) every request would go direct and fail.
    """
    if sys.platform != "win32":
        return None
    try:  # pragma: no cover - Windows only
        from pypac import get_pac

        found = get_pac(
            from_os_settings=True, from_dns=True, timeout=3, allowed_content_types=PAC_TYPES
        )
    except Exception:  # no PAC configured or reachable: the manual settings apply
        return None
    return PacScript("", found) if found is not None else None  # pragma: no cover


def system_proxy_for(url: str) -> str | None:
    """The proxy the OS (Windows Internet settings) or environment names for a URL."""
    host = httpx.URL(url).host
    if urllib.request.proxy_bypass(host):
        return None
    proxies = urllib.request.getproxies()
    scheme = httpx.URL(url).scheme
    return proxies.get(scheme) or proxies.get("all")


def proxy_for(url: str, config: NetworkConfig, pac: PacScript | None = None) -> str | None:
    """The proxy that a request to `url` would use (None: direct)."""
    if config.proxy_mode is ProxyMode.DIRECT:
        return None
    if config.proxy_mode is ProxyMode.FIXED:
        return config.proxy_url or None
    if config.proxy_mode is ProxyMode.PAC:
        script = pac or fetch_pac(config.pac_url)
        return script.proxy_for(url)
    system = pac or system_pac()
    return system.proxy_for(url) if system is not None else system_proxy_for(url)


class _PerUrlProxyTransport(httpx.BaseTransport):
    """Routes each request through the proxy a PAC script (or the OS) picks for its URL.

    A proxy that answers 407 Negotiate/NTLM is signed in to with the Windows logon from then
    on (see proxy_signon); elsewhere, or if it refuses, the 407 is reported plainly.
    """

    def __init__(self, pick: Callable[[str], str | None], context: ssl.SSLContext) -> None:
        self._pick = pick
        self._context = context
        self._transports: dict[str | None, httpx.HTTPTransport] = {}
        self._signed_on: set[str] = set()

    def _transport(self, proxy: str | None) -> httpx.HTTPTransport:
        if proxy not in self._transports:
            self._transports[proxy] = httpx.HTTPTransport(
                verify=self._context, proxy=proxy, retries=1
            )
        return self._transports[proxy]

    def _sign_on(self, proxy: str | None) -> httpx.HTTPTransport | None:
        """The signed-on transport for a proxy that wants sign-in, if this machine can give it."""
        sign_on = proxy_signon.current_sign_on()
        if proxy is None or proxy in self._signed_on or sign_on is None:
            return None
        self._signed_on.add(proxy)
        old = self._transports.get(proxy)
        self._transports[proxy] = proxy_signon.SignOnTransport(
            proxy, sign_on, self._context, USER_AGENT
        )
        if old is not None:
            old.close()
        return self._transports[proxy]

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        proxy = self._pick(str(request.url))
        try:
            response = self._transport(proxy).handle_request(request)
        except httpx.ProxyError as exc:  # the CONNECT of an https request was refused
            signed_on = self._sign_on(proxy) if "407" in str(exc) else None
            if signed_on is None:
                raise
            return signed_on.handle_request(request)
        if response.status_code == 407 and proxy_signon.offered_schemes(
            response.headers.get_list("proxy-authenticate")
        ):  # a plain-http request forwarded by the proxy: tunnel it, signed on, instead
            signed_on = self._sign_on(proxy)
            if signed_on is not None:
                response.close()
                return signed_on.handle_request(request)
        return response

    def close(self) -> None:
        for transport in self._transports.values():
            transport.close()


def make_client(config: NetworkConfig, *, timeout: httpx.Timeout = TIMEOUT) -> httpx.Client:
    """An httpx client honouring the proxy policy, always verifying TLS."""
    context = ssl_context()
    headers = {"User-Agent": USER_AGENT}
    if config.proxy_mode is ProxyMode.DIRECT:
        return httpx.Client(verify=context, timeout=timeout, headers=headers, trust_env=False)
    pac = None
    if config.proxy_mode is ProxyMode.PAC:
        pac = fetch_pac(config.pac_url)
    elif config.proxy_mode is ProxyMode.SYSTEM:
        pac = system_pac()

    def pick(url: str) -> str | None:
        return proxy_for(url, config, pac)

    return httpx.Client(
        transport=_PerUrlProxyTransport(pick, context),
        timeout=timeout,
        headers=headers,
        trust_env=False,
    )


def proxy_sign_in_problem(schemes: list[str] | None = None) -> str:
    """The sentence for a proxy that answered 407 and was not (or could not be) signed in to."""
    named = ", ".join(s.split()[0] for s in schemes or [] if s.strip())
    windows = not named or bool(proxy_signon.offered_schemes(schemes or []))
    shown = f" ({named})" if named else ""
    if not windows:
        return (
            f"The proxy wants a sign-in{shown} that MediaDesk does not give (it signs in to "
            "proxies with Windows sign-in only). Ask IT to let MediaDesk's traffic through."
        )
    return (
        f"The proxy wants Windows sign-in{shown}, which MediaDesk gives only on Windows, as the "
        "signed-in Windows user. Ask IT to let MediaDesk's traffic through without proxy sign-in."
    )


def describe_proxy_error(exc: httpx.ProxyError) -> str:
    """A proxy that refused the connection (an HTTPS CONNECT), in plain words."""
    if proxy_signon.REFUSED in str(exc):
        return (
            "The proxy did not accept your Windows sign-in. Ask IT whether your account may use "
            "the proxy, or to let MediaDesk's traffic through without proxy sign-in."
        )
    if "407" in str(exc):
        return proxy_sign_in_problem()
    return "The proxy refused the connection; check the proxy settings with IT."
