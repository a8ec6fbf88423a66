"""A loopback Mastodon that answers exactly as the recorded real server did."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import yaml

from tests.feedserver import FeedServer, Route
from tests.shared_data import shared_dir

RECORDED = shared_dir() / "data" / "mastodon-recorded"
SKIP_HEADERS = {"content-length", "content-encoding", "transfer-encoding", "connection"}


def interactions(name: str) -> list[dict[str, Any]]:
    """The recorded request/response pairs of one cassette."""
    path = RECORDED / name
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: the tests need ../shared beside the repo")
    return list(yaml.safe_load(path.read_text(encoding="utf-8"))["interactions"])


def route_for(name: str, method: str, path: str) -> Route:
    """A Route replaying the recorded answer to `method path` (headers and body as sent)."""
    for pair in interactions(name):
        request, response = pair["request"], pair["response"]
        if request["method"] == method and urlsplit(request["uri"]).path == path:
            headers = {
                k: ", ".join(v)
                for k, v in response["headers"].items()
                if k.lower() not in SKIP_HEADERS
            }
            body = response["body"]["string"]
            return Route(
                body.encode() if isinstance(body, str) else bytes(body),
                headers.pop("content-type", "application/json"),
                status=int(response["status"]["code"]),
                headers=headers,
                etag=False,
            )
    raise KeyError(f"{name} has no {method} {path}")


def serve_recorded(server: FeedServer, name: str, method: str, path: str) -> Route:
    route = route_for(name, method, path)
    server.routes[path] = route
    return route
