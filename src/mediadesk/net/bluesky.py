"""Bluesky over the AT Protocol: app-password sessions, blobs and idempotent post records."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

import httpx

from mediadesk.domain.counting import bluesky_facets
from mediadesk.domain.links import safe_link
from mediadesk.domain.monitoring import FeedItem, item_key
from mediadesk.domain.platforms import ColumnKind
from mediadesk.net.publish import (
    AccountFacts,
    Credentials,
    NeedsReconnect,
    Outgoing,
    Rejected,
    Remote,
    check,
    transport_failure,
)
from mediadesk.net.reply import items, obj, reading, text, when
from mediadesk.net.sign_in import SignedIn, field_text, secure_server

NAME = "Bluesky"
DEFAULT_SERVICE = "https://bsky.social"
POST = "app.bsky.feed.post"


@dataclass(frozen=True)
class Session:
    """A signed-in Bluesky account (the tokens live in the OS keyring)."""

    did: str
    handle: str
    service: str  # the account's PDS
    access: str
    refresh: str


def _xrpc(service: str, method: str) -> str:
    return f"{service.rstrip('/')}/xrpc/{method}"


def _pds_endpoint(body: dict[str, Any], fallback: str) -> str:
    """The PDS named in the session's DID document, else the server signed in to."""
    doc = body.get("didDoc") or {}
    for service in doc.get("service", []) if isinstance(doc, dict) else []:
        if isinstance(service, dict) and str(service.get("id", "")).endswith("#atproto_pds"):
            return str(service.get("serviceEndpoint") or fallback).rstrip("/")
    return fallback.rstrip("/")


def _post(client: httpx.Client, url: str, what: str, **kw: Any) -> Any:
    try:
        response = client.post(url, **kw)
    except httpx.HTTPError as exc:
        raise transport_failure(exc, NAME) from exc
    return check(response, NAME, what)


def create_session(client: httpx.Client, service: str, handle: str, password: str) -> Session:
    """Sign in with a handle and an app password (never the account's main password)."""
    try:
        response = client.post(
            _xrpc(service, "com.atproto.server.createSession"),
            json={"identifier": handle.strip().lstrip("@"), "password": password.strip()},
        )
    except httpx.HTTPError as exc:
        raise transport_failure(exc, NAME) from exc
    if response.status_code in (400, 401):
        raise Rejected(
            "Bluesky did not accept that handle and app password. Create an app password "
            "under Settings > Privacy and security > App passwords, and paste it here."
        )
    body = check(response, NAME, "signing in")
    return Session(
        str(body["did"]),
        str(body["handle"]),
        _pds_endpoint(body, service),
        str(body["accessJwt"]),
        str(body["refreshJwt"]),
    )


def sign_in(client: httpx.Client, fields: Mapping[str, str]) -> SignedIn:
    """Sign in with the form's server, handle and app password; only the tokens are kept."""
    service = secure_server(field_text(fields, "server", DEFAULT_SERVICE))
    session = create_session(client, service, field_text(fields, "handle"), fields["password"])
    return SignedIn(
        session.handle,
        session.service,
        session.did,
        secrets={"access": session.access, "refresh": session.refresh},
    )


class BlueskyPublisher:
    """Publishes posts to one account; refreshes tokens rather than signing in again."""

    def __init__(
        self,
        client: httpx.Client,
        session: Session,
        on_refresh: Callable[[Session], None],
    ) -> None:
        self.client = client
        self.session = session
        self.on_refresh = on_refresh
        self.last_headers: dict[str, str] = {}

    def _refresh(self) -> None:
        try:
            response = self.client.post(
                _xrpc(self.session.service, "com.atproto.server.refreshSession"),
                headers={"Authorization": f"Bearer {self.session.refresh}"},
            )
        except httpx.HTTPError as exc:
            raise transport_failure(exc, NAME) from exc
        if response.status_code in (400, 401):
            raise NeedsReconnect(
                "The Bluesky sign-in has expired. Connect the account again in Settings."
            )
        body = check(response, NAME, "refreshing the sign-in")
        self.session = replace(
            self.session, access=str(body["accessJwt"]), refresh=str(body["refreshJwt"])
        )
        self.on_refresh(self.session)

    def _call(
        self, verb: str, method: str, what: str, *, retried: bool = False, **kw: Any
    ) -> httpx.Response:
        headers = {**kw.pop("headers", {}), "Authorization": f"Bearer {self.session.access}"}
        try:
            response = self.client.request(
                verb, _xrpc(self.session.service, method), headers=headers, **kw
            )
        except httpx.HTTPError as exc:
            raise transport_failure(exc, NAME) from exc
        expired = response.status_code == 401 or (
            response.status_code == 400 and b"ExpiredToken" in response.content
        )
        if expired and not retried:
            self._refresh()
            return self._call(verb, method, what, retried=True, headers=headers, **kw)
        return response

    def _existing(self, rkey: str) -> Remote | None:
        """The record under `rkey`, if an earlier attempt already created it."""
        response = self._call(
            "GET",
            "com.atproto.repo.getRecord",
            "checking for an earlier attempt",
            params={"repo": self.session.did, "collection": POST, "rkey": rkey},
        )
        if response.status_code == 400 and b"RecordNotFound" in response.content:
            return None
        if response.status_code == 404:
            return None
        body = check(response, NAME, "checking for an earlier attempt")
        return self._remote(str(body["uri"]), str(body.get("cid", "")))

    def _remote(self, uri: str, cid: str) -> Remote:
        rkey = uri.rsplit("/", 1)[-1]
        return Remote(uri, f"https://bsky.app/profile/{self.session.handle}/post/{rkey}", cid)

    def _resolve(self, handle: str) -> str | None:
        response = self._call(
            "GET", "com.atproto.identity.resolveHandle", "mention", params={"handle": handle}
        )
        if response.status_code != 200:
            return None
        try:
            return str(response.json()["did"])
        except (ValueError, KeyError):
            return None

    def _facets(self, text: str) -> list[dict[str, object]]:
        facets = []
        for facet in bluesky_facets(text):
            if facet.kind == "mention":
                did = self._resolve(facet.value)
                if did is None:
                    continue  # an unknown handle stays plain text
                facets.append(facet.record(did))
            else:
                facets.append(facet.record())
        return facets

    def publish(self, out: Outgoing) -> Remote:
        """uploadBlob for each photo, then createRecord under the post's own record key."""
        if out.retry:
            found = self._existing(out.key)
            if found is not None:
                return found
        images = []
        for item in out.media:
            response = self._call(
                "POST",
                "com.atproto.repo.uploadBlob",
                "uploading a photo",
                content=item.data,
                headers={"Content-Type": item.mime},
            )
            blob = check(response, NAME, "uploading a photo")["blob"]
            images.append(
                {
                    "image": blob,
                    "alt": item.alt,
                    "aspectRatio": {"width": item.width, "height": item.height},
                }
            )
        record: dict[str, Any] = {
            "$type": POST,
            "text": out.text,
            "createdAt": datetime.now(UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z"),
            "langs": ["en"],
        }
        facets = self._facets(out.text)
        if facets:
            record["facets"] = facets
        if images:
            record["embed"] = {"$type": "app.bsky.embed.images", "images": images}
        if out.reply_to is not None:
            root = out.root or out.reply_to
            record["reply"] = {
                "root": {"uri": root.id, "cid": root.cid},
                "parent": {"uri": out.reply_to.id, "cid": out.reply_to.cid},
            }
        response = self._call(
            "POST",
            "com.atproto.repo.createRecord",
            "creating the post",
            json={"repo": self.session.did, "collection": POST, "rkey": out.key, "record": record},
        )
        if response.status_code in (400, 409) and b"already exists" in response.content.lower():
            found = self._existing(out.key)
            if found is not None:
                return found
        body = check(response, NAME, "creating the post")
        return self._remote(str(body["uri"]), str(body.get("cid", "")))

    def get(self, method: str, params: dict[str, Any], what: str) -> Any:
        """An authenticated XRPC query through the account's PDS (refreshing if needed)."""
        response = self._call("GET", method, what, params=params)
        self.last_headers = {k.lower(): v for k, v in response.headers.items()}
        return check(response, NAME, what)


def parse_posts(posts: list[Any]) -> list[FeedItem]:
    """app.bsky.feed.defs#postView objects as monitoring items."""
    found = []
    with reading(NAME):
        for post in posts[:500]:
            item = _post_item(obj(post))
            if item is not None:
                found.append(item)
    return found


def parse_search(body: Any) -> list[FeedItem]:
    """An app.bsky.feed.searchPosts answer as monitoring items."""
    return parse_posts(items(obj(body).get("posts")))


def parse_author_feed(body: Any) -> list[FeedItem]:
    """An app.bsky.feed.getAuthorFeed answer as monitoring items."""
    return parse_posts([obj(f).get("post") for f in items(obj(body).get("feed"))])


def _post_item(post: dict[str, Any]) -> FeedItem | None:
    author = obj(post.get("author"))
    record = obj(post.get("record"))
    handle = text(author.get("handle"), 253)
    uri = text(post.get("uri"), 2048)
    body = text(record.get("text"), 10_000)
    moment = when(record.get("createdAt")) or when(post.get("indexedAt"))
    if moment is None:
        return None
    rkey = uri.rsplit("/", 1)[-1]
    url = safe_link(f"https://bsky.app/profile/{quote(handle)}/post/{quote(rkey)}") if uri else ""
    return FeedItem(
        item_key(url, uri),
        "Bluesky",
        url,
        body[:280] or "(no text)",
        body,
        text(author.get("displayName"), 200) or handle,
        moment,
        f"@{handle}" if handle else "",
    )


def read_column(kind: ColumnKind, query: dict[str, str], reader: Any) -> list[FeedItem]:
    """A search or an account's posts, through the connected account's client (`reader`)."""
    if kind is ColumnKind.BLUESKY_SEARCH:
        params = {"q": query["q"], "limit": 50, "sort": "latest"}
        return parse_search(reader.get("app.bsky.feed.searchPosts", params, "search"))
    params = {"actor": query["actor"].lstrip("@"), "limit": 50}
    return parse_author_feed(reader.get("app.bsky.feed.getAuthorFeed", params, "reading posts"))


def make_publisher(
    client: httpx.Client, account: AccountFacts, credentials: Credentials
) -> BlueskyPublisher | None:
    """The connected account's publisher (and reader); refreshed tokens go back to the keyring."""
    access, refresh = credentials.get("access"), credentials.get("refresh")
    if access is None or refresh is None:
        return None
    session = Session(account.user_id, account.handle, account.server, access, refresh)
    return BlueskyPublisher(
        client, session, lambda s: credentials.put(access=s.access, refresh=s.refresh)
    )
