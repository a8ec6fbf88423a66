"""Publishing to the reference Bluesky PDS (@atproto/pds on loopback) and reading it back."""

from __future__ import annotations

import json
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtGui import QColor, QImage

from mediadesk.context import AppContext
from mediadesk.domain.platforms import Platform
from mediadesk.domain.posts import PostStatus, Visit
from mediadesk.media.photos import PLATFORMS, prepare
from mediadesk.net.bluesky import BlueskyPublisher
from mediadesk.net.publish import MediaItem, Outgoing
from mediadesk.secrets import KeyringStore
from mediadesk.services.accounts import Accounts
from mediadesk.services.outbox import Outbox
from tests.conftest import FakeClock

PDS_DIR = Path(__file__).resolve().parents[1] / "pds"
PASSWORD = "correct-horse-battery-staple"


@pytest.fixture(scope="module")
def pds() -> Iterator[str]:
    """The PDS's base URL; it runs until the module's tests finish."""
    node = shutil.which("node")
    if node is None or not (PDS_DIR / "node_modules" / "@atproto" / "pds").exists():
        pytest.fail("The reference PDS is not installed: run ./dev test (needs Node.js 20).")
    process = subprocess.Popen(
        [node, str(PDS_DIR / "start.js")],
        cwd=PDS_DIR,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdin is not None
    line = process.stdout.readline()
    if not line:
        process.kill()
        pytest.fail("The PDS did not start: " + (process.stderr.read() if process.stderr else ""))
    try:
        yield str(json.loads(line)["pds"])
    finally:
        process.stdin.close()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def new_account(pds: str) -> tuple[str, str]:
    """A fresh account on the PDS and an app password for it: (handle, app password)."""
    handle = f"office{uuid.uuid4().hex[:8]}.test"
    created = httpx.post(
        f"{pds}/xrpc/com.atproto.server.createAccount",
        json={"handle": handle, "email": f"{handle}@example.org", "password": PASSWORD},
    )
    assert created.status_code == 200, created.text
    access = created.json()["accessJwt"]
    app = httpx.post(
        f"{pds}/xrpc/com.atproto.server.createAppPassword",
        json={"name": "MediaDesk"},
        headers={"Authorization": f"Bearer {access}"},
    )
    assert app.status_code == 200, app.text
    return handle, str(app.json()["password"])


def list_posts(pds: str, did: str) -> list[dict[str, object]]:
    answer = httpx.get(
        f"{pds}/xrpc/com.atproto.repo.listRecords",
        params={"repo": did, "collection": "app.bsky.feed.post"},
    )
    assert answer.status_code == 200, answer.text
    return list(answer.json()["records"])


def photo(tmp_path: Path, name: str, colour: str, size: tuple[int, int]) -> Path:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    path = tmp_path / name
    assert image.save(str(path), "JPEG", 92)
    return path


@pytest.fixture
def accounts(
    ctx: AppContext, real_keyring: KeyringStore, pds: str
) -> Iterator[tuple[Accounts, httpx.Client]]:
    profile = f"pds-{uuid.uuid4().hex[:6]}"
    with httpx.Client(timeout=20) as client:
        found = Accounts(ctx.conn, real_keyring, profile, client, ctx.clock)
        yield found, client
        found.disconnect(Platform.BLUESKY)


def test_a_post_with_photos_mention_and_link_is_on_the_pds(
    ctx: AppContext,
    clock: FakeClock,
    pds: str,
    accounts: tuple[Accounts, httpx.Client],
    tmp_path: Path,
    real_keyring: KeyringStore,
) -> None:
    service, _ = accounts
    handle, app_password = new_account(pds)
    account = service.connect(
        Platform.BLUESKY, {"server": pds, "handle": handle, "password": app_password}
    )
    assert account.user_id.startswith("did:plc:")
    assert real_keyring.get(f"account:{service.profile_id}:bluesky:refresh")
    assert app_password not in json.dumps(
        [real_keyring.get(f"account:{service.profile_id}:bluesky:{n}") for n in ("access",)]
    )
    posts = ctx.posts()
    visit = posts.save_visit(Visit(0, "Jo Minister", "2026-11-20", "Swansea"))
    post = posts.new_post(visit.id)
    text = f"Thanks @{handle} for the tour. Read more: https://www.gov.uk/government/news/x 🎉"
    posts.save_content(
        post.id, text=text, hashtags="Apprenticeships", platforms=(Platform.BLUESKY,)
    )
    for n, (colour, size) in enumerate([("#2a6", (4000, 3000)), ("#c33", (1200, 1600))]):
        prepared = prepare(photo(tmp_path, f"p{n}.jpg", colour, size), PLATFORMS["bluesky"])
        added = posts.add_photo(
            post.id, prepared.data, prepared.format, (prepared.width, prepared.height), "p.jpg"
        )
        posts.set_alt(post.id, added.photos[-1].id, f"Photo {n + 1} of the workshop")
    posts.submit(post.id)
    posts.clear(post.id, "Head of News")
    posts.queue(post.id)
    outbox = Outbox(ctx.conn, service.publisher, "Alex", ctx.clock)
    said = outbox.run()
    assert ctx.posts().post(post.id).status is PostStatus.PUBLISHED, said

    (record,) = list_posts(pds, account.user_id)
    value = record["value"]
    assert isinstance(value, dict)
    assert value["text"].startswith("Thanks @") and value["text"].endswith("#Apprenticeships")
    kinds = {f["features"][0]["$type"].rsplit("#", 1)[1] for f in value["facets"]}
    assert kinds == {"mention", "link", "tag"}
    mention = next(f for f in value["facets"] if f["features"][0]["$type"].endswith("mention"))
    assert mention["features"][0]["did"] == account.user_id
    raw = value["text"].encode()
    link = next(f for f in value["facets"] if f["features"][0]["$type"].endswith("link"))
    span = raw[link["index"]["byteStart"] : link["index"]["byteEnd"]].decode()
    assert span == "https://www.gov.uk/government/news/x"
    images = value["embed"]["images"]
    assert [i["alt"] for i in images] == ["Photo 1 of the workshop", "Photo 2 of the workshop"]
    assert images[0]["aspectRatio"] == {"width": 2000, "height": 1500}
    assert images[1]["image"]["mimeType"] == "image/jpeg"
    (published,) = outbox.publications(post.id)
    assert published.remote_url.endswith("/post/" + published.key)


def test_a_retry_after_an_unanswered_create_does_not_post_again(
    pds: str, accounts: tuple[Accounts, httpx.Client]
) -> None:
    service, _ = accounts
    handle, app_password = new_account(pds)
    service.connect(Platform.BLUESKY, {"server": pds, "handle": handle, "password": app_password})
    publisher = service.publisher(Platform.BLUESKY)
    assert isinstance(publisher, BlueskyPublisher)
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#345"))
    out = Outgoing(
        "Visit update: new apprenticeships announced today.",
        (MediaItem(_jpeg(image), "image/jpeg", "A workshop", 300, 200),),
        "3m5bmvqdpxs2a",
    )
    first = publisher.publish(out)
    # As if the first answer never arrived: the outbox retries with the same record key.
    again = publisher.publish(Outgoing(out.text, out.media, out.key, retry=True))
    assert again.id == first.id
    assert len(list_posts(pds, publisher.session.did)) == 1


def _jpeg(image: QImage) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 90)
    return bytes(data.data())
