"""Visit posts as a team: written on one laptop, cleared on another, published exactly once."""

from __future__ import annotations

import argparse
import base64
import json
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage

from mediadesk import outbox_cli
from mediadesk.context import AppContext
from mediadesk.domain.platforms import Platform
from mediadesk.domain.posts import PostStatus, Visit
from mediadesk.errors import ValidationError
from mediadesk.secrets import KeyringStore
from tests.office.conftest import Office
from tests.office.helpers import sign_in, staffed
from tests.office.test_team import laptop
from tests.platforms import Platforms, connect_every_platform, serving_platforms


@pytest.fixture
def office(office_db: Office) -> Office:
    return staffed(office_db)


@pytest.fixture
def loopback() -> Iterator[tuple[Platforms, str]]:
    with serving_platforms() as running:
        yield running


def jpeg(qapp: object, width: int = 120, height: int = 80) -> bytes:
    """A photo as MediaDesk keeps one (Qt's encoder, no metadata)."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "JPG")
    return bytes(buffer.data().data())


def written(ctx: AppContext, photo: bytes, text: str = "The minister opened the library.") -> int:
    """A visit and a post with one described photo, sent for clearance; the post's id."""
    service = ctx.posts()
    visit = service.save_visit(Visit(0, "Jo Minister", "2026-12-03", "Bangor"))
    post = service.new_post(visit.id)
    service.save_content(post.id, text=text, hashtags="Libraries", platforms=(Platform.MASTODON,))
    added = service.add_photo(post.id, photo, "jpeg", (120, 80), "library.jpg")
    service.set_alt(post.id, added.photos[-1].id, "The minister at the library's front desk")
    service.submit(post.id)
    return post.id


def only_post(ctx: AppContext) -> int:
    service = ctx.posts()
    (visit,) = service.visits()
    (post,) = service.posts(visit.id)
    return post.id


def test_a_post_written_on_one_laptop_is_cleared_on_another_with_its_photo(
    office: Office, tmp_path: Path, real_keyring: KeyringStore, qapp: object
) -> None:
    photo = jpeg(qapp)
    with (
        laptop(tmp_path, office, "olly", real_keyring) as olly,
        laptop(tmp_path, office, "cara", real_keyring) as cara,
    ):
        mine = written(olly, photo)
        olly.desk.office_sync().sync()
        assert cara.desk.office_sync().sync().posts
        theirs = only_post(cara)
        seen = cara.posts().post(theirs)
        assert seen.status is PostStatus.SUBMITTED and seen.text.startswith("The minister")
        assert cara.posts().visit(seen.visit_id).place == "Bangor"
        (picture,) = seen.photos
        assert picture.alt == "The minister at the library's front desk"
        assert cara.posts().photo_data(picture.id) == photo  # a clean photo comes whole
        cara.posts().clear(theirs, "Typed Name")
        assert cara.desk.office_sync().sync().conflicts == 0
        olly.desk.office_sync().sync()
        cleared = olly.posts().post(mine)
    assert cleared.status is PostStatus.CLEARED
    assert cleared.cleared_by == "cara"  # the office's record of who, not a typed name


def test_an_officer_clearing_their_own_post_offline_is_refused_by_the_office(
    office: Office, tmp_path: Path, real_keyring: KeyringStore, qapp: object
) -> None:
    with laptop(tmp_path, office, "olly", real_keyring) as olly:
        mine = written(olly, jpeg(qapp))
        service = olly.posts()
        with pytest.raises(ValidationError, match="Only a clearer"):
            service.clear(mine, "Olly")
        service.may_clear = lambda: True  # type: ignore[method-assign]  # a tampered client
        service.clear(mine, "Olly")
        report = olly.desk.office_sync().sync()
        after = olly.posts().post(mine)
        (attention,) = olly.desk.office_sync().needs_attention()
    assert report.conflicts == 1
    assert after.status is PostStatus.SUBMITTED and after.cleared_by == ""
    assert attention.subject.startswith("Post: The minister")  # named in Needs attention


def _exif_tags(path: Path) -> dict[str, object]:
    exiftool = shutil.which("exiftool")
    assert exiftool, "exiftool is needed: apt-get install libimage-exiftool-perl"
    out = subprocess.run(
        [exiftool, "-j", "-G", "-a", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return dict(json.loads(out)[0])


def test_a_photo_with_a_location_from_a_tampered_client_is_stripped_when_pulled(
    office: Office, tmp_path: Path, real_keyring: KeyringStore, qapp: object
) -> None:
    source = tmp_path / "tagged.jpg"
    source.write_bytes(jpeg(qapp))
    subprocess.run(
        [
            "exiftool",
            "-overwrite_original",
            "-GPSLatitude=53.2274",
            "-GPSLatitudeRef=N",
            "-Model=Phone 12",
            "-XMP:Description=Safe house",
            "-Comment=taken at the venue",
            str(source),
        ],
        check=True,
        capture_output=True,
    )
    assert any("GPS" in tag for tag in _exif_tags(source))
    visit, post, photo, junk = (str(uuid.uuid4()) for _ in range(4))

    def fields(entity: str, record: str, values: dict[str, object]) -> list[dict[str, object]]:
        return [
            {"entity": entity, "id": record, "field": k, "value": v, "base": 0, "key": k + record}
            for k, v in values.items()
        ]

    changes = [
        *fields("visit", visit, {"minister": "Jo Minister", "date": "2026-12-03"}),
        *fields("post", post, {"visit": visit, "text": "At the venue", "status": "draft"}),
        *fields(
            "photo",
            photo,
            {
                "post": post,
                "position": 0,
                "data": base64.b64encode(source.read_bytes()).decode(),
                "format": "jpeg",
                "width": 120,
                "height": 80,
            },
        ),
        *fields(
            "photo",
            junk,
            {"post": post, "position": 1, "data": base64.b64encode(b"not a photo").decode()}
            | {"format": "png", "width": 1, "height": 1},
        ),
    ]
    with sign_in(office, "olly") as tampered:  # straight to the office, past any client check
        tampered.execute(
            "SELECT mediadesk.push(%s, %s::jsonb)", (uuid.uuid4(), json.dumps(changes))
        )
    with laptop(tmp_path, office, "cara", real_keyring) as cara:
        cara.desk.office_sync().sync()
        (picture,) = cara.posts().post(only_post(cara)).photos  # the junk is left out
        kept = tmp_path / "kept.jpg"
        kept.write_bytes(cara.posts().photo_data(picture.id))
    tags = _exif_tags(kept)
    assert not [t for t in tags if "GPS" in t or "XMP" in t or t.endswith(":Model")]
    assert "File:Comment" not in tags and b"venue" not in kept.read_bytes()
    assert QImage(str(kept)).size().width() == 120  # still the photo


def _connected(ctx: AppContext, platforms: Platforms, base: str) -> AppContext:
    """The laptop's accounts connected to the loopback platforms."""
    connect_every_platform(ctx.desk.accounts(), platforms, base, "client-123")
    return ctx


def _publish(ctx: AppContext) -> list[str]:
    """One outbox round as the window runs it (claiming on the office first)."""
    return ctx.desk.outbox(publishing=True).run()


def test_a_post_queued_on_two_laptops_is_published_once(
    office: Office,
    tmp_path: Path,
    real_keyring: KeyringStore,
    qapp: object,
    loopback: tuple[Platforms, str],
) -> None:
    platforms, base = loopback
    with (
        laptop(tmp_path, office, "olly", real_keyring) as olly,
        laptop(tmp_path, office, "cara", real_keyring) as cara,
        laptop(tmp_path, office, "cleo", real_keyring) as cleo,
    ):
        mine = written(olly, jpeg(qapp))
        olly.desk.office_sync().sync()
        cara.desk.office_sync().sync()
        cara.posts().clear(only_post(cara), "Cara")  # cleared, and queued on both clearers' laptops
        cara.desk.office_sync().sync()
        cleo.desk.office_sync().sync()
        cara.posts().queue(only_post(cara))
        cleo.posts().queue(only_post(cleo))
        cara.desk.office_sync().sync()
        cleo.desk.office_sync().sync()
        said_by_cara = _publish(_connected(cara, platforms, base))
        said_by_cleo = _publish(_connected(cleo, platforms, base))  # cara holds the claim
        assert len(platforms.posts("mastodon")) == 1
        assert "being published by cara" in " ".join(said_by_cleo)
        cara.desk.office_sync().sync()
        cleo.desk.office_sync().sync()
        again = _publish(cleo)
        olly.desk.office_sync().sync()
        status = olly.posts().post(mine).status
    assert said_by_cara and "published" in said_by_cara[0]
    # cleo's own queued copy of the part is not sent: the office says where it went
    (said,) = again
    assert said.startswith("Mastodon: already published from another laptop")
    assert said.endswith(platforms.posts("mastodon")[0]["url"])
    assert len(platforms.posts("mastodon")) == 1  # never twice, from any laptop
    assert status is PostStatus.PUBLISHED  # the writer sees it went out


def test_the_outbox_service_beside_the_server_publishes_what_a_laptop_queued(
    office: Office,
    tmp_path: Path,
    real_keyring: KeyringStore,
    qapp: object,
    loopback: tuple[Platforms, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    platforms, base = loopback
    with (
        laptop(tmp_path, office, "cara", real_keyring) as cara,
        laptop(tmp_path, office, "ada", real_keyring) as service,
    ):
        written(cara, jpeg(qapp))  # a clearer's own words: ada clears them
        cara.desk.office_sync().sync()
        service.desk.office_sync().sync()
        service.posts().clear(only_post(service), "Ada")
        service.desk.office_sync().sync()
        cara.desk.office_sync().sync()
        cara.posts().queue(only_post(cara))
        cara.desk.office_sync().sync()  # and the laptop is shut
        connect_every_platform(service.desk.accounts(), platforms, base, "client-123")
        code = outbox_cli.run(service, argparse.Namespace(service=False))
        cara.desk.office_sync().sync()
        status = cara.posts().post(only_post(cara)).status
    assert code == 0, capsys.readouterr().out
    (published,) = platforms.posts("mastodon")
    assert "The minister opened the library." in published["text"]
    assert status is PostStatus.PUBLISHED
