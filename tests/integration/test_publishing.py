"""Publishing through the outbox to loopback Mastodon, Bluesky and X servers, faults included.

Whatever fails and wherever (each photo upload, the create call; cut before or after the
server did the work, stalled past the timeout, 429, 5xx, broken JSON), the platform ends up
with exactly one post, never two and never none.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from mediadesk.context import AppContext
from mediadesk.domain.platforms import Platform
from mediadesk.domain.posts import PostStatus, Visit
from mediadesk.secrets import MemoryStore
from mediadesk.services.accounts import Accounts
from mediadesk.services.outbox import Outbox
from tests.conftest import FakeClock
from tests.platforms import Fault, Platforms, connect_every_platform, serving_platforms

STEPS = {
    Platform.MASTODON: [
        ("POST", "/api/v2/media", 0),
        ("POST", "/api/v2/media", 1),
        ("GET", "/api/v1/media/*", 0),  # polling a photo the server is still processing
        ("POST", "/api/v1/statuses", 0),
    ],
    Platform.BLUESKY: [
        ("POST", "/xrpc/com.atproto.repo.uploadBlob", 0),
        ("POST", "/xrpc/com.atproto.repo.uploadBlob", 1),
        ("POST", "/xrpc/com.atproto.repo.createRecord", 0),
    ],
    Platform.X: [
        ("POST", "/2/media/upload", 0),
        ("POST", "/2/media/upload", 1),
        ("POST", "/2/media/metadata", 0),
        ("POST", "/2/tweets", 0),
    ],
}
FAULTS = {
    "cut-before": Fault("drop-before"),
    "cut-after": Fault("drop-after"),
    "timeout-after": Fault("stall-after", stall=1.2),
    "server-error": Fault("status", 503),
    "rate-limited": Fault("status", 429, {"Retry-After": "120"}),
    "broken-json": Fault("malformed"),
}


@pytest.fixture
def loopback() -> Iterator[tuple[Platforms, str]]:
    with serving_platforms() as running:
        yield running


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=httpx.Timeout(0.6, connect=1.0)) as client:
        yield client


def connect_all(ctx: AppContext, platforms: Platforms, base: str, http: httpx.Client) -> Accounts:
    accounts = Accounts(ctx.conn, MemoryStore(), "test", http, ctx.clock)
    connect_every_platform(accounts, platforms, base, "client-123")
    return accounts


def queued_post(ctx: AppContext, text: str = "The minister opened the new library today.") -> int:
    service = ctx.posts()
    visit = service.save_visit(Visit(0, "Jo Minister", "2026-11-20", "Cardiff"))
    post = service.new_post(visit.id)
    service.save_content(post.id, text=text, hashtags="Libraries")
    for n in range(2):
        photo = service.add_photo(post.id, bytes([0xFF, 0xD8, n]) * 500, "jpeg", (1200, 800), "p")
        service.set_alt(post.id, photo.photos[-1].id, f"Photo {n + 1}: the minister reading")
    service.submit(post.id)
    service.clear(post.id, "Head of News")
    service.queue(post.id)
    return post.id


def publish_until_settled(outbox: Outbox, clock: FakeClock, rounds: int = 10) -> None:
    for _ in range(rounds):
        outbox.run()
        due = outbox.next_due()
        if due is None:
            return
        clock.now = max(clock.now, due)


def test_a_post_with_photos_reaches_all_three_platforms(
    ctx: AppContext, clock: FakeClock, loopback: tuple[Platforms, str], http: httpx.Client
) -> None:
    platforms, base = loopback
    accounts = connect_all(ctx, platforms, base, http)
    post_id = queued_post(ctx)
    outbox = Outbox(ctx.conn, accounts.publisher, "Alex", ctx.clock)
    publish_until_settled(outbox, clock)
    assert ctx.posts().post(post_id).status is PostStatus.PUBLISHED
    (status,) = platforms.posts("mastodon")
    assert [m["description"] for m in status["media_attachments"]] == [
        "Photo 1: the minister reading",
        "Photo 2: the minister reading",
    ]
    assert status["text"].endswith("#Libraries")
    (record,) = platforms.posts("bluesky")
    images = record["value"]["embed"]["images"]
    assert [i["alt"] for i in images] == ["Photo 1: the minister reading"] * 1 + [
        "Photo 2: the minister reading"
    ]
    assert images[0]["aspectRatio"] == {"width": 1200, "height": 800}
    tag = record["value"]["facets"][0]
    assert tag["features"][0] == {"$type": "app.bsky.richtext.facet#tag", "tag": "Libraries"}
    (tweet,) = platforms.posts("x")
    assert len(tweet["media"]["media_ids"]) == 2
    assert {m["alt"] for m in platforms.x_media.values()} == {
        "Photo 1: the minister reading",
        "Photo 2: the minister reading",
    }
    links = {p.platform: p.remote_url for p in outbox.publications(post_id)}
    assert links[Platform.X].startswith("https://x.com/PressOffice/status/")
    assert links[Platform.BLUESKY].startswith("https://bsky.app/profile/pressoffice.test/post/")


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize(
    "platform,step",
    [(p, s) for p, steps in STEPS.items() for s in range(len(steps))],
    ids=lambda v: v.value if isinstance(v, Platform) else str(v),
)
def test_every_fault_at_every_step_still_makes_exactly_one_post(
    ctx: AppContext,
    clock: FakeClock,
    loopback: tuple[Platforms, str],
    http: httpx.Client,
    platform: Platform,
    step: int,
    fault: str,
) -> None:
    platforms, base = loopback
    accounts = connect_all(ctx, platforms, base, http)
    post_id = queued_post(ctx)
    method, path, skip = STEPS[platform][step]
    platforms.fault(method, path, *([Fault("pass")] * skip), FAULTS[fault])
    outbox = Outbox(ctx.conn, accounts.publisher, "Alex", ctx.clock)
    outbox.run()
    if fault == "rate-limited":
        waiting = [p for p in outbox.publications(post_id) if p.platform is platform]
        assert waiting[0].not_before >= clock.now + timedelta(seconds=120)
        assert "slow down" in waiting[0].last_error
    publish_until_settled(outbox, clock)
    assert ctx.posts().post(post_id).status is PostStatus.PUBLISHED
    for name in ("mastodon", "bluesky", "x"):
        assert len(platforms.posts(name)) == 1, name
    if platform is Platform.X:
        assert len(platforms.posts("x")[0]["media"]["media_ids"]) == 2


def test_offline_posts_wait_and_go_when_the_network_returns(
    ctx: AppContext, clock: FakeClock, loopback: tuple[Platforms, str], http: httpx.Client
) -> None:
    platforms, base = loopback
    accounts = connect_all(ctx, platforms, base, http)
    post_id = queued_post(ctx)
    for platform in Platform:
        account = accounts.all()[platform]
        ctx.conn.execute(
            "UPDATE accounts SET server=? WHERE platform=?",
            ("http://127.0.0.1:9", platform.value),  # nothing listens: offline
        )
        assert account.server
    outbox = Outbox(ctx.conn, accounts.publisher, "Alex", ctx.clock)
    said = outbox.run()
    assert all("waiting for the network" in line for line in said), said
    assert ctx.posts().post(post_id).status is PostStatus.QUEUED
    ctx.conn.execute("UPDATE accounts SET server=?", (base,))
    publish_until_settled(outbox, clock)
    assert ctx.posts().post(post_id).status is PostStatus.PUBLISHED
    assert [len(platforms.posts(n)) for n in ("mastodon", "bluesky", "x")] == [1, 1, 1]


def test_an_expired_bluesky_token_is_refreshed_not_signed_in_again(
    ctx: AppContext, clock: FakeClock, loopback: tuple[Platforms, str], http: httpx.Client
) -> None:
    platforms, base = loopback
    accounts = connect_all(ctx, platforms, base, http)
    platforms.expired_access.add(platforms.access)
    queued_post(ctx)
    publish_until_settled(Outbox(ctx.conn, accounts.publisher, "Alex", ctx.clock), clock)
    assert len(platforms.posts("bluesky")) == 1
    assert platforms.sessions_created == 1
    assert accounts.secrets is not None
    assert accounts.secrets.get("account:test:bluesky:access") == platforms.access


def test_a_refused_post_fails_with_the_platforms_reason_and_can_be_retried(
    ctx: AppContext, clock: FakeClock, loopback: tuple[Platforms, str], http: httpx.Client
) -> None:
    platforms, base = loopback
    accounts = connect_all(ctx, platforms, base, http)
    post_id = queued_post(ctx)
    platforms.fault("POST", "/2/tweets", Fault("status", 403))
    outbox = Outbox(ctx.conn, accounts.publisher, "Alex", ctx.clock)
    publish_until_settled(outbox, clock)
    assert ctx.posts().post(post_id).status is PostStatus.FAILED
    failed = [p for p in outbox.publications(post_id) if p.state == "failed"]
    assert [p.platform for p in failed] == [Platform.X]
    assert "X refused the post" in failed[0].last_error
    outbox.retry_failed(post_id)
    publish_until_settled(outbox, clock)
    assert ctx.posts().post(post_id).status is PostStatus.PUBLISHED
    assert len(platforms.posts("x")) == 1


def test_a_thread_is_posted_in_order_as_replies(
    ctx: AppContext, clock: FakeClock, loopback: tuple[Platforms, str], http: httpx.Client
) -> None:
    platforms, base = loopback
    accounts = connect_all(ctx, platforms, base, http)
    service = ctx.posts()
    visit = service.save_visit(Visit(0, "Jo Minister", "2026-11-20", "Cardiff"))
    post = service.new_post(visit.id)
    long_text = "The minister met apprentices learning to build timber homes. " * 7
    service.save_content(post.id, text=long_text, platforms=(Platform.X,), thread=True)
    service.submit(post.id)
    service.clear(post.id, "Head of News")
    service.queue(post.id)
    platforms.fault("POST", "/2/tweets", Fault("pass"), Fault("drop-after"))
    publish_until_settled(Outbox(ctx.conn, accounts.publisher, "Alex", ctx.clock), clock)
    tweets = platforms.posts("x")
    assert len(tweets) >= 2
    assert tweets[0]["text"].endswith(f"(1/{len(tweets)})")
    for parent, child in itertools.pairwise(tweets):
        assert child["reply"] == {"in_reply_to_tweet_id": parent["id"]}


def test_hours_offline_do_not_delay_publishing_once_the_network_returns(
    ctx: AppContext, clock: FakeClock, loopback: tuple[Platforms, str], http: httpx.Client
) -> None:
    platforms, base = loopback
    accounts = connect_all(ctx, platforms, base, http)
    post_id = queued_post(ctx)
    ctx.conn.execute("UPDATE accounts SET server='http://127.0.0.1:9'")
    outbox = Outbox(ctx.conn, accounts.publisher, "Alex", ctx.clock)
    for _ in range(20):  # a long day on a visit without signal
        outbox.run()
        clock.now = max(clock.now, outbox.next_due() or clock.now)
    ctx.conn.execute("UPDATE accounts SET server=?", (base,))
    due = outbox.next_due()
    assert due is not None and due - clock.now <= timedelta(seconds=30)
    clock.now = due
    outbox.run()
    assert ctx.posts().post(post_id).status is PostStatus.PUBLISHED


def test_an_embargo_moved_later_after_queueing_still_holds(
    ctx: AppContext, clock: FakeClock, loopback: tuple[Platforms, str], http: httpx.Client
) -> None:
    from dataclasses import replace

    platforms, base = loopback
    accounts = connect_all(ctx, platforms, base, http)
    post_id = queued_post(ctx)  # queued to go now: the visit has no embargo
    service = ctx.posts()
    visit = service.visit(service.post(post_id).visit_id)
    later = clock.now + timedelta(hours=2)
    service.save_visit(replace(visit, embargo=later))  # the press office moves the embargo
    outbox = Outbox(ctx.conn, accounts.publisher, "Alex", ctx.clock)
    outbox.run()
    assert [platforms.posts(n) for n in ("mastodon", "bluesky", "x")] == [[], [], []]
    assert outbox.next_due() == later
    clock.now = later
    outbox.run()
    assert ctx.posts().post(post_id).status is PostStatus.PUBLISHED


def test_taking_a_post_out_mid_send_and_queueing_it_again_posts_it_once(
    ctx: AppContext, clock: FakeClock, loopback: tuple[Platforms, str], http: httpx.Client
) -> None:
    platforms, base = loopback
    accounts = connect_all(ctx, platforms, base, http)
    post_id = queued_post(ctx)
    for path in ("/api/v1/statuses", "/xrpc/com.atproto.repo.createRecord", "/2/tweets"):
        platforms.fault("POST", path, Fault("drop-after"))  # done, but the answer is lost
    outbox = Outbox(ctx.conn, accounts.publisher, "Alex", ctx.clock)
    outbox.run()
    service = ctx.posts()
    service.unqueue(post_id)  # the press officer takes it out of the outbox...
    service.queue(post_id)  # ...and puts it back
    publish_until_settled(outbox, clock)
    assert service.post(post_id).status is PostStatus.PUBLISHED
    assert [len(platforms.posts(n)) for n in ("mastodon", "bluesky", "x")] == [1, 1, 1]


def test_a_refused_post_and_a_failed_poll_are_in_the_log_with_their_reason_only(
    ctx: AppContext,
    clock: FakeClock,
    loopback: tuple[Platforms, str],
    http: httpx.Client,
    tmp_path: Path,
) -> None:
    from mediadesk.domain.monitoring import Column
    from mediadesk.domain.platforms import ColumnKind
    from mediadesk.logs import setup
    from mediadesk.services import monitoring
    from mediadesk.storage import monitoring as store

    log_file = setup(tmp_path / "logs")
    platforms, base = loopback
    accounts = connect_all(ctx, platforms, base, http)
    post_id = queued_post(ctx, "Embargoed words of the minister")
    platforms.fault("POST", "/2/tweets", Fault("status", 403))
    publish_until_settled(Outbox(ctx.conn, accounts.publisher, "Alex", ctx.clock), clock)
    feed = f"{base}/no-such-feed.rss?api_key=sk-live-123456"
    column_id = store.add_column(ctx.conn, Column(0, ColumnKind.FEED, "Feed", {"url": feed}))
    column = store.get_column(ctx.conn, column_id)
    assert column is not None
    monitoring.poll(ctx.conn, http, column, clock.now)
    for handler in list(logging.getLogger("mediadesk").handlers):
        handler.close()  # flushed, and no later test writes to this file
        logging.getLogger("mediadesk").removeHandler(handler)
    text = log_file.read_text()
    assert f"post {post_id} X part 0: rejected: X refused the post" in text
    assert f"column {column_id}: poll failed" in text
    assert "Embargoed words" not in text and "sk-live-123456" not in text
