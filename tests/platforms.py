"""Loopback Mastodon, Bluesky (XRPC) and X API v2 servers that keep state and misbehave on cue.

Each implements the documented endpoints MediaDesk publishes through. Mastodon answers are
built from the real server's recorded responses in ../shared/data/mastodon-recorded/.
Faults are queued per (method, path): answer with a status, cut the connection before or
after doing the work, stall past the client's timeout after doing it, or send broken JSON.
"""

from __future__ import annotations

import email.parser
import email.policy
import functools
import http.server
import itertools
import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, parse_qsl, urlsplit

from tests.mastodon_recorded import interactions, route_for

Answer = tuple[int, dict[str, str], bytes]


@dataclass
class Fault:
    """One scripted misbehaviour for the next matching request."""

    kind: str  # "status", "drop-before", "drop-after", "stall-after", "malformed"
    status: int = 500
    headers: dict[str, str] = field(default_factory=dict)
    stall: float = 3.0


def _json(status: int, body: object, headers: dict[str, str] | None = None) -> Answer:
    return (
        status,
        {"Content-Type": "application/json", **(headers or {})},
        json.dumps(body).encode(),
    )


def parse_multipart(content_type: str, body: bytes) -> dict[str, tuple[bytes, str]]:
    """name -> (bytes, content type) for a multipart/form-data body."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body
    )
    parts: dict[str, tuple[bytes, str]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        parts[str(name)] = (payload or b"", part.get_content_type())
    return parts


@functools.cache
def _recorded_body(cassette: str, method: str, path_start: str) -> dict[str, Any]:
    for pair in interactions(cassette):
        if pair["request"]["method"] == method and urlsplit(pair["request"]["uri"]).path.startswith(
            path_start
        ):
            return dict(json.loads(pair["response"]["body"]["string"]))
    raise KeyError(path_start)


class Platforms:
    """State and behaviour of all three platforms; one instance per test."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.ids = itertools.count(117440900000000000)
        self.faults: dict[tuple[str, str], list[Fault]] = {}
        self.calls: list[tuple[str, str]] = []
        # Mastodon
        self.mastodon_token = "mastodon-token"
        self.statuses: list[dict[str, Any]] = []
        self.idempotent: dict[str, dict[str, Any]] = {}
        self.media: dict[str, dict[str, Any]] = {}
        self.media_polls_before_ready = 1
        self.oauth_codes: dict[str, str] = {}
        self._status_template = _recorded_body("status_post_public.yaml", "POST", "/api/v1/st")
        self._media_template = _recorded_body("media_post_v2.yaml", "POST", "/api/v2/media")
        self._instance = _recorded_body("instance.yaml", "GET", "/api/v2/instance")
        # Bluesky
        self.did = "did:plc:testpressoffice00000000"
        self.bsky_handle = "pressoffice.test"
        self.app_password = "abcd-efgh-ijkl-mnop"
        self.access = "access-1"
        self.refresh = "refresh-1"
        self.expired_access: set[str] = set()
        self.records: dict[str, dict[str, Any]] = {}
        self.blobs: dict[str, bytes] = {}
        self.sessions_created = 0
        # X
        self.x_tokens = {"x-access-1"}
        self.x_refresh = "x-refresh-1"
        self.x_codes: dict[str, tuple[str, str]] = {}  # code -> (challenge, redirect)
        self.tweets: list[dict[str, Any]] = []
        self.x_media: dict[str, dict[str, Any]] = {}
        self.x_read_headers = {"x-rate-limit-remaining": "59"}

    # -- helpers -----------------------------------------------------------------------
    def fault(self, method: str, path: str, *faults: Fault) -> None:
        self.faults.setdefault((method, path), []).extend(faults)

    def posts(self, platform: str) -> list[dict[str, Any]]:
        """What each platform holds now (the assertion target of every test)."""
        if platform == "mastodon":
            return self.statuses
        if platform == "bluesky":
            return list(self.records.values())
        return self.tweets

    def next_id(self) -> str:
        return str(next(self.ids))

    # -- dispatch ----------------------------------------------------------------------
    def handle(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Answer:
        path = urlsplit(target).path
        query = {k: v[-1] for k, v in parse_qs(urlsplit(target).query).items()}
        with self.lock:
            self.calls.append((method, path))
            if path.startswith("/xrpc/"):
                return self._bluesky(method, path[6:], query, headers, body)
            if path.startswith(("/api/", "/oauth/")):
                return self._mastodon(method, path, headers, body, target)
            if path.startswith("/2/"):
                return self._x(method, path, query, headers, body)
        return _json(404, {"error": "Not found"})

    # -- Mastodon ----------------------------------------------------------------------
    def _mastodon(
        self, method: str, path: str, headers: dict[str, str], body: bytes, target: str = ""
    ) -> Answer:
        limits = {
            "x-ratelimit-limit": "300",
            "x-ratelimit-remaining": "299",
            "x-ratelimit-reset": "2026-11-22T12:00:00.000000Z",
        }
        if path == "/api/v2/instance":
            return _json(200, self._instance, limits)
        if path == "/api/v1/apps" and method == "POST":
            return _json(200, {"client_id": "app-id", "client_secret": "app-secret"})
        if path == "/oauth/token" and method == "POST":
            form = dict(parse_qsl(body.decode()))
            if self.oauth_codes.get(form.get("code", "")) != form.get("code_verifier"):
                return _json(400, {"error": "invalid_grant"})
            return _json(200, {"access_token": self.mastodon_token, "token_type": "Bearer"})
        public = path == "/api/v1/accounts/lookup" or (
            path.startswith("/api/v1/accounts/") and path.endswith("/statuses")
        )
        if not public and headers.get("authorization") != f"Bearer {self.mastodon_token}":
            return _json(401, {"error": "The access token is invalid"})
        if path == "/api/v1/accounts/lookup":
            return _json(200, self._status_template["account"], limits)
        if path.startswith("/api/v1/accounts/") and path.endswith("/statuses"):
            return _json(200, [self._status_template], limits)
        if path.startswith("/api/v1/timelines/list/"):
            route = route_for("list_timeline.yaml", "GET", "/api/v1/timelines/list/5")
            return route.status, {"Content-Type": route.content_type, **route.headers}, route.body
        if path == "/api/v2/search":
            # The recorded v2 search found no statuses; answer in its shape with one that matches.
            query = {k: v[-1] for k, v in parse_qs(urlsplit(target).query).items()}
            found = {**self._status_template, "content": f"<p>Minister on {query['q']}</p>"}
            return _json(
                200,
                {"accounts": [], "statuses": [found], "hashtags": [], "collections": []},
                limits,
            )
        if path == "/api/v1/accounts/verify_credentials":
            return _json(200, self._status_template["account"])
        if path == "/api/v2/media" and method == "POST":
            parts = parse_multipart(headers["content-type"], body)
            media_id = self.next_id()
            item = {
                **self._media_template,
                "id": media_id,
                "type": "image",
                "url": None,
                "description": parts["description"][0].decode(),
            }
            self.media[media_id] = {**item, "polls": 0, "size": len(parts["file"][0])}
            return _json(202, item, limits)
        if path.startswith("/api/v1/media/") and method == "GET":
            stored = self.media.get(path.rsplit("/", 1)[1])
            if stored is None:
                return _json(404, {"error": "Record not found"})
            stored["polls"] += 1
            if stored["polls"] < self.media_polls_before_ready:
                return _json(206, {k: v for k, v in stored.items() if k not in ("polls", "size")})
            stored["url"] = f"http://127.0.0.1/system/media/{stored['id']}.jpg"
            return _json(200, {k: v for k, v in stored.items() if k not in ("polls", "size")})
        if path == "/api/v1/statuses" and method == "POST":
            key = headers.get("idempotency-key", "")
            if key and key in self.idempotent:
                return _json(200, self.idempotent[key], limits)
            form = parse_qsl(body.decode())
            media_ids = [v for k, v in form if k == "media_ids[]"]
            if any(self.media.get(m, {}).get("url") is None for m in media_ids):
                return _json(422, {"error": "Validation failed: media not processed"})
            fields = dict(form)
            status_id = self.next_id()
            status = {
                **self._status_template,
                "id": status_id,
                "url": f"http://127.0.0.1/@press/{status_id}",
                "content": f"<p>{fields.get('status', '')}</p>",
                "text": fields.get("status", ""),
                "in_reply_to_id": fields.get("in_reply_to_id"),
                "media_attachments": [
                    {k: v for k, v in self.media[m].items() if k not in ("polls", "size")}
                    for m in media_ids
                ],
            }
            self.statuses.append(status)
            if key:
                self.idempotent[key] = status
            return _json(200, status, limits)
        return _json(404, {"error": "Not found"})

    # -- Bluesky -----------------------------------------------------------------------
    def _bluesky(
        self,
        method: str,
        nsid: str,
        query: dict[str, str],
        headers: dict[str, str],
        body: bytes,
    ) -> Answer:
        if nsid == "com.atproto.server.createSession":
            data = json.loads(body)
            if (
                data.get("identifier") != self.bsky_handle
                or data.get("password") != self.app_password
            ):
                return _json(
                    401, {"error": "AuthenticationRequired", "message": "Invalid password"}
                )
            self.sessions_created += 1
            return _json(
                200,
                {
                    "did": self.did,
                    "handle": self.bsky_handle,
                    "accessJwt": self.access,
                    "refreshJwt": self.refresh,
                },
            )
        auth = headers.get("authorization", "")
        if nsid == "com.atproto.server.refreshSession":
            if auth != f"Bearer {self.refresh}":
                return _json(400, {"error": "ExpiredToken", "message": "Token has expired"})
            number = int(self.access.rsplit("-", 1)[1]) + 1
            self.access, self.refresh = f"access-{number}", f"refresh-{number}"
            return _json(
                200,
                {
                    "did": self.did,
                    "handle": self.bsky_handle,
                    "accessJwt": self.access,
                    "refreshJwt": self.refresh,
                },
            )
        token = auth.removeprefix("Bearer ")
        if token in self.expired_access or token != self.access:
            return _json(400, {"error": "ExpiredToken", "message": "Token has expired"})
        if nsid == "com.atproto.repo.uploadBlob":
            ref = f"bafkrei{len(self.blobs):04d}{hash(body) & 0xFFFFFF:06x}"
            self.blobs[ref] = body
            return _json(
                200,
                {
                    "blob": {
                        "$type": "blob",
                        "ref": {"$link": ref},
                        "mimeType": headers.get("content-type", ""),
                        "size": len(body),
                    }
                },
            )
        if nsid == "com.atproto.repo.createRecord":
            data = json.loads(body)
            rkey = data["rkey"]
            if rkey in self.records:
                return _json(400, {"error": "InvalidRequest", "message": "Record already exists"})
            uri = f"at://{self.did}/{data['collection']}/{rkey}"
            self.records[rkey] = {"uri": uri, "cid": f"bafyrei{rkey}", "value": data["record"]}
            return _json(200, {"uri": uri, "cid": f"bafyrei{rkey}"})
        if nsid == "com.atproto.repo.getRecord":
            found = self.records.get(query.get("rkey", ""))
            if found is None:
                return _json(400, {"error": "RecordNotFound", "message": "Could not locate"})
            return _json(200, found)
        if nsid in ("app.bsky.feed.searchPosts", "app.bsky.feed.getAuthorFeed"):
            views = [
                {
                    "uri": f"at://did:plc:reporter/app.bsky.feed.post/3kq{n}",
                    "cid": f"bafyrei{n}",
                    "author": {
                        "did": "did:plc:reporter",
                        "handle": "jane.bugle.example",
                        "displayName": "Jane Smith",
                    },
                    "record": {
                        "$type": "app.bsky.feed.post",
                        "text": f"Post {n} about {query.get('q') or query.get('actor')}",
                        "createdAt": f"2026-11-2{n}T09:00:00.000Z",
                    },
                    "indexedAt": f"2026-11-2{n}T09:00:01.000Z",
                }
                for n in range(3)
            ]
            if nsid.endswith("searchPosts"):
                return _json(200, {"posts": views}, {"RateLimit-Remaining": "2999"})
            return _json(200, {"feed": [{"post": v} for v in views]})
        if nsid == "com.atproto.identity.resolveHandle":
            if query.get("handle") == self.bsky_handle:
                return _json(200, {"did": self.did})
            return _json(400, {"error": "InvalidRequest", "message": "Unable to resolve"})
        return _json(404, {"error": "MethodNotImplemented"})

    # -- X -----------------------------------------------------------------------------
    def _x(
        self,
        method: str,
        path: str,
        query: dict[str, str],
        headers: dict[str, str],
        body: bytes,
    ) -> Answer:
        if path == "/2/oauth2/token":
            return self._x_token(dict(parse_qsl(body.decode())))
        token = headers.get("authorization", "").removeprefix("Bearer ")
        if token not in self.x_tokens:
            return _json(401, {"title": "Unauthorized", "detail": "Unauthorized", "status": 401})
        if path == "/2/users/me":
            return _json(200, {"data": {"id": "2244994945", "username": "PressOffice"}})
        if path == "/2/media/upload" and method == "POST":
            parts = parse_multipart(headers["content-type"], body)
            media_id = self.next_id()
            self.x_media[media_id] = {"size": len(parts["media"][0]), "alt": ""}
            return _json(
                200,
                {"data": {"id": media_id, "media_key": f"3_{media_id}", "size": 1}},
            )
        if path == "/2/media/metadata" and method == "POST":
            data = json.loads(body)
            self.x_media[data["id"]]["alt"] = data["metadata"]["alt_text"]["text"]
            return _json(200, {"data": {"id": data["id"], "associated_metadata": True}})
        if path == "/2/tweets" and method == "POST":
            data = json.loads(body)
            tweet_id = self.next_id()
            tweet = {"id": tweet_id, "text": data["text"], **{k: v for k, v in data.items()}}
            self.tweets.append(tweet)
            return _json(
                201,
                {"data": {"id": tweet_id, "text": data["text"]}},
                {"x-rate-limit-remaining": "99"},
            )
        if path == "/2/tweets/search/recent" or (
            path.startswith("/2/lists/") and path.endswith("/tweets")
        ):
            about = query.get("query", path.split("/")[3])
            return _json(
                200,
                {
                    "data": [
                        {
                            "id": f"18{n}",
                            "text": f"Tweet {n} on {about}",
                            "author_id": "99",
                            "created_at": f"2026-11-2{n}T08:00:00.000Z",
                        }
                        for n in range(2)
                    ],
                    "includes": {"users": [{"id": "99", "username": "tomh", "name": "Tom Hughes"}]},
                    "meta": {"result_count": 2},
                },
                self.x_read_headers,
            )
        if path.startswith("/2/users/") and path.endswith("/tweets"):
            recent = [{"id": t["id"], "text": t["text"]} for t in reversed(self.tweets)]
            return _json(200, {"data": recent[: int(query.get("max_results", 10))]})
        return _json(404, {"title": "Not Found"})

    def _x_token(self, form: dict[str, str]) -> Answer:
        if form.get("grant_type") == "refresh_token":
            if form.get("refresh_token") != self.x_refresh:
                return _json(400, {"error": "invalid_request"})
            number = len(self.x_tokens) + 1
            access = f"x-access-{number}"
            self.x_tokens = {access}
            self.x_refresh = f"x-refresh-{number}"
        else:
            import base64
            import hashlib

            challenge, redirect = self.x_codes.get(form.get("code", ""), ("", ""))
            verifier = form.get("code_verifier", "")
            digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
            if digest.rstrip(b"=").decode() != challenge or form.get("redirect_uri") != redirect:
                return _json(400, {"error": "invalid_grant"})
            access = "x-access-1"
        return _json(
            200,
            {
                "token_type": "bearer",
                "expires_in": 7200,
                "access_token": access,
                "refresh_token": self.x_refresh,
                "scope": "tweet.read tweet.write users.read media.write offline.access",
            },
        )


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    platforms: Platforms

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        path = urlsplit(self.path).path
        queue = self.platforms.faults.get((self.command, path)) or next(
            (
                q
                for (method, pattern), q in self.platforms.faults.items()
                if method == self.command
                and pattern.endswith("*")
                and path.startswith(pattern[:-1])
            ),
            None,
        )
        fault = queue.pop(0) if queue else None
        if fault and fault.kind == "pass":
            fault = None
        if fault and fault.kind == "drop-before":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        if fault and fault.kind == "status":
            status, extra, payload = _json(fault.status, {"error": "scripted"}, fault.headers)
        else:
            status, extra, payload = self.platforms.handle(self.command, self.path, headers, body)
        if fault and fault.kind == "drop-after":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        if fault and fault.kind == "stall-after":
            time.sleep(fault.stall)
            self.close_connection = True
            return
        if fault and fault.kind == "malformed":
            payload = b'{"id": "12'
        self.send_response(status)
        for name, value in extra.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        try:
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            return

    do_GET = do_POST = do_PUT = _serve

    def log_message(self, *args: object) -> None:
        return


@contextmanager
def serving_platforms() -> Iterator[tuple[Platforms, str]]:
    """(state, base URL) of a running loopback server for all three platforms."""
    platforms = Platforms()
    handler = type("Handler", (_Handler,), {"platforms": platforms})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield platforms, f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def x_sign_in(client_id: str, base: str) -> dict[str, str]:
    """The X sign-in form's fields, pointed at these servers (any free loopback port)."""
    return {"client_id": client_id, "port": "0", "authorize": base + "/authorize", "api": base}


def connect_every_platform(accounts: Any, platforms: Platforms, base: str, client_id: str) -> None:
    """Connect Mastodon, Bluesky and X accounts on these servers (X's code given directly)."""
    from mediadesk.domain.platforms import Platform

    accounts.connect(Platform.MASTODON, {"server": base, "token": platforms.mastodon_token})
    accounts.connect(
        Platform.BLUESKY,
        {"server": base, "handle": platforms.bsky_handle, "password": platforms.app_password},
    )
    pending = accounts.start(Platform.X, x_sign_in(client_id, base))
    challenge = httpx_params(pending.url)["code_challenge"]
    platforms.x_codes["code-1"] = (challenge, pending.pending.redirect_uri)
    accounts.finish(Platform.X, pending, "code-1")


def httpx_params(url: str) -> dict[str, str]:
    return {k: v[-1] for k, v in parse_qs(urlsplit(url).query).items()}
