"""A loopback HTTP server that serves feeds the way real news sites and GOV.UK do."""

from __future__ import annotations

import hashlib
import http.server
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class Route:
    """What one path answers: a body with an ETag, or a scripted misbehaviour."""

    body: bytes = b""
    content_type: str = "application/atom+xml; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    disconnect: bool = False
    etag: bool = True
    drip: float = 0.0  # send the whole answer one byte at a time, this many seconds apart


class FeedServer:
    """Routes by path; counts requests and records their conditional headers."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def do_GET(self) -> None:
                path = self.path.split("?")[0]
                server.requests.append((self.path, dict(self.headers)))
                route = server.routes.get(path)
                if route is None:
                    self.send_error(404, "Not Found")
                    return
                if route.delay:
                    time.sleep(route.delay)
                if route.drip:
                    answer = (
                        b"HTTP/1.1 200 OK\r\nContent-Type: "
                        + route.content_type.encode()
                        + b"\r\nContent-Length: "
                        + str(len(route.body)).encode()
                        + b"\r\n\r\n"
                        + route.body
                    )
                    try:
                        for byte in answer:
                            self.wfile.write(bytes([byte]))
                            self.wfile.flush()
                            time.sleep(route.drip)
                    except OSError:
                        return  # the client hung up: what a deadline should do
                    return
                if route.disconnect:
                    self.send_response(200)
                    self.send_header("Content-Length", str(len(route.body) + 5000))
                    self.end_headers()
                    self.wfile.write(route.body[: len(route.body) // 2])
                    self.wfile.flush()
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                tag = '"' + hashlib.sha256(route.body).hexdigest()[:16] + '"'
                if route.etag and route.status == 200 and self.headers.get("If-None-Match") == tag:
                    self.send_response(304)
                    self.send_header("ETag", tag)
                    self.end_headers()
                    return
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(route.body)))
                if route.etag and route.status == 200:
                    self.send_header("ETag", tag)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                try:
                    self.wfile.write(route.body)
                except (BrokenPipeError, ConnectionResetError):
                    return  # the client gave up (a timeout test); nothing to report

            def log_message(self, *args: object) -> None:
                return

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p.split("?")[0] == path)


@contextmanager
def serving() -> Iterator[FeedServer]:
    server = FeedServer()
    thread = threading.Thread(target=server.httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()


def atom(title: str, entries: list[tuple[str, str, str]], author: str = "") -> bytes:
    """An Atom feed of (id, title, link) entries, newest first."""
    parts = [
        f"<entry><id>{eid}</id><title>{t}</title><link href='{link}'/>"
        f"<updated>2026-11-2{i % 10}T0{i % 10}:00:00Z</updated>"
        f"<summary>About {t}</summary><author><name>{author}</name></author></entry>"
        for i, (eid, t, link) in enumerate(entries)
    ]
    return (
        f"<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        f"<title>{title}</title><id>urn:x</id><updated>2026-11-21T00:00:00Z</updated>"
        + "".join(parts)
        + "</feed>"
    ).encode()


def serve_slow_feeds_forever(count: int, delay: float) -> None:
    """Run in a separate process: `count` feeds of 20 items, each answering after `delay`."""
    server = FeedServer()
    for n in range(count):
        server.routes[f"/slow/{n}.atom"] = Route(
            atom(
                f"Feed {n}",
                [
                    (f"urn:{n}:{i}", f"Story {n}-{i}", f"https://n{n}.example/{i}")
                    for i in range(20)
                ],
            ),
            delay=delay,
        )
    print(server.httpd.server_address[1], flush=True)
    server.httpd.serve_forever()


if __name__ == "__main__":
    import sys

    serve_slow_feeds_forever(int(sys.argv[1]), float(sys.argv[2]))
