"""A small forward proxy on 127.0.0.1 for the Windows workflow's PAC checks.

`python -m tests.tunnel_proxy PORT [open|negotiate]` tunnels CONNECT (and forwards plain GETs)
in `open` mode; in `negotiate` mode it answers every request 407 with Negotiate and NTLM, as
a proxy that wants Windows sign-in does. It serves until killed.
"""

from __future__ import annotations

import http.server
import select
import socket
import sys
import urllib.request


class Proxy(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    mode = "open"

    def _refuse(self) -> bool:
        if self.mode != "negotiate":
            return False
        self.send_response(407, "Proxy Authentication Required")
        self.send_header("Proxy-Authenticate", "Negotiate")
        self.send_header("Proxy-Authenticate", "NTLM")
        self.send_header("Content-Length", "0")
        self.end_headers()
        return True

    def do_CONNECT(self) -> None:
        if self._refuse():
            return
        host, _, port = self.path.rpartition(":")
        upstream = socket.create_connection((host, int(port)), timeout=30)
        self.send_response(200, "Connection established")
        self.end_headers()
        sockets = [self.connection, upstream]
        while True:
            ready, _, _ = select.select(sockets, [], [], 30)
            if not ready:
                break
            for source in ready:
                data = source.recv(65536)
                if not data:
                    upstream.close()
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


def main() -> None:
    Proxy.mode = sys.argv[2] if len(sys.argv) > 2 else "open"
    server = http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Proxy)
    server.serve_forever()


if __name__ == "__main__":
    main()
