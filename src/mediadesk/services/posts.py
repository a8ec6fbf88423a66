"""Visit posts through clearance to the outbox, every change audited (drafting: post_drafting)."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime

from mediadesk.domain.platforms import Platform
from mediadesk.domain.posts import Post, PostStatus, check_post_transition, tid
from mediadesk.domain.review import earliest_publish
from mediadesk.errors import ValidationError
from mediadesk.services.post_drafting import (
    CONTENT_FIELDS,
    MASTODON_DEFAULT_LIMIT,
    POST,
    VISIT,
    PostDrafting,
    audit_text,
)
from mediadesk.storage import audit, publications
from mediadesk.storage import posts as repo
from mediadesk.storage.db import transaction
from mediadesk.words import QT_TRANSLATE_NOOP, Said

__all__ = ["CONTENT_FIELDS", "MASTODON_DEFAULT_LIMIT", "POST", "VISIT", "PostService"]


NOT_A_CLEARER = "Only a clearer can clear a post: ask the head of news or a clearer."


def _key(platform: Platform) -> str:
    """An idempotency key: Bluesky's is the post's own record key, in TID format."""
    return tid() if platform is Platform.BLUESKY else str(uuid.uuid4())


class PostService(PostDrafting):
    """The visit-post use cases over one connection owned by the calling thread."""

    def _move(self, post: Post, new: Post, cleared: str = "") -> Post:
        check_post_transition(post.status, new.status)
        with transaction(self.conn):
            repo.write_post(self.conn, new, self.clock())
            self._status_audit(post.id, post.status, new.status, new.status_note)
            if cleared:
                self._log(
                    post.id,
                    action="clear",
                    field="cleared_by",
                    new=cleared,
                )
        return self.post(post.id)

    def submit(self, post_id: int) -> Post:
        """Send for clearance, if nothing blocks it."""
        post = self.post(post_id)
        problems = self.review(post).blocking
        if problems:
            raise ValidationError(
                "This post cannot go for clearance yet:\n"
                + "\n".join(f"• {p.message}" for p in problems)
            )
        return self._move(post, replace(post, status=PostStatus.SUBMITTED, status_note=""))

    def may_clear(self) -> bool:
        """Whether this officer clears posts: anyone on a solo profile; in an office, the
        clearers and admins (the office server holds everyone to it, and records who)."""
        from mediadesk.storage import replica

        return replica.state(self.conn, "role") in (None, "clearer", "admin")

    def clear(self, post_id: int, cleared_by: str, note: str = "") -> Post:
        """Record clearance: who cleared it, when, and any note."""
        post = self.post(post_id)
        if not self.may_clear():
            raise ValidationError(NOT_A_CLEARER)
        if not cleared_by.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Messages", "Say who cleared the post."))
        cleared = replace(
            post,
            status=PostStatus.CLEARED,
            status_note="",
            cleared_by=cleared_by.strip(),
            cleared_at=self.clock(),
            clearance_note=note.strip(),
        )
        who = cleared.cleared_by + (f": {cleared.clearance_note}" if cleared.clearance_note else "")
        return self._move(post, cleared, cleared=who)

    def return_to_draft(self, post_id: int, reason: str) -> Post:
        post = self.post(post_id)
        return self._move(
            post,
            replace(
                post,
                status=PostStatus.DRAFT,
                status_note=reason.strip() or "Returned to draft.",
                cleared_by="",
                cleared_at=None,
                clearance_note="",
            ),
        )

    # -- the outbox ----------------------------------------------------------------------
    def queue(self, post_id: int, publish_at: datetime | None = None) -> Post:
        """Put a cleared post in the outbox, never to go before the embargo."""
        post = self.post(post_id)
        if post.status is not PostStatus.CLEARED:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Only a cleared post can go in the outbox.")
            )
        visit = self.visit(post.visit_id)
        now = self.clock()
        earliest = earliest_publish(visit, now)
        if publish_at is not None and visit.embargo and publish_at < visit.embargo:
            raise ValidationError(
                Said(
                    QT_TRANSLATE_NOOP(
                        "Messages", "The embargo is {embargo:%d %B %H:%M}; choose a later time."
                    ),
                    embargo=visit.embargo.astimezone(),
                )
            )
        go = max(publish_at or earliest, earliest)
        texts = self.review(replace(post, publish_at=go)).texts
        queued = replace(post, status=PostStatus.QUEUED, publish_at=go, status_note="")
        check_post_transition(post.status, queued.status)
        wanted = {(p.value, n) for p, pt in texts.items() for n in range(len(pt.parts))}
        with transaction(self.conn):
            # A part that was tried before keeps its idempotency key and attempt count, so a
            # send that may have reached the platform is never repeated under a new key.
            for platform_name, part in publications.untried_parts(self.conn, post_id):
                if (platform_name, part) not in wanted:
                    publications.drop_part(self.conn, post_id, platform_name, part)
            for platform, pt in texts.items():
                for part, text in enumerate(pt.parts):
                    publications.put_part(
                        self.conn, post_id, platform, part, text, _key(platform), go
                    )
            repo.write_post(self.conn, queued, now)
            self._status_audit(post_id, post.status, queued.status, "")
            self._log(
                post_id,
                action="queue",
                field="publish_at",
                new=audit_text(go),
            )
        return self.post(post_id)

    def unqueue(self, post_id: int) -> Post:
        """Take a post out of the outbox (what already went out stays published).

        Parts never tried are dropped; parts tried before are held with their idempotency
        keys, since an unanswered attempt may have reached the platform.
        """
        post = self.post(post_id)
        with transaction(self.conn):
            publications.withdraw(self.conn, post_id)
        return self._move(post, replace(post, status=PostStatus.CLEARED, status_note=""))

    def history(self, post_id: int) -> list[audit.AuditEntry]:
        return audit.history(self.conn, POST, post_id)

    def snippets(self, visit_id: int) -> list[tuple[int, str]]:
        return repo.snippets(self.conn, visit_id)

    def add_snippet(self, visit_id: int | None, text: str) -> None:
        if text.strip():
            with transaction(self.conn):
                repo.insert_snippet(self.conn, visit_id, text.strip(), self.clock())
