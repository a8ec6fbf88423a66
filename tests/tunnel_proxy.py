"""A small forward proxy on 127.0.0.1 for the Windows workflow's PAC checks.

`python -m tests.tunnel_proxy PORT [open|negotiate|sso]` tunnels CONNECT (and forwards plain
GETs) in `open` mode; in `negotiate` mode it answers every request 407 with Negotiate and NTLM,
as a proxy that wants Windows sign-in does, and accepts no one; in `sso` mode it accepts a real
Negotiate/NTLM sign-in (pyspnego: SSPI on Windows, the NTLM_USER_FILE accounts elsewhere) and
then tunnels. It serves until killed.
"""

from __future__ import annotations

import base64
import http.server
import select
import socket
import sys
import threading
import urllib.request
from typing import Any


class Proxy(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    mode = "open"
    signed_in: list[str] = []  # noqa: RUF012 - who signed in, in order, for tests to read
    _security: Any = None  # this connection's sign-in in progress

    def _challenge(self, token: bytes | None = None, scheme: str = "") -> None:
        self.send_response(407, "Proxy Authentication Required")
        if token is not None:
            self.send_header("Proxy-Authenticate", f"{scheme} {base64.b64encode(token).decode()}")
        else:
            self.send_header("Proxy-Authenticate", "Negotiate")
            self.send_header("Proxy-Authenticate", "NTLM")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _refuse(self) -> bool:
        """Answer 407 unless the client may pass (open, or signed in on this connection)."""
        if self.mode == "open":
            return False
        if self.mode == "negotiate":
            self._challenge()
            return True
        scheme, _, token = self.headers.get("Proxy-Authorization", "").partition(" ")
        if scheme.lower() not in ("negotiate", "ntlm") or not token:
            self._challenge()
            return True
        import spnego

        if self._security is None:
            self._security = spnego.server(protocol=scheme.lower())
        try:
            answer = self._security.step(base64.b64decode(token))
        except spnego.exceptions.SpnegoError:
            self._security = None
            self._challenge()
            return True
        if not self._security.complete:
            self._challenge(answer, scheme)
            return True
        self.signed_in.append(str(self._security.client_principal))
        return False

    def do_CONNECT(self) -> None:
        if self._refuse():
            return
        host, _, port = self.path.rpartition(":")
        upstream = socket.create_connection((host, int(port)), timeout=30)
        self.send_response(200, "Connection established")
        self.end_headers()
        self.close_connection = True  # after a tunnel the connection is spent
        sockets = [self.connection, upstream]
        with upstream:
            while True:
                ready, _, _ = select.select(sockets, [], [], 30)
                if not ready:
                    return
                for source in ready:
                    data = source.recv(65536)
                    if not data:
                        return
                    (upstream if source is self.connection else self.connection).sendall(data)

    def do_GET(self) -> None:
        if self._refuse():
            return
        with urllib.request.urlopen(self.path, timeout=30) as answer:
            body = answer.read()
            self.send_response(answer.status)
            self.send_header("Content-Type", answer.headers.get("Content-Type", "text/plain"))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_HEAD = do_GET

    def log_message(self, *args: object) -> None:
        return


def serve(mode: str, port: int = 0) -> http.server.ThreadingHTTPServer:
    """A proxy in `mode` on 127.0.0.1, serving in a daemon thread; shut it down when done."""
    handler = type("ModeProxy", (Proxy,), {"mode": mode, "signed_in": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> None:
    Proxy.mode = sys.argv[2] if len(sys.argv) > 2 else "open"
    server = http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Proxy)
    server.serve_forever()


if __name__ == "__main__":
    main()
