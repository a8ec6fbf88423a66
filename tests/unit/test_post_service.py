"""Visits, drafts, photos, checks, clearance and the outbox queue on a real SQLCipher file."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from mediadesk.context import AppContext
from mediadesk.domain.platforms import Platform
from mediadesk.domain.posts import PostStatus, Visit, split_thread
from mediadesk.errors import ValidationError
from mediadesk.storage.audit import verify
from tests.conftest import FakeClock

EMBARGO = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def make_visit(ctx: AppContext, **kw: object) -> Visit:
    visit = Visit(
        0,
        "Rt Hon Jo Minister",
        "2026-11-20",
        str(kw.get("place", "Wrexham")),
        "School visit",
        embargo=EMBARGO,
        location_sensitive_until=datetime(2026, 11, 20, 11, 0, tzinfo=UTC),
    )
    return ctx.posts().save_visit(visit)


def cleared_post(ctx: AppContext) -> int:
    service = ctx.posts()
    post = service.new_post(make_visit(ctx).id)
    service.save_content(post.id, text="The minister met pupils today.", hashtags="SchoolMeals")
    service.submit(post.id)
    service.clear(post.id, "Sam Head of News", "OK by email")
    return post.id


def test_a_draft_is_saved_with_variants_and_composed_per_platform(ctx: AppContext) -> None:
    service = ctx.posts()
    post = service.new_post(make_visit(ctx).id)
    saved = service.save_content(
        post.id,
        text="Free school meals for every primary pupil.",
        variants={Platform.BLUESKY: "Free school meals for every pupil in Wales."},
        hashtags="#SchoolMeals, Wales",
        link="https://www.gov.uk/news/meals",
    )
    assert saved.composed(Platform.X) == (
        "Free school meals for every primary pupil.\n\n"
        "https://www.gov.uk/news/meals\n\n#SchoolMeals #Wales"
    )
    assert saved.composed(Platform.BLUESKY).startswith("Free school meals for every pupil in")
    assert service.post(post.id).variants == {Platform.BLUESKY: saved.variants[Platform.BLUESKY]}


def test_missing_alt_text_and_length_block_submission(ctx: AppContext) -> None:
    service = ctx.posts()
    post = service.new_post(make_visit(ctx).id)
    service.save_content(post.id, text="x " * 200)
    service.add_photo(post.id, b"\xff\xd8jpeg", "jpeg", (800, 600), "pupils.jpg")
    with pytest.raises(ValidationError) as raised:
        service.submit(post.id)
    message = str(raised.value)
    assert "Too long for X" in message and "needs alt text" in message
    assert "Mastodon" not in message  # 400 characters fit Mastodon's 500
    photo = service.post(post.id).photos[0]
    service.set_alt(post.id, photo.id, "The minister with pupils at lunch")
    service.save_content(post.id, text="x " * 200, thread=True)
    assert service.submit(post.id).status is PostStatus.SUBMITTED


def test_editing_a_cleared_post_returns_it_to_draft_and_says_why(ctx: AppContext) -> None:
    post_id = cleared_post(ctx)
    service = ctx.posts()
    assert service.post(post_id).cleared_by == "Sam Head of News"
    edited = service.save_content(post_id, text="The minister met pupils and staff today.")
    assert edited.status is PostStatus.DRAFT
    assert "changed after it was cleared" in edited.status_note
    assert edited.cleared_by == ""
    actions = [(e.action, e.field, e.new) for e in service.history(post_id)]
    assert ("clear", "cleared_by", "Sam Head of News: OK by email") in actions
    assert ("status", "status", "draft") in actions
    assert verify(ctx.conn).intact


def test_alt_text_change_also_resets_clearance(ctx: AppContext) -> None:
    service = ctx.posts()
    post = service.new_post(make_visit(ctx).id)
    service.save_content(post.id, text="Visit today.")
    photo = service.add_photo(post.id, b"img", "jpeg", (10, 10), "a.jpg").photos[0]
    service.set_alt(post.id, photo.id, "Pupils")
    service.submit(post.id)
    service.clear(post.id, "Sam")
    assert service.set_alt(post.id, photo.id, "Pupils and staff").status is PostStatus.DRAFT


def test_at_most_four_photos_and_reordering(ctx: AppContext) -> None:
    service = ctx.posts()
    post = service.new_post(make_visit(ctx).id)
    for n in range(4):
        service.add_photo(post.id, bytes([n]), "jpeg", (10, 10), f"{n}.jpg")
    with pytest.raises(ValidationError, match="at most 4"):
        service.add_photo(post.id, b"5", "jpeg", (10, 10), "5.jpg")
    photos = service.post(post.id).photos
    moved = service.move_photo(post.id, photos[3].id, -3)
    assert [p.source_name for p in moved.photos] == ["3.jpg", "0.jpg", "1.jpg", "2.jpg"]
    left = service.remove_photo(post.id, photos[0].id)
    assert [(p.source_name, p.position) for p in left.photos] == [
        ("3.jpg", 0),
        ("1.jpg", 1),
        ("2.jpg", 2),
    ]


def test_queueing_never_goes_before_the_embargo(ctx: AppContext, clock: FakeClock) -> None:
    post_id = cleared_post(ctx)
    service = ctx.posts()
    with pytest.raises(ValidationError, match="embargo"):
        service.queue(post_id, EMBARGO - timedelta(minutes=5))
    queued = service.queue(post_id)  # "publish now" before the embargo waits for it
    assert queued.status is PostStatus.QUEUED and queued.publish_at == EMBARGO
    rows = ctx.conn.execute(
        "SELECT platform, part, not_before, idem_key FROM publications ORDER BY platform"
    ).fetchall()
    assert [r[0] for r in rows] == ["bluesky", "mastodon", "x"]
    assert {r[2] for r in rows} == {int(EMBARGO.timestamp())}
    assert len({r[3] for r in rows}) == 3
    with pytest.raises(ValidationError, match="cannot be edited"):
        service.save_content(post_id, text="Changed")
    assert service.unqueue(post_id).status is PostStatus.CLEARED


def test_a_thread_splits_at_sentences_and_numbers_each_part() -> None:
    sentence = "The minister visited Ysgol Gymraeg Bro Morgannwg to see free meals. "
    parts = split_thread(Platform.X, sentence * 8)
    assert len(parts) >= 2
    assert all(p.endswith(f"({n}/{len(parts)})") for n, p in enumerate(parts, 1))
    assert all(p.rstrip().split(" (")[0].endswith(".") for p in parts)
    assert " ".join(p.rsplit(" (", 1)[0] for p in parts).split() == (sentence * 8).split()


def test_placename_before_location_sensitive_time_is_warned(ctx: AppContext) -> None:
    service = ctx.posts()
    post = service.new_post(make_visit(ctx, place="Wrexham").id)
    saved = service.save_content(post.id, text="Great to be in Wrexham today.")
    warnings = service.review(saved).warnings
    assert any("names the place" in w.message for w in warnings)
    later = replace(saved, publish_at=datetime(2026, 11, 20, 13, 0, tzinfo=UTC))
    assert not any("names the place" in w.message for w in service.review(later).warnings)


def test_a_platform_without_a_connected_account_is_warned_about(ctx: AppContext) -> None:
    service = ctx.posts()
    post = service.new_post(make_visit(ctx).id)
    saved = service.save_content(post.id, text="Visit today.", platforms=(Platform.X,))
    warnings = [w.message for w in service.review(saved).warnings]
    assert any(m.startswith("No X account is connected") for m in warnings)
    ctx.conn.execute(
        "INSERT INTO accounts(platform, handle, server, connected) VALUES ('x','@d','s',0)"
    )
    assert not any("connected" in w.message for w in service.review(saved).warnings)
