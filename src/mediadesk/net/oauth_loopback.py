"""Receive an OAuth redirect on 127.0.0.1 (RFC 8252 loopback redirect for desktop apps)."""

from __future__ import annotations

import http.server
import socket
import sys
import time
from urllib.parse import parse_qs, urlsplit

from mediadesk.net.publish import Rejected

PAGE = (
    "<!doctype html><meta charset='utf-8'><title>MediaDesk</title>"
    "<body style='font-family:sans-serif;margin:3em'><h1>{title}</h1><p>{text}</p></body>"
)


IDLE_TIMEOUT_S = 5.0


class _Server(http.server.ThreadingHTTPServer):
    """One thread per connection, so a connection that never speaks blocks nobody."""

    daemon_threads = True
    # On Windows SO_REUSEADDR would let another program bind the same port and receive the
    # code; an exclusive bind is asked for instead.
    allow_reuse_address = sys.platform != "win32"

    def server_bind(self) -> None:
        exclusive = getattr(socket, "SO_EXCLUSIVEADDRUSE", None)
        if exclusive is not None:  # pragma: no cover - Windows only
            self.socket.setsockopt(socket.SOL_SOCKET, exclusive, 1)
        super().server_bind()


class LoopbackRedirect:
    """Listens on 127.0.0.1:`port` (0: any free port) for one redirect carrying `state`.

    Any local program can connect to the port; one that connects and stays silent is timed
    out after a few seconds, and the real redirect is served beside it meanwhile.
    """

    def __init__(self, port: int, state: str) -> None:
        self.state = state
        self.result: dict[str, str] = {}
        self.cancelled = False  # set from another thread; checked twice a second
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            timeout = IDLE_TIMEOUT_S  # a socket timeout: a silent connection is dropped

            def do_GET(self) -> None:
                query = {k: v[-1] for k, v in parse_qs(urlsplit(self.path).query).items()}
                if owner.result:  # one redirect only; a later one cannot replace it
                    self.send_error(404)
                    return
                if urlsplit(self.path).path != "/callback" or query.get("state") != owner.state:
                    self.send_error(404)
                    return
                owner.result = query
                ok = "code" in query
                body = PAGE.format(
                    title="Signed in" if ok else "Sign-in cancelled",
                    text="You can close this tab and return to MediaDesk."
                    if ok
                    else "Nothing was connected. Return to MediaDesk to try again.",
                ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                return  # the query holds the code: never log it

        try:
            self.server = _Server(("127.0.0.1", port), Handler)
        except OSError as exc:
            raise Rejected(_bind_problem(port, exc)) from exc
        self.server.timeout = 0.5

    def cancel(self) -> None:
        """Stop waiting for the browser (the user gave up)."""
        self.cancelled = True

    def close(self) -> None:
        """Give the port back without waiting (the code came another way)."""
        self.server.server_close()

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/callback"

    def wait(self, timeout: float = 300.0) -> str:
        """The authorisation code, once the browser comes back (or Rejected)."""
        deadline = time.monotonic() + timeout
        try:
            while not self.result and not self.cancelled and time.monotonic() < deadline:
                self.server.handle_request()
        finally:
            self.server.server_close()
        if self.cancelled:
            raise Rejected("The sign-in was cancelled.")
        if not self.result:
            raise Rejected("The sign-in did not come back within 5 minutes. Try again.")
        if "code" not in self.result:
            reason = self.result.get("error_description") or self.result.get("error", "")
            raise Rejected(f"The sign-in was not completed ({reason or 'cancelled'}).")
        return self.result["code"]


def _bind_problem(port: int, exc: OSError) -> str:
    """Why the port could not be had, in words: in use, or reserved by Windows (10013)."""
    if getattr(exc, "winerror", None) == 10013 or exc.errno in (13,):
        return (
            f"Port {port} on this computer is reserved by Windows (for example by Hyper-V), so "
            "the sign-in cannot return to MediaDesk. Ask IT to choose another port in "
            "accounts.x_redirect_port (and register it with X)."
        )
    return (
        f"Port {port} on this computer is in use by another program, so the sign-in cannot "
        "return to MediaDesk. Close the program using it, or ask IT to change "
        "accounts.x_redirect_port."
    )
