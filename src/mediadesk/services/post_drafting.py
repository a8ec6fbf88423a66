"""Visits and visit posts as they are drafted: content, photos and checks, audited."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

from mediadesk.domain.clock import Clock, utc_now
from mediadesk.domain.platforms import Platform
from mediadesk.domain.post_checks import Finding, Severity
from mediadesk.domain.posts import ALL_PLATFORMS, MAX_PHOTOS, Post, PostStatus, Visit
from mediadesk.domain.review import Review, review
from mediadesk.errors import ValidationError
from mediadesk.storage import accounts, audit
from mediadesk.storage import posts as repo
from mediadesk.storage.db import Connection, transaction
from mediadesk.words import QT_TRANSLATE_NOOP, Said

POST = "post"
VISIT = "visit"
MASTODON_DEFAULT_LIMIT = 500
CONTENT_FIELDS = ("text", "variants", "hashtags", "link", "platforms", "thread")


def audit_text(value: object) -> str:
    """How a post field's value is written in the audit log."""
    if isinstance(value, dict):
        return json.dumps({k.value: v for k, v in value.items()}, ensure_ascii=False)
    if isinstance(value, tuple):
        return ",".join(getattr(v, "value", str(v)) for v in value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    return str(value)


class PostDrafting:
    """Visits, drafting, photos and checks over one connection owned by the calling thread."""

    def __init__(self, conn: Connection, actor: str, clock: Clock = utc_now) -> None:
        self.conn = conn
        self.actor = actor
        self.clock = clock

    def _log(
        self,
        entity_id: int,
        *,
        action: str,
        field: str = "",
        old: str | None = None,
        new: str | None = None,
        entity: str = POST,
    ) -> None:
        """One audit row for a post (or visit) change, inside the caller's transaction."""
        audit.append(
            self.conn,
            actor=self.actor,
            entity=entity,
            entity_id=entity_id,
            action=action,
            field=field,
            old=old,
            new=new,
        )

    # -- visits ------------------------------------------------------------------------
    def visits(self) -> list[Visit]:
        return repo.visits(self.conn)

    def visit(self, visit_id: int) -> Visit:
        found = repo.get_visit(self.conn, visit_id)
        if found is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Messages", "That visit no longer exists."))
        return found

    def save_visit(self, visit: Visit) -> Visit:
        """Create (id 0) or update a visit."""
        if not visit.minister.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Name the minister making the visit.")
            )
        if not visit.date:
            raise ValidationError(QT_TRANSLATE_NOOP("Messages", "Give the date of the visit."))
        now = self.clock()
        with transaction(self.conn):
            if visit.id == 0:
                new_id = repo.insert_visit(self.conn, visit, now)
                self._log(
                    new_id,
                    action="create",
                    new=visit.title,
                    entity=VISIT,
                )
                return self.visit(new_id)
            old = self.visit(visit.id)
            repo.update_visit(self.conn, visit, now)
            for name in ("minister", "date", "place", "notes", "embargo"):
                before, after = getattr(old, name), getattr(visit, name)
                if before != after:
                    self._log(
                        visit.id,
                        action="update",
                        field=name,
                        old=audit_text(before),
                        new=audit_text(after),
                        entity=VISIT,
                    )
        return self.visit(visit.id)

    # -- posts -------------------------------------------------------------------------
    def posts(self, visit_id: int) -> list[Post]:
        return repo.posts(self.conn, visit_id)

    def post(self, post_id: int) -> Post:
        found = repo.get_post(self.conn, post_id)
        if found is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Messages", "That post no longer exists."))
        return found

    def new_post(self, visit_id: int) -> Post:
        self.visit(visit_id)
        with transaction(self.conn):
            post_id = repo.insert_post(self.conn, visit_id, self.clock())
            self._log(post_id, action="create")
        return self.post(post_id)

    def _reset_if_cleared(self, old: Post, what: str) -> tuple[PostStatus, str]:
        """An edit sends a submitted or cleared post back to draft, saying why."""
        if old.status in (PostStatus.SUBMITTED, PostStatus.CLEARED):
            return PostStatus.DRAFT, (
                f"Back to draft: {what} changed after it was "
                f"{'cleared' if old.status is PostStatus.CLEARED else 'submitted'}. "
                "It needs clearing again."
            )
        return old.status, old.status_note

    def _status_audit(self, post_id: int, old: PostStatus, new: PostStatus, note: str) -> None:
        if old is not new:
            self._log(
                post_id,
                action="status",
                field="status",
                old=old.value,
                new=new.value,
            )
            if note:
                self._log(
                    post_id,
                    action="note",
                    field="status_note",
                    new=note,
                )

    def save_content(
        self,
        post_id: int,
        *,
        text: str,
        variants: dict[Platform, str] | None = None,
        hashtags: str = "",
        link: str = "",
        platforms: tuple[Platform, ...] = ALL_PLATFORMS,
        thread: bool = False,
    ) -> Post:
        """Save the words of a post; a change to a cleared post returns it to draft."""
        old = self.post(post_id)
        if not old.editable:
            raise ValidationError(
                Said(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "This post is '{status}' and cannot be edited. Take it out of the outbox "
                        "first.",
                    ),
                    status=old.status.label,
                )
            )
        new = replace(
            old,
            text=text,
            variants={p: v for p, v in (variants or {}).items() if v.strip()},
            hashtags=hashtags,
            link=link,
            platforms=tuple(p for p in ALL_PLATFORMS if p in platforms),
            thread=thread,
        )
        changed = [f for f in CONTENT_FIELDS if getattr(old, f) != getattr(new, f)]
        if not changed:
            return old
        status, note = self._reset_if_cleared(old, "the wording")
        new = replace(new, status=status, status_note=note)
        if status is PostStatus.DRAFT and old.status is not PostStatus.DRAFT:
            new = replace(new, cleared_by="", cleared_at=None, clearance_note="")
        with transaction(self.conn):
            repo.write_post(self.conn, new, self.clock())
            for name in changed:
                self._log(
                    post_id,
                    action="update",
                    field=name,
                    old=audit_text(getattr(old, name)),
                    new=audit_text(getattr(new, name)),
                )
            self._status_audit(post_id, old.status, status, note)
        return self.post(post_id)

    def _photo_change(self, post_id: int, what: str) -> Post:
        """Common guard and reset for any change to a post's photos (inside a transaction)."""
        old = self.post(post_id)
        if not old.editable:
            raise ValidationError(
                Said(
                    QT_TRANSLATE_NOOP("Messages", "This post is '{status}'; its photos are fixed."),
                    status=old.status.label,
                )
            )
        status, note = self._reset_if_cleared(old, what)
        if status is not old.status:
            repo.write_post(
                self.conn,
                replace(
                    old,
                    status=status,
                    status_note=note,
                    cleared_by="",
                    cleared_at=None,
                    clearance_note="",
                ),
                self.clock(),
            )
            self._status_audit(post_id, old.status, status, note)
        return old

    def add_photo(
        self, post_id: int, data: bytes, fmt: str, size: tuple[int, int], source_name: str
    ) -> Post:
        """Attach a sanitised photo (at most four)."""
        with transaction(self.conn):
            old = self._photo_change(post_id, "the photos")
            if len(old.photos) >= MAX_PHOTOS:
                raise ValidationError(
                    Said(
                        QT_TRANSLATE_NOOP(
                            "Messages", "A post can have at most {MAX_PHOTOS} photos."
                        ),
                        MAX_PHOTOS=MAX_PHOTOS,
                    )
                )
            photo_id = repo.insert_photo(self.conn, post_id, data, fmt, size, source_name)
            self._log(
                post_id,
                action="photo-add",
                field="photo",
                new=f"{photo_id}:{source_name}",
            )
        return self.post(post_id)

    def set_alt(self, post_id: int, photo_id: int, alt: str) -> Post:
        old = self.post(post_id)
        current = next((p for p in old.photos if p.id == photo_id), None)
        if current is None or current.alt == alt:
            return old
        with transaction(self.conn):
            self._photo_change(post_id, "the alt text")
            repo.set_photo_alt(self.conn, photo_id, alt)
            self._log(
                post_id,
                action="update",
                field=f"alt:{photo_id}",
                old=current.alt,
                new=alt,
            )
        return self.post(post_id)

    def remove_photo(self, post_id: int, photo_id: int) -> Post:
        with transaction(self.conn):
            self._photo_change(post_id, "the photos")
            repo.delete_photo(self.conn, photo_id)
            remaining = [p.id for p in repo.photos(self.conn, post_id)]
            repo.reorder_photos(self.conn, remaining)
            self._log(
                post_id,
                action="photo-remove",
                field="photo",
                old=str(photo_id),
            )
        return self.post(post_id)

    def move_photo(self, post_id: int, photo_id: int, offset: int) -> Post:
        order = [p.id for p in self.post(post_id).photos]
        index = order.index(photo_id)
        target = max(0, min(len(order) - 1, index + offset))
        if target == index:
            return self.post(post_id)
        order.insert(target, order.pop(index))
        with transaction(self.conn):
            self._photo_change(post_id, "the photo order")
            repo.reorder_photos(self.conn, order)
            self._log(
                post_id,
                action="update",
                field="photo-order",
                new=",".join(map(str, order)),
            )
        return self.post(post_id)

    def photo_data(self, photo_id: int) -> bytes:
        return repo.photo_data(self.conn, photo_id)

    # -- checks and clearance ------------------------------------------------------------
    def _instance(self) -> dict[str, int]:
        """The connected Mastodon instance's cached limits (empty when none is known)."""
        return accounts.cache_get(self.conn, accounts.MASTODON_INSTANCE)

    def mastodon_image_limits(self) -> tuple[int, int] | None:
        """(bytes, pixels) the connected Mastodon instance accepts per image, if known."""
        instance = self._instance()
        if not instance:
            return None
        return int(instance["image_size_limit"]), int(instance["image_matrix_limit"])

    def account_handles(self) -> dict[Platform, str]:
        """The connected accounts' handles as each platform shows them (with '@')."""
        return accounts.handles(self.conn)

    def mastodon_limit(self) -> int:
        return int(self._instance().get("max_characters", MASTODON_DEFAULT_LIMIT))

    def review(self, post: Post) -> Review:
        visit = repo.get_visit(self.conn, post.visit_id)
        instance = self._instance()
        alt = {Platform.MASTODON: int(instance["description_limit"])} if instance else {}
        found = review(
            post,
            visit,
            mastodon_limit=int(instance.get("max_characters", MASTODON_DEFAULT_LIMIT)),
            alt_limits=alt,
        )
        connected = accounts.handles(self.conn)
        missing = [p.label for p in post.platforms if p not in connected]
        if not missing or post.status is PostStatus.PUBLISHED:
            return found
        names = ", ".join(missing[:-1]) + " or " + missing[-1] if len(missing) > 1 else missing[0]
        note = Finding(
            Severity.WARNING,
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "No {names} account is connected, so MediaDesk cannot publish there: connect "
                    "it under Posts > Accounts, or use Copy for manual posting.",
                ),
                names=names,
            ),
        )
        return replace(found, findings=(*found.findings, note))
