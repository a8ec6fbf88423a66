"""X (API v2): OAuth 2.0 with PKCE, media upload with alt text, and posts that never double."""

from __future__ import annotations

import re
import secrets as random
import time
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any
from urllib.parse import quote, urlencode

import httpx

from mediadesk.domain.links import safe_link
from mediadesk.domain.monitoring import FeedItem, item_key
from mediadesk.domain.platforms import ColumnKind
from mediadesk.net.mastodon_post import pkce_pair
from mediadesk.net.oauth_loopback import LoopbackRedirect
from mediadesk.net.publish import (
    AccountFacts,
    Credentials,
    NeedsReconnect,
    Outgoing,
    Rejected,
    Remote,
    request,
)
from mediadesk.net.reply import items, obj, reading, text, when
from mediadesk.net.sign_in import SignedIn, field_text, secure_server

NAME = "X"
API = "https://api.x.com"
AUTHORIZE = "https://x.com/i/oauth2/authorize"
SCOPES = "tweet.read tweet.write users.read media.write offline.access"
_URL = re.compile(r"https?://\S+")


@dataclass(frozen=True)
class XSession:
    """A signed-in X account (tokens live in the OS keyring)."""

    user_id: str
    username: str
    access: str
    refresh: str
    expires_at: float  # epoch seconds
    client_id: str
    api: str = API


@dataclass(frozen=True)
class XAuthorisation:
    """A sign-in in progress: open `url`; X redirects to `redirect_uri` with the code."""

    url: str
    verifier: str
    state: str
    redirect_uri: str
    client_id: str


def _check_client_id(client_id: str) -> None:
    if not client_id.strip():
        raise Rejected(
            "No X client ID is set. Ask IT for the organisation's X app client ID "
            "(Settings > Accounts, or the policy key accounts.x_client_id)."
        )


def start_authorisation(
    client_id: str, redirect_uri: str, authorize: str = AUTHORIZE
) -> XAuthorisation:
    """The browser address for X's consent page, with a PKCE challenge and a state."""
    _check_client_id(client_id)
    verifier, challenge = pkce_pair()
    state = random.token_urlsafe(24)
    query = urlencode(
        {
            "response_type": "code",
            "client_id": client_id.strip(),
            "redirect_uri": redirect_uri,
            "scope": SCOPES,
            "state": state,
            "code_challenge": challenge,
            "code_challenge_method": "S256",
        }
    )
    return XAuthorisation(f"{authorize}?{query}", verifier, state, redirect_uri, client_id.strip())


def _session_from(body: dict[str, Any], base: XSession) -> XSession:
    return replace(
        base,
        access=str(body["access_token"]),
        refresh=str(body.get("refresh_token") or base.refresh),
        expires_at=time.time() + float(body.get("expires_in", 7200)),
    )


def finish_authorisation(
    client: httpx.Client, pending: XAuthorisation, code: str, api: str = API
) -> XSession:
    """Exchange the code for tokens and find out whose account it is."""
    body = request(
        client,
        "POST",
        f"{api}/2/oauth2/token",
        NAME,
        "signing in",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": pending.redirect_uri,
            "code_verifier": pending.verifier,
            "client_id": pending.client_id,
        },
    )
    session = _session_from(body, XSession("", "", "", "", 0.0, pending.client_id, api))
    me = request(
        client,
        "GET",
        f"{api}/2/users/me",
        NAME,
        "reading the account",
        headers={"Authorization": f"Bearer {session.access}"},
    )["data"]
    return replace(session, user_id=str(me["id"]), username=str(me["username"]))


@dataclass(frozen=True)
class XSignIn:
    """An X sign-in under way: the consent page to open and the loopback waiting for X."""

    pending: XAuthorisation
    listener: LoopbackRedirect
    api: str

    @property
    def url(self) -> str:
        return self.pending.url

    def cancel(self) -> None:
        self.listener.cancel()


def start(client: httpx.Client, fields: Mapping[str, str]) -> XSignIn:
    """Begin X's OAuth 2 sign-in: a listener on the loopback port, then a PKCE request."""
    del client  # nothing is sent until the browser comes back
    api = secure_server(field_text(fields, "api", API))
    client_id = field_text(fields, "client_id")
    _check_client_id(client_id)  # before taking the port
    listener = LoopbackRedirect(int(field_text(fields, "port", "0")), "")
    pending = start_authorisation(
        client_id, listener.redirect_uri, field_text(fields, "authorize", AUTHORIZE)
    )
    listener.state = pending.state
    return XSignIn(pending, listener, api)


def finish(client: httpx.Client, signing: XSignIn, code: str) -> SignedIn:
    """Trade the code (waited for on the loopback unless given) for tokens and the account."""
    if code:
        signing.listener.close()
    else:
        code = signing.listener.wait()
    session = finish_authorisation(client, signing.pending, code, signing.api)
    return SignedIn(
        "@" + session.username,
        session.api,
        session.user_id,
        session.client_id,
        secrets={
            "access": session.access,
            "refresh": session.refresh,
            "expires": str(session.expires_at),
        },
    )


def _comparable(text: str) -> str:
    """Text as X shows it back: links become t.co, whitespace may change."""
    text = unicodedata.normalize("NFC", _URL.sub("", text))
    return " ".join(text.split())


class XPublisher:
    """Publishes posts; before any retry it checks the account's recent posts."""

    def __init__(
        self, client: httpx.Client, session: XSession, on_refresh: Callable[[XSession], None]
    ) -> None:
        self.client = client
        self.session = session
        self.on_refresh = on_refresh
        self.last_headers: dict[str, str] = {}

    def _token(self) -> str:
        if time.time() < self.session.expires_at - 60:
            return self.session.access
        try:
            body = request(
                self.client,
                "POST",
                f"{self.session.api}/2/oauth2/token",
                NAME,
                "refreshing the sign-in",
                data={
                    "grant_type": "refresh_token",
                    "refresh_token": self.session.refresh,
                    "client_id": self.session.client_id,
                },
            )
        except Rejected as exc:
            raise NeedsReconnect(
                "The X sign-in has expired. Connect the account again in Settings."
            ) from exc
        self.session = _session_from(body, self.session)
        self.on_refresh(self.session)
        return self.session.access

    def _call(self, method: str, path: str, what: str, **kw: Any) -> Any:
        headers = {**kw.pop("headers", {}), "Authorization": f"Bearer {self._token()}"}
        return request(
            self.client, method, f"{self.session.api}{path}", NAME, what, headers=headers, **kw
        )

    def _already_posted(self, out: Outgoing) -> Remote | None:
        """A post with this text made since the first attempt, if X has one."""
        params: dict[str, str | int] = {"max_results": 20, "tweet.fields": "created_at,text"}
        if out.since is not None:
            start = out.since - timedelta(minutes=2)
            params["start_time"] = start.strftime("%Y-%m-%dT%H:%M:%SZ")
        body = self._call(
            "GET",
            f"/2/users/{self.session.user_id}/tweets",
            "checking for an earlier attempt",
            params=params,
        )
        wanted = _comparable(out.text)
        for tweet in body.get("data", []) or []:
            if _comparable(str(tweet.get("text", ""))) == wanted:
                return self._remote(str(tweet["id"]))
        return None

    def _remote(self, tweet_id: str) -> Remote:
        return Remote(tweet_id, f"https://x.com/{self.session.username}/status/{tweet_id}")

    def publish(self, out: Outgoing) -> Remote:
        """POST /2/media/upload and /2/media/metadata per photo, then POST /2/tweets."""
        if out.retry:
            found = self._already_posted(out)
            if found is not None:
                return found
        media_ids = []
        for item in out.media:
            uploaded = self._call(
                "POST",
                "/2/media/upload",
                "uploading a photo",
                files={"media": ("photo", item.data, item.mime)},
                data={"media_category": "tweet_image", "media_type": item.mime},
            )
            media_id = str(uploaded["data"]["id"])
            if item.alt:
                self._call(
                    "POST",
                    "/2/media/metadata",
                    "adding alt text",
                    json={"id": media_id, "metadata": {"alt_text": {"text": item.alt}}},
                )
            media_ids.append(media_id)
        payload: dict[str, Any] = {"text": out.text}
        if media_ids:
            payload["media"] = {"media_ids": media_ids}
        if out.reply_to is not None:
            payload["reply"] = {"in_reply_to_tweet_id": out.reply_to.id}
        body = self._call("POST", "/2/tweets", "creating the post", json=payload)
        return self._remote(str(body["data"]["id"]))

    def get(self, path: str, params: dict[str, Any], what: str) -> Any:
        """An authenticated API v2 read (refreshing the token if needed)."""
        return self._call("GET", path, what, params=params, seen=self.last_headers)


TWEET_FIELDS = {
    "max_results": 50,
    "tweet.fields": "created_at,author_id",
    "expansions": "author_id",
    "user.fields": "username,name",
}


def parse_tweets(body: Any) -> list[FeedItem]:
    """A /2/tweets/search/recent or /2/lists/:id/tweets answer as monitoring items."""
    body = obj(body)
    with reading(NAME):
        users = {
            text(u.get("id"), 40): u
            for u in map(obj, items(obj(body.get("includes")).get("users")))
            if text(u.get("id"), 40)
        }
        found = []
        for tweet in map(obj, items(body.get("data"))[:500]):
            user = users.get(text(tweet.get("author_id"), 40), {})
            username = text(user.get("username"), 50) or "i"
            tweet_id = text(tweet.get("id"), 40)
            moment = when(tweet.get("created_at"))
            if moment is None or not tweet_id.isdigit():
                continue
            body_text = text(tweet.get("text"), 10_000)
            url = safe_link(f"https://x.com/{quote(username)}/status/{tweet_id}")
            found.append(
                FeedItem(
                    item_key(url, tweet_id),
                    "X",
                    url,
                    body_text[:280] or "(no text)",
                    body_text,
                    text(user.get("name"), 200) or username,
                    moment,
                    f"@{username}" if user else "",
                )
            )
    return found


def read_column(kind: ColumnKind, query: dict[str, str], reader: Any) -> list[FeedItem]:
    """A recent search or a list, through the connected account's client (`reader`)."""
    if kind is ColumnKind.X_SEARCH:
        body = reader.get(
            "/2/tweets/search/recent", {"query": query["q"], **TWEET_FIELDS}, "search"
        )
        return parse_tweets(body)
    body = reader.get(f"/2/lists/{quote(query['list_id'])}/tweets", TWEET_FIELDS, "list")
    return parse_tweets(body)


def make_publisher(
    client: httpx.Client, account: AccountFacts, credentials: Credentials
) -> XPublisher | None:
    """The connected account's publisher (and reader); refreshed tokens go back to the keyring."""
    access, refresh = credentials.get("access"), credentials.get("refresh")
    if access is None or refresh is None:
        return None
    session = XSession(
        account.user_id,
        account.handle.lstrip("@"),
        access,
        refresh,
        float(credentials.get("expires") or 0),
        account.client_id,
        account.server,
    )

    def saved(s: XSession) -> None:
        credentials.put(access=s.access, refresh=s.refresh, expires=str(s.expires_at))

    return XPublisher(client, session, saved)
