"""Mastodon publishing: instance limits, OAuth (PKCE, out-of-band code) and idempotent statuses."""

from __future__ import annotations

import base64
import hashlib
import secrets as random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import httpx

from mediadesk.net.publish import (
    AccountFacts,
    Credentials,
    Outgoing,
    Rejected,
    Remote,
    RetryLater,
    request,
)
from mediadesk.net.reply import UnreadableReply, obj, text
from mediadesk.net.sign_in import SignedIn, field_text, secure_server

NAME = "Mastodon"
OOB = "urn:ietf:wg:oauth:2.0:oob"
SCOPES = "read write"
MEDIA_WAIT_S = 60.0


@dataclass(frozen=True)
class InstanceLimits:
    """What an instance allows, from GET /api/v2/instance."""

    max_characters: int = 500
    url_length: int = 23
    image_size_limit: int = 16 * 1024 * 1024
    image_matrix_limit: int = 33_177_600
    description_limit: int = 1500

    def as_json(self) -> dict[str, int]:
        return {
            "max_characters": self.max_characters,
            "url_length": self.url_length,
            "image_size_limit": self.image_size_limit,
            "image_matrix_limit": self.image_matrix_limit,
            "description_limit": self.description_limit,
        }


def base(server: str) -> str:
    """https://example.social from 'example.social' or a pasted URL."""
    server = server.strip().rstrip("/")
    if not server.startswith(("http://", "https://")):
        server = "https://" + server
    return server


def instance_limits(client: httpx.Client, server: str) -> InstanceLimits:
    """The instance's status, link and media limits."""
    body = request(client, "GET", f"{base(server)}/api/v2/instance", NAME, "reading its limits")
    config = body.get("configuration", {}) if isinstance(body, dict) else {}
    statuses = config.get("statuses", {})
    media = config.get("media_attachments", {})
    return InstanceLimits(
        int(statuses.get("max_characters", 500)),
        int(statuses.get("characters_reserved_per_url", 23)),
        int(media.get("image_size_limit", 16 * 1024 * 1024)),
        int(media.get("image_matrix_limit", 33_177_600)),
        int(media.get("description_limit", 1500)),
    )


@dataclass(frozen=True)
class PendingAuthorisation:
    """An OAuth sign-in waiting for the code the user pastes back."""

    server: str
    client_id: str
    client_secret: str
    verifier: str
    url: str  # open this in the browser

    def cancel(self) -> None:
        """Nothing waits on this machine: the user pastes the code back, or does not."""


def pkce_pair() -> tuple[str, str]:
    """A PKCE code verifier and its S256 challenge."""
    verifier = random.token_urlsafe(64)
    digest = hashlib.sha256(verifier.encode()).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def start_authorisation(client: httpx.Client, server: str) -> PendingAuthorisation:
    """Register MediaDesk with the instance and build the sign-in address."""
    root = base(server)
    app = request(
        client,
        "POST",
        f"{root}/api/v1/apps",
        NAME,
        "registering MediaDesk",
        data={"client_name": "MediaDesk", "redirect_uris": OOB, "scopes": SCOPES},
    )
    verifier, challenge = pkce_pair()
    query = urlencode(
        {
            "response_type": "code",
            "client_id": app["client_id"],
            "redirect_uri": OOB,
            "scope": SCOPES,
            "code_challenge": challenge,
            "code_challenge_method": "S256",
        }
    )
    return PendingAuthorisation(
        root,
        str(app["client_id"]),
        str(app["client_secret"]),
        verifier,
        f"{root}/oauth/authorize?{query}",
    )


def finish_authorisation(client: httpx.Client, pending: PendingAuthorisation, code: str) -> str:
    """Exchange the pasted code for an access token."""
    try:
        body = request(
            client,
            "POST",
            f"{pending.server}/oauth/token",
            NAME,
            "signing in",
            data={
                "grant_type": "authorization_code",
                "code": code.strip(),
                "client_id": pending.client_id,
                "client_secret": pending.client_secret,
                "redirect_uri": OOB,
                "code_verifier": pending.verifier,
                "scope": SCOPES,
            },
        )
    except Rejected as exc:
        raise Rejected(
            f"The instance did not accept that code ({exc.message}). Start again."
        ) from exc
    return str(body["access_token"])


def verify_credentials(client: httpx.Client, server: str, token: str) -> dict[str, Any]:
    """The account a token belongs to (checks a pasted token)."""
    body = request(
        client,
        "GET",
        f"{base(server)}/api/v1/accounts/verify_credentials",
        NAME,
        "checking the account",
        headers={"Authorization": f"Bearer {token}"},
    )
    return dict(body)


def sign_in(client: httpx.Client, fields: Mapping[str, str]) -> SignedIn:
    """Use an access token the user created in the instance's Development settings."""
    root = secure_server(base(field_text(fields, "server")))
    token = field_text(fields, "token")
    me = obj(verify_credentials(client, root, token))
    handle = text(me.get("acct"), 300) or text(me.get("username"), 300)
    if not handle:
        raise UnreadableReply("The Mastodon server did not say which account the token is for.")
    return SignedIn("@" + handle, root, text(me.get("id"), 100), secrets={"token": token})


def start(client: httpx.Client, fields: Mapping[str, str]) -> PendingAuthorisation:
    """Begin the browser sign-in on the form's server."""
    return start_authorisation(client, secure_server(base(field_text(fields, "server"))))


def finish(client: httpx.Client, pending: PendingAuthorisation, code: str) -> SignedIn:
    """Exchange the code the user pasted back, then check whose account the token is."""
    token = finish_authorisation(client, pending, code)
    return sign_in(client, {"server": pending.server, "token": token})


def limits(client: httpx.Client, server: str) -> dict[str, int]:
    """The instance's limits, cached so counting and photo checks work offline."""
    return instance_limits(client, server).as_json()


class MastodonPublisher:
    """Publishes statuses with photos; the Idempotency-Key makes a retry safe."""

    def __init__(
        self,
        client: httpx.Client,
        server: str,
        token: str,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.client = client
        self.root = base(server)
        self.auth = {"Authorization": f"Bearer {token}"}
        self.sleep = sleep
        self.last_headers: dict[str, str] = {}

    def _upload(self, data: bytes, mime: str, alt: str) -> str:
        name = "photo.jpg" if mime == "image/jpeg" else "photo.png"
        body = request(
            self.client,
            "POST",
            f"{self.root}/api/v2/media",
            NAME,
            "uploading a photo",
            headers=self.auth,
            files={"file": (name, data, mime)},
            data={"description": alt},
        )
        media_id = str(body["id"])
        waited, pause = 0.0, 0.1
        while body.get("url") is None:  # 202: still processing; poll until it has a URL
            if waited >= MEDIA_WAIT_S:
                raise RetryLater("Mastodon is still processing a photo; MediaDesk will try again.")
            self.sleep(pause)
            waited += pause
            pause = min(pause * 2, 2.0)
            body = request(
                self.client,
                "GET",
                f"{self.root}/api/v1/media/{media_id}",
                NAME,
                "waiting for a photo",
                headers=self.auth,
            )
        return media_id

    def publish(self, out: Outgoing) -> Remote:
        """POST /api/v2/media for each photo, then POST /api/v1/statuses."""
        media_ids = [self._upload(m.data, m.mime, m.alt) for m in out.media]
        form: list[tuple[str, str]] = [("status", out.text), ("visibility", "public")]
        form += [("media_ids[]", media_id) for media_id in media_ids]
        if out.reply_to is not None:
            form.append(("in_reply_to_id", out.reply_to.id))
        body = request(
            self.client,
            "POST",
            f"{self.root}/api/v1/statuses",
            NAME,
            "creating the post",
            headers={
                **self.auth,
                "Idempotency-Key": out.key,
                "Content-Type": "application/x-www-form-urlencoded",
            },
            content=urlencode(form).encode(),
        )
        return Remote(str(body["id"]), str(body.get("url") or body.get("uri") or ""))

    def get(self, path: str, params: dict[str, Any], what: str) -> Any:
        """An authenticated read from the account's instance."""
        return request(
            self.client,
            "GET",
            f"{self.root}{path}",
            NAME,
            what,
            headers=self.auth,
            params=params,
            seen=self.last_headers,
        )


def make_publisher(
    client: httpx.Client, account: AccountFacts, credentials: Credentials
) -> MastodonPublisher | None:
    """The connected account's publisher (and reader), or None without its token."""
    token = credentials.get("token")
    return None if token is None else MastodonPublisher(client, account.server, token)
