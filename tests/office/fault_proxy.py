"""A TCP proxy on loopback that cuts, delays and resets connections to a server at random.

Every chunk either way may be held back for a while, or the connection reset there and then;
a chunk from the server may be dropped with the connection, so a client's commit happened
but its answer never arrives. `calm()` stops the faults (the network heals); connections made
from then on pass untouched.
"""

from __future__ import annotations

import contextlib
import random
import socket
import threading
import time
from dataclasses import dataclass


@dataclass
class Faults:
    """Chances, per chunk, of each fault."""

    reset: float = 0.02
    delay: float = 0.05
    lost_answer: float = 0.02
    longest_delay_s: float = 0.4


class FaultProxy:
    """Listens on 127.0.0.1:port and forwards to 127.0.0.1:upstream."""

    def __init__(self, upstream: int, faults: Faults, seed: int = 1) -> None:
        self.upstream, self.faults = upstream, faults
        self._random = random.Random(seed)
        self._lock = threading.Lock()
        self._calm = threading.Event()
        self._stop = threading.Event()
        self.counts = {"reset": 0, "delay": 0, "lost_answer": 0, "gone": 0, "connections": 0}
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port = int(self._listener.getsockname()[1])
        threading.Thread(target=self._accept, daemon=True).start()

    def calm(self) -> None:
        self._calm.set()

    def storm(self) -> None:
        self._calm.clear()

    def close(self) -> None:
        self._stop.set()
        self._listener.close()

    def _roll(self, chance: float) -> bool:
        with self._lock:
            return self._random.random() < chance

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                server = socket.create_connection(("127.0.0.1", self.upstream))
            except OSError:
                client.close()
                continue
            self.counts["connections"] += 1
            pair = (client, server)
            threading.Thread(
                target=self._pump, args=(client, server, pair, False), daemon=True
            ).start()
            threading.Thread(
                target=self._pump, args=(server, client, pair, True), daemon=True
            ).start()

    def _cut(self, pair: tuple[socket.socket, socket.socket], kind: str) -> None:
        self.counts[kind] += 1
        for end in pair:
            # Shut down first: a plain close leaves the socket open while the other
            # direction's thread is still blocked reading it, and nobody hears of the cut.
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                end.close()

    def _pump(
        self,
        source: socket.socket,
        sink: socket.socket,
        pair: tuple[socket.socket, socket.socket],
        from_server: bool,
    ) -> None:
        while True:
            try:
                chunk = source.recv(65536)
            except OSError:
                chunk = b""
            if not chunk:
                for end in pair:
                    with contextlib.suppress(OSError):
                        end.shutdown(socket.SHUT_RDWR)
                    with contextlib.suppress(OSError):
                        end.close()
                return
            if not self._calm.is_set():
                if from_server and self._roll(self.faults.lost_answer):
                    self._cut(pair, "lost_answer")
                    return
                if self._roll(self.faults.reset):
                    self._cut(pair, "reset")
                    return
                if self._roll(self.faults.delay):
                    self.counts["delay"] += 1
                    with self._lock:
                        wait = self._random.uniform(0, self.faults.longest_delay_s)
                    time.sleep(wait)
            try:
                sink.sendall(chunk)
            except OSError:
                self._cut(pair, "gone")  # the other side went: so does this one
                return
