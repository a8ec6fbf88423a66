"""The clearance sheet PDF and 'copy for manual posting' folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from mediadesk.context import AppContext
from mediadesk.domain.platforms import Platform
from mediadesk.domain.posts import Visit
from mediadesk.media.photos import prepare, strictest
from mediadesk.ui.posts.sheet import sheet_html, write_manual_folder, write_sheet


def post_with_photo(ctx: AppContext, tmp_path: Path) -> int:
    service = ctx.posts()
    visit = service.save_visit(Visit(0, "Jo Minister", "2026-11-20", "Bangor"))
    post = service.new_post(visit.id)
    service.save_content(
        post.id,
        text="Opening the new flood defences in Bangor. " * 9,
        variants={Platform.BLUESKY: "Bangor's new flood defences are open."},
        hashtags="FloodDefences",
        thread=True,
    )
    image = QImage(3000, 2000, QImage.Format.Format_RGB32)
    image.fill(QColor("#4a7"))
    source = tmp_path / "wall.jpg"
    image.save(str(source), "JPEG", 90)
    prepared = prepare(source, strictest(["x", "bluesky", "mastodon"]))
    added = service.add_photo(
        post.id, prepared.data, prepared.format, (prepared.width, prepared.height), "wall.jpg"
    )
    service.set_alt(post.id, added.photos[0].id, "The minister beside the new flood wall.")
    return post.id


def test_the_sheet_shows_each_platforms_text_photos_alt_text_and_sign_off(
    ctx: AppContext, tmp_path: Path, qapp: QApplication
) -> None:
    post = ctx.posts().post(post_with_photo(ctx, tmp_path))
    page = sheet_html(ctx, post)
    assert "Bangor&#x27;s new flood defences are open." in page  # the Bluesky variant
    assert "(1/2)" in page and "Post 1 of 2" in page  # X gets a thread
    assert "The minister beside the new flood wall." in page
    assert "Cleared by:" in page
    target = tmp_path / "sheet.pdf"
    write_sheet(ctx, post, target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and b"/Image" in data


def test_copy_for_manual_posting_writes_texts_photos_and_alt_text(
    ctx: AppContext, tmp_path: Path, qapp: QApplication
) -> None:
    post = ctx.posts().post(post_with_photo(ctx, tmp_path))
    written = write_manual_folder(ctx, post, tmp_path / "manual")
    names = sorted(p.name for p in written)
    assert names == [
        "alt-text.txt",
        "photo-1.jpg",
        "post-bluesky.txt",
        "post-mastodon.txt",
        "post-x.txt",
    ]
    folder = tmp_path / "manual"
    assert "(2/2)" in (folder / "post-x.txt").read_text(encoding="utf-8")
    assert (folder / "alt-text.txt").read_text(encoding="utf-8") == (
        "photo-1.jpg: The minister beside the new flood wall.\n"
    )
    assert (folder / "photo-1.jpg").read_bytes() == ctx.posts().photo_data(post.photos[0].id)
