"""The outbox: publishes queued posts when due and online, retrying without ever posting twice."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Protocol

from mediadesk.domain.clock import Clock, utc_now
from mediadesk.domain.platforms import Platform
from mediadesk.domain.posts import Post, PostStatus, check_post_transition
from mediadesk.net.publish import MediaItem, Outgoing, Publisher, Rejected, Remote, RetryLater
from mediadesk.net.reply import SHAPE_ERRORS
from mediadesk.storage import audit, publications
from mediadesk.storage import posts as repo
from mediadesk.storage.db import Connection, transaction
from mediadesk.storage.publications import Publication

__all__ = ["Outbox", "Publication", "backoff"]  # Publication: storage's, for the UI

log = logging.getLogger("mediadesk.outbox")

BACKOFF_S = (15, 30, 60, 120, 300, 600, 1800)
OFFLINE_RETRY_S = 30.0
PublisherFor = Callable[[Platform], Publisher | None]
NOT_CONNECTED = (
    "{platform} is not connected. Connect it in Settings > Accounts and retry, "
    "or use Copy for manual posting."
)


@dataclass(frozen=True)
class Claimed:
    """The office's answer to "may this laptop send this part now?"."""

    go: bool
    why_not: str = ""  # one sentence, when it may not
    published: Remote | None = None  # it went out already, from another laptop


class Claims(Protocol):
    """The office's claims on parts of posts: each part goes out from one laptop only."""

    def claim(self, pub: Publication) -> Claimed: ...

    def release(self, pub: Publication) -> None: ...


def _remote(pub: Publication) -> Remote:
    return Remote(pub.remote_id, pub.remote_url, pub.remote_cid)


def backoff(attempts: int) -> float:
    """Seconds before the next try after `attempts` failures."""
    return float(BACKOFF_S[min(attempts, len(BACKOFF_S)) - 1]) if attempts else 0.0


class Outbox:
    """Publishes whatever is due, one platform call at a time, recording every outcome."""

    def __init__(
        self,
        conn: Connection,
        publishers: PublisherFor,
        actor: str,
        clock: Clock = utc_now,
        claims: Claims | None = None,
    ) -> None:
        self.conn = conn
        self.publishers = publishers
        self.actor = actor
        self.clock = clock
        self.claims = claims  # a profile that joined an office claims each part first

    def publications(self, post_id: int) -> list[Publication]:
        return publications.for_post(self.conn, post_id)

    def waiting(self) -> list[Publication]:
        """Everything not yet published, soonest first."""
        return publications.waiting(self.conn)

    def summary(self) -> tuple[int, int]:
        """(posts waiting to go, posts with a failed part)."""
        return publications.counts(self.conn)

    def has_due(self) -> bool:
        """Whether anything is due now (cheap: the timer asks every 30 seconds)."""
        due = self.next_due()
        return due is not None and due <= self.clock()

    def next_due(self) -> datetime | None:
        return publications.next_due(self.conn)

    def _due(self) -> list[Publication]:
        return publications.due(self.conn, self.clock())

    def _media(self, post_id: int) -> tuple[MediaItem, ...]:
        """A post's photos, read once per run however many platforms take them."""
        if post_id not in self._photos:
            self._photos[post_id] = self._read_media(post_id)
        return self._photos[post_id]

    def _read_media(self, post_id: int) -> tuple[MediaItem, ...]:
        return tuple(
            MediaItem(repo.photo_data(self.conn, p.id), p.mime, p.alt, p.width, p.height)
            for p in repo.photos(self.conn, post_id)
        )

    def run(self) -> list[str]:
        """Publish everything due now; returns one line per outcome for the status bar."""
        said: list[str] = []
        blocked: set[tuple[int, Platform]] = set()
        self._photos: dict[int, tuple[MediaItem, ...]] = {}
        for pub in self._due():
            if (pub.post_id, pub.platform) in blocked or self._embargoed(pub):
                continue
            thread = {
                p.part: p for p in self.publications(pub.post_id) if p.platform is pub.platform
            }
            parent = thread.get(pub.part - 1)
            if parent is not None and parent.state != "published":
                continue  # a thread goes in order
            said.append(self._attempt(pub, parent, thread.get(0)))
            if self._state(pub.id) != "published":
                blocked.add((pub.post_id, pub.platform))
            self._settle(pub.post_id)
        return said

    def _embargoed(self, pub: Publication) -> bool:
        """The visit's embargo, as it is now, still holds: wait for it (it may have moved)."""
        embargo = publications.embargo_of(self.conn, pub.post_id)
        if embargo is None or embargo <= self.clock():
            return False
        with transaction(self.conn):
            publications.hold_until(self.conn, pub.post_id, embargo)
        return True

    def _state(self, pub_id: int) -> str:
        return publications.state(self.conn, pub_id)

    def _attempt(
        self, pub: Publication, parent: Publication | None, root: Publication | None
    ) -> str:
        label = pub.platform.label
        publisher = self.publishers(pub.platform)
        if publisher is None:
            log.warning("post %s %s part %s: not connected", pub.post_id, label, pub.part)
            self._fail(pub, NOT_CONNECTED.format(platform=label))
            return f"{label}: not connected."
        if self.claims is not None:
            claimed = self.claims.claim(pub)
            if claimed.published is not None:
                return self._published(pub, claimed.published, elsewhere=True)
            if not claimed.go:
                log.info("post %s %s part %s: %s", pub.post_id, label, pub.part, claimed.why_not)
                return f"{label}: {claimed.why_not}"
        now = self.clock()
        first = pub.first_attempt or now
        with transaction(self.conn):  # recorded before the call: a crash mid-call means "retry"
            publications.mark_sending(self.conn, pub.id, first)
        out = Outgoing(
            pub.text,
            self._media(pub.post_id) if pub.part == 0 else (),
            pub.key,
            retry=pub.attempts > 0,
            since=first,
            reply_to=_remote(parent) if parent else None,
            root=_remote(root) if root and parent else None,
        )
        try:
            remote = _publish(publisher, out, pub.platform.label)
        except RetryLater as exc:
            log.info(
                "post %s %s part %s: retry later: %s", pub.post_id, label, pub.part, exc.message
            )
            if exc.offline:  # offline on a visit: look again soon, so posts go when it returns
                wait = OFFLINE_RETRY_S
            else:
                wait = max(exc.after or 0.0, backoff(pub.attempts + 1))
            later = self.clock() + timedelta(seconds=wait)
            with transaction(self.conn):
                publications.retry_at(self.conn, pub.id, later, exc.message)
            return f"{label}: {exc.message}"
        except Rejected as exc:
            log.warning(
                "post %s %s part %s: rejected: %s", pub.post_id, label, pub.part, exc.message
            )
            self._fail(pub, exc.message)
            return f"{label}: {exc.message}"
        return self._published(pub, remote)

    def _published(self, pub: Publication, remote: Remote, *, elsewhere: bool = False) -> str:
        with transaction(self.conn):
            publications.mark_published(self.conn, pub.id, remote.id, remote.cid, remote.url)
            audit.append(
                self.conn,
                actor=self.actor,
                entity="post",
                entity_id=pub.post_id,
                action="published elsewhere" if elsewhere else "published",
                field=f"{pub.platform.value}:{pub.part}",
                new=remote.url or remote.id,
            )
        where = remote.url or remote.id
        if elsewhere:
            return f"{pub.platform.label}: already published from another laptop {where}"
        return f"{pub.platform.label}: published {where}"

    def _fail(self, pub: Publication, message: str) -> None:
        if self.claims is not None:
            self.claims.release(pub)  # a person may retry it from any laptop
        with transaction(self.conn):
            publications.mark_failed(self.conn, pub.id, message)
            audit.append(
                self.conn,
                actor=self.actor,
                entity="post",
                entity_id=pub.post_id,
                action="failed",
                field=f"{pub.platform.value}:{pub.part}",
                new=message,
            )

    def _settle(self, post_id: int) -> None:
        """Mark the post published when every part is out, failed when any part failed."""
        states = {p.state for p in self.publications(post_id)}
        post = repo.get_post(self.conn, post_id)
        if post is None or not states:
            return
        if states == {"published"}:
            new = PostStatus.PUBLISHED
        elif "failed" in states and not states & {"pending", "sending"}:
            new = PostStatus.FAILED
        else:
            return
        if new is not post.status:
            with transaction(self.conn):
                self._set_status(post, new)

    def _set_status(self, post: Post, new: PostStatus) -> None:
        """Move a post to `new` and audit it (inside the caller's transaction)."""
        check_post_transition(post.status, new)
        repo.write_post(self.conn, replace(post, status=new), self.clock())
        audit.append(
            self.conn,
            actor=self.actor,
            entity="post",
            entity_id=post.id,
            action="status",
            field="status",
            old=post.status.value,
            new=new.value,
        )

    def retry_failed(self, post_id: int) -> None:
        """Put a failed post's failed parts back in the outbox, due now."""
        post = repo.get_post(self.conn, post_id)
        if post is None or post.status is not PostStatus.FAILED:
            return
        with transaction(self.conn):
            publications.retry_failed(self.conn, post_id, self.clock())
            self._set_status(post, PostStatus.QUEUED)


def _publish(publisher: Publisher, out: Outgoing, platform: str) -> Remote:
    """Send one part; an answer of the wrong shape is a retry (every send is idempotent)."""
    try:
        return publisher.publish(out)
    except SHAPE_ERRORS as exc:
        log.warning("%s: unreadable answer while publishing (%s)", platform, type(exc).__name__)
        raise RetryLater(
            f"{platform} sent an answer MediaDesk could not read; it will check whether the "
            "post went out before trying again."
        ) from exc
