"""A 24-megapixel JPEG to a platform-ready, metadata-free copy vs the fastest raw Qt path.

The raw baseline is what DESIGN.md measured: QImageReader with setScaledSize and automatic
orientation, then one JPEG encode. MediaDesk also repaints into a fresh image (so no
metadata block can survive), converts to sRGB and checks the size against the platform.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QImage, QImageReader, QImageWriter, QPainter

from mediadesk.media.photos import prepare, strictest

WIDTH, HEIGHT = 6000, 4000
RUNS = 7


def make_photo(path: Path) -> None:
    """A 24 MP JPEG with photo-like detail (gradients and noise), plus EXIF if exiftool is here."""
    rng = random.Random(7)
    tile = QImage(600, 400, QImage.Format.Format_RGB32)
    for y in range(400):
        for x in range(600):
            base = 90 + (x * 120) // 600
            tile.setPixelColor(
                x,
                y,
                QColor(
                    min(255, base + rng.randint(-25, 25)),
                    min(255, 60 + (y * 150) // 400 + rng.randint(-25, 25)),
                    min(255, 120 + rng.randint(-25, 25)),
                ),
            )
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    for ty in range(0, HEIGHT, 400):
        for tx in range(0, WIDTH, 600):
            painter.drawImage(tx, ty, tile)
    painter.end()
    image.save(str(path), "JPEG", 92)
    try:
        subprocess.run(
            [
                "exiftool",
                "-q",
                "-overwrite_original",
                "-GPSLatitude=51.5",
                "-GPSLatitudeRef=N",
                "-Orientation#=6",
                "-Artist=Press Office",
                "-Comment=camera 123",
                str(path),
            ],
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        print("(exiftool not found: the photo carries no metadata)")


def raw_qt(path: Path, side: int) -> bytes:
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    scale = side / max(size.width(), size.height())
    reader.setScaledSize(QSize(round(size.width() * scale), round(size.height() * scale)))
    image = reader.read()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, b"jpeg")
    writer.setQuality(85)
    writer.write(image)
    return bytes(data.data())


def timed(fn: object, runs: int = RUNS) -> float:
    samples = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()  # type: ignore[operator]
        samples.append(time.perf_counter() - began)
    return statistics.median(samples) * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "visit-24mp.jpg"
        make_photo(path)
        limits = strictest(["x", "bluesky", "mastodon"])
        prepared = prepare(path, limits)
        baseline = timed(lambda: raw_qt(path, limits.max_side))
        ours = timed(lambda: prepare(path, limits))
        print(
            f"source {WIDTH}x{HEIGHT} ({path.stat().st_size / 1e6:.1f} MB) -> "
            f"{prepared.width}x{prepared.height} {prepared.format}, "
            f"{len(prepared.data) / 1e6:.2f} MB (limit {limits.max_bytes / 1e6:.1f} MB)"
        )
        print(f"raw Qt (scaled read + one encode): {baseline:.0f} ms")
        print(f"photo pipeline (oriented, sRGB, repainted, sized, metadata-free): {ours:.0f} ms")
        print(f"ratio: {ours / baseline:.2f}x (target <= 1.3x)")


if __name__ == "__main__":
    sys.exit(main())
