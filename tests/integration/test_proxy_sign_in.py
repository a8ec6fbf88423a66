"""A proxy that demands Windows sign-in (407 Negotiate/NTLM) is named plainly, never a mystery."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from mediadesk.context import AppContext
from mediadesk.domain.monitoring import Column
from mediadesk.domain.platforms import ColumnKind
from mediadesk.net.client import NetworkConfig, ProxyMode, make_client
from mediadesk.secrets import KeyringStore
from mediadesk.services import monitoring
from mediadesk.storage import monitoring as store
from tests.conftest import FakeClock
from tests.integration.conftest import run_cli
from tests.integration.test_keyring_profile import _write_csv


class _SignInProxy(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def _refuse(self) -> None:
        self.send_response(407, "Proxy Authentication Required")
        self.send_header("Proxy-Authenticate", "Negotiate")
        self.send_header("Proxy-Authenticate", "NTLM")
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_HEAD = do_CONNECT = _refuse

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture
def proxy() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _SignInProxy)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_feed_behind_a_sign_in_proxy_says_what_the_proxy_wants(
    ctx: AppContext, clock: FakeClock, proxy: str
) -> None:
    column_id = store.add_column(
        ctx.conn, Column(0, ColumnKind.FEED, "Feed", {"url": "http://news.example/feed.rss"})
    )
    column = store.get_column(ctx.conn, column_id)
    assert column is not None
    with make_client(NetworkConfig(ProxyMode.FIXED, proxy_url=proxy)) as client:
        result = monitoring.poll(ctx.conn, client, column, clock.now)
    assert result.error.startswith("The proxy wants Windows sign-in (Negotiate, NTLM)")


def test_doctor_names_the_proxy_and_its_sign_in(
    profile_dir: Path, tmp_path: Path, proxy: str, real_keyring: KeyringStore
) -> None:
    source = tmp_path / "log.csv"
    _write_csv(source, 1)
    assert (
        run_cli("--profile", str(profile_dir), "import", "enquiries", str(source)).returncode == 0
    )
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({"network.proxy_mode": "fixed", "network.proxy_url": proxy}))
    done = run_cli(
        "--profile",
        str(profile_dir),
        "doctor",
        "--url",
        "http://news.example/feed.rss",
        env={"MEDIADESK_POLICY_FILE": str(policy)},
    )
    assert f"Proxy for http://news.example/feed.rss: {proxy} (mode fixed)" in done.stdout
    assert "Reaching http://news.example/feed.rss: The proxy wants Windows sign-in" in done.stdout
    assert done.returncode == 1
