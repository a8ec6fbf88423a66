"""The photo pipeline, checked with exiftool: nothing but the pixels survives."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from mediadesk.errors import KnownError
from mediadesk.media.photos import PLATFORMS, prepare
from tests.integration.conftest import run_cli

# Tags exiftool reports from a file's structure, not from any metadata block in it.
STRUCTURAL_GROUPS = {"ExifTool", "File", "Composite", "JFIF"}
STRUCTURAL_PNG = {
    "ImageWidth",
    "ImageHeight",
    "BitDepth",
    "ColorType",
    "Compression",
    "Filter",
    "Interlace",
    "PixelsPerUnitX",
    "PixelsPerUnitY",
    "PixelUnits",
    "SRGBRendering",
    "Gamma",
}


@pytest.fixture(scope="module")
def exiftool() -> str:
    found = shutil.which("exiftool")
    if not found:
        pytest.fail(
            "exiftool is needed: apt-get install libimage-exiftool-perl (./dev test installs it)"
        )
    return found


def _tags(exiftool: str, path: Path) -> dict[str, object]:
    out = subprocess.run(
        [exiftool, "-j", "-G", "-a", "-u", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return dict(json.loads(out)[0])


def _metadata(exiftool: str, path: Path) -> dict[str, object]:
    leftovers = {}
    for key, value in _tags(exiftool, path).items():
        group, _, name = key.partition(":")
        if key == "File:Comment":  # a JPEG COM segment: metadata, though exiftool files it here
            leftovers[key] = value
            continue
        if group in STRUCTURAL_GROUPS or key == "SourceFile":
            continue
        if group == "PNG" and name in STRUCTURAL_PNG:
            continue
        leftovers[key] = value
    return leftovers


def _photo(path: Path, width: int = 400, height: int = 200, alpha: bool = False) -> Path:
    image = QImage(
        width, height, QImage.Format.Format_ARGB32 if alpha else QImage.Format.Format_RGB32
    )
    image.fill(QColor(0, 0, 0, 0) if alpha else QColor("white"))
    painter = QPainter(image)
    painter.fillRect(0, 0, width // 2, height, QColor("red"))
    painter.fillRect(
        width // 2, 0, width - width // 2, height - (20 if alpha else 0), QColor("blue")
    )  # with alpha, a transparent strip stays at the bottom
    painter.end()
    assert image.save(str(path))
    return path


def _tag(exiftool: str, path: Path, *assignments: str) -> None:
    subprocess.run(
        [exiftool, "-overwrite_original", *assignments, str(path)], capture_output=True, check=True
    )


def test_jpeg_loses_exif_gps_xmp_iptc_and_comments_and_is_turned_upright(
    qapp: object, exiftool: str, tmp_path: Path
) -> None:
    source = _photo(tmp_path / "visit.jpg")
    _tag(
        exiftool,
        source,
        "-GPSLatitude=51.5033",
        "-GPSLatitudeRef=N",
        "-GPSLongitude=0.1276",
        "-GPSLongitudeRef=W",
        "-SerialNumber=CAM-123456",
        "-Artist=Press Office",
        "-OwnerName=Alex Morgan",
        "-Orientation#=6",
        "-XMP:Description=Secret location",
        "-IPTC:Keywords=minister",
        "-Comment=shot at the secret venue",
    )
    before = _metadata(exiftool, source)
    assert any("GPS" in k for k in before) and "File:Comment" in before
    prepared = prepare(source, PLATFORMS["bluesky"])
    out = tmp_path / "clean.jpg"
    out.write_bytes(prepared.data)
    assert _metadata(exiftool, out) == {}
    assert b"secret" not in prepared.data.lower() and b"CAM-123456" not in prepared.data
    image = QImage(str(out))
    assert (image.width(), image.height()) == (200, 400)  # EXIF orientation 6 applied
    assert image.pixelColor(100, 50).red() > 200  # the red left half is now on top
    assert image.pixelColor(100, 350).blue() > 200


def test_png_text_and_xmp_chunks_are_dropped_and_transparency_kept(
    qapp: object, exiftool: str, tmp_path: Path
) -> None:
    source = _photo(tmp_path / "logo.png", alpha=True)
    _tag(
        exiftool,
        source,
        "-PNG:Comment=internal draft",
        "-XMP:Creator=Alex Morgan",
        "-PNG:Author=Press Office",
    )
    assert _metadata(exiftool, source)
    prepared = prepare(source, PLATFORMS["mastodon"])
    out = tmp_path / "clean.png"
    out.write_bytes(prepared.data)
    assert prepared.format == "png"
    assert _metadata(exiftool, out) == {}
    assert QImage(str(out)).pixelColor(399, 199).alpha() == 0 or QImage(str(out)).hasAlphaChannel()


def test_big_photos_fit_bluesky_bytes_and_sides(qapp: object, tmp_path: Path) -> None:
    image = QImage(6000, 4000, QImage.Format.Format_RGB32)
    for y in range(0, 4000, 8):  # noisy content that compresses badly
        for x in range(0, 6000, 8):
            image.setPixelColor(x, y, QColor((x * 7) % 256, (y * 13) % 256, (x + y) % 256))
    source = tmp_path / "big.jpg"
    assert image.save(str(source), quality=98)
    prepared = prepare(source, PLATFORMS["bluesky"])
    assert len(prepared.data) <= 1_000_000
    assert max(prepared.width, prepared.height) <= 2000
    assert prepared.width / prepared.height == pytest.approx(1.5, rel=0.01)


@pytest.mark.qt_log_ignore("JPEG datastream contains no image")
def test_unreadable_files_are_refused_clearly(qapp: object, tmp_path: Path) -> None:
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    with pytest.raises(KnownError, match=r"broken\.jpg"):
        prepare(broken, PLATFORMS["x"])
    heic = tmp_path / "photo.heic"
    heic.write_bytes(b"\x00\x00\x00\x18ftypheic")
    with pytest.raises(KnownError, match="HEIC"):
        prepare(heic, PLATFORMS["x"])


def test_command_line_does_the_good_ones_and_reports_the_bad(exiftool: str, tmp_path: Path) -> None:
    good = _photo(tmp_path / "good.jpg")
    _tag(exiftool, good, "-GPSLatitude=51.5", "-GPSLatitudeRef=N")
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"nope")
    out = tmp_path / "out"
    result = run_cli(
        "photos",
        "prepare",
        str(good),
        str(bad),
        "--platform",
        "bluesky",
        "--output",
        str(out),
        env={"QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 1
    assert result.stdout.strip().startswith("good.jpg -> good-bluesky.jpg:")
    assert "400x200" in result.stdout
    assert result.stderr.strip().splitlines() == [
        f"{bad}: bad.jpg is not a photo MediaDesk can read (JPEG, PNG or WebP)."
    ]
    assert _metadata(exiftool, out / "good-bluesky.jpg") == {}


def test_command_line_names_the_platforms_it_knows(tmp_path: Path) -> None:
    photo = _photo(tmp_path / "good.jpg")
    result = run_cli(
        "photos", "prepare", str(photo), "--platform", "myspace", "--output", str(tmp_path / "o")
    )
    assert result.returncode != 0 and not (tmp_path / "o").exists()
    assert result.stderr.strip() == (
        "mediadesk: MediaDesk does not publish to 'myspace': choose one of bluesky, mastodon, x."
    )


@pytest.mark.qt_log_ignore("Premature end of|Corrupt JPEG|libpng|IDAT|JPEG datastream")
@pytest.mark.parametrize("name", ["cut.jpg", "cut.png", "cut.webp"])
def test_a_partly_downloaded_photo_is_refused_not_prepared(
    qapp: object, tmp_path: Path, name: str
) -> None:
    whole = _photo(tmp_path / f"whole{Path(name).suffix}", 800, 600)
    assert prepare(whole, PLATFORMS["x"]).width == 800
    data = whole.read_bytes()
    cut = tmp_path / name
    cut.write_bytes(data[: len(data) * 2 // 3])
    with pytest.raises(KnownError, match="incomplete or damaged"):
        prepare(cut, PLATFORMS["x"])


def test_a_camera_thumbnail_does_not_hide_a_cut_main_image(
    exiftool: str, qapp: object, tmp_path: Path
) -> None:
    photo = _photo(tmp_path / "p.jpg", 1200, 800)
    thumb = _photo(tmp_path / "t.jpg", 160, 120)
    _tag(exiftool, photo, f"-ThumbnailImage<={thumb}")
    assert prepare(photo, PLATFORMS["x"]).width == 1200
    data = photo.read_bytes()
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(data[: len(data) - 200])
    with pytest.raises(KnownError, match="incomplete or damaged"):
        prepare(cut, PLATFORMS["x"])


def test_two_photos_with_one_name_are_written_as_two_files(tmp_path: Path) -> None:
    jpg = _photo(tmp_path / "a.jpg")
    png = _photo(tmp_path / "a.png", 300, 300)
    out = tmp_path / "out"
    result = run_cli(
        "photos",
        "prepare",
        str(jpg),
        str(png),
        "--platform",
        "x",
        "--output",
        str(out),
        env={"QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    written = sorted(p.name for p in out.iterdir())
    assert written == ["a-png-x.jpg", "a-x.jpg"]
    sizes = {QImage(str(out / n)).size().toTuple() for n in written}
    assert sizes == {(400, 200), (300, 300)}
