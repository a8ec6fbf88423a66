"""Receive an OAuth redirect on 127.0.0.1 (RFC 8252 loopback redirect for desktop apps)."""

from __future__ import annotations

import http.server
import time
from urllib.parse import parse_qs, urlsplit

from mediadesk.net.publish import Rejected

PAGE = (
    "<!doctype html><meta charset='utf-8'><title>MediaDesk</title>"
    "<body style='font-family:sans-serif;margin:3em'><h1>{title}</h1><p>{text}</p></body>"
)


class LoopbackRedirect:
    """Listens on 127.0.0.1:`port` for one redirect carrying `state`; yields its code."""

    def __init__(self, port: int, state: str) -> None:
        self.state = state
        self.result: dict[str, str] = {}
        self.cancelled = False  # set from another thread; checked twice a second
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                query = {k: v[-1] for k, v in parse_qs(urlsplit(self.path).query).items()}
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
            self.server = http.server.HTTPServer(("127.0.0.1", port), Handler)
        except OSError as exc:
            raise Rejected(
                f"Port {port} on this computer is in use, so the sign-in cannot return to "
                "MediaDesk. Close the program using it, or ask IT to change "
                "accounts.x_redirect_port."
            ) from exc
        self.server.timeout = 0.5

    def cancel(self) -> None:
        """Stop waiting for the browser (the user gave up)."""
        self.cancelled = True

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
