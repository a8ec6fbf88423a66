"""Publication-ready copies of photos: oriented, resized to a platform's limits, metadata-free.

Qt's plain re-encode drops EXIF but keeps JPEG comments and PNG text/XMP chunks, so every
photo is repainted into a brand-new image before encoding: only the pixels survive.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QColorSpace, QImage, QImageReader, QImageWriter, QPainter

from mediadesk.domain.platforms import FACTS
from mediadesk.errors import KnownError
from mediadesk.words import QT_TRANSLATE_NOOP, Said

# What the photo picker offers: Qt reads these everywhere. HEIC only on Apple systems, so it is
# not offered; a HEIC file dropped in anyway gets its own sentence below.
READABLE = ("jpg", "jpeg", "png", "webp")
QUALITIES = (90, 85, 80, 75, 70, 65, 60)


@dataclass(frozen=True)
class Limits:
    """What a platform accepts for one image."""

    name: str
    max_bytes: int
    max_side: int
    max_pixels: int


PLATFORMS = {  # by stored name, from each platform's facts
    key: Limits(f.label, f.photos.max_bytes, f.photos.max_side, f.photos.max_pixels)
    for key, f in FACTS.items()
}


@dataclass(frozen=True)
class Prepared:
    """A sanitised, encoded photo."""

    data: bytes
    format: str  # "jpeg" or "png"
    width: int
    height: int

    @property
    def suffix(self) -> str:
        return ".jpg" if self.format == "jpeg" else ".png"


def _target_size(size: QSize, limits: Limits, shrink: float = 1.0) -> QSize:
    width, height = size.width(), size.height()
    scale = (
        min(
            1.0,
            limits.max_side / max(width, height),
            math.sqrt(limits.max_pixels / (width * height)),
        )
        * shrink
    )
    return QSize(max(1, round(width * scale)), max(1, round(height * scale)))


def _read(path: Path, limits: Limits, shrink: float) -> QImage:
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # apply the EXIF orientation to the pixels
    if not reader.canRead():
        kind = path.suffix.lstrip(".").lower() or "file"
        if kind in ("heic", "heif"):
            raise KnownError(
                Said(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{path}: HEIC photos cannot be read on this computer; export it as JPEG "
                        "first.",
                    ),
                    path=path.name,
                )
            )
        raise KnownError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages", "{path} is not a photo MediaDesk can read (JPEG, PNG or WebP)."
                ),
                path=path.name,
            )
        )
    _check_complete(path, bytes(reader.format().data()).decode("ascii", "replace"))
    size = reader.size()
    if size.isValid() and size.width() * size.height() > 0:
        reader.setScaledSize(_target_size(size, limits, shrink))  # decode at the target size
    image = reader.read()
    if image.isNull():
        raise KnownError(
            Said(
                QT_TRANSLATE_NOOP("Messages", "{path} could not be read: {errorString}."),
                path=path.name,
                errorString=reader.errorString(),
            )
        )
    return image


def _check_complete(path: Path, fmt: str) -> None:
    """Refuse a damaged or partly downloaded photo: decoders fill the missing part with grey."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise KnownError(
            Said(
                QT_TRANSLATE_NOOP("Messages", "{path} could not be read: {exc}."),
                path=path.name,
                exc=exc.strerror or exc,
            )
        ) from exc
    if fmt == "jpeg":
        # The main image's last scan (SOS) must be followed by the end-of-image marker; an
        # EXIF thumbnail's own end marker comes before the main image's scans.
        last_scan = data.rfind(b"\xff\xda")
        whole = last_scan >= 0 and data.find(b"\xff\xd9", last_scan + 2) >= 0
    elif fmt == "png":
        whole = data.rfind(b"IEND") >= 8
    elif fmt == "webp":
        whole = len(data) >= 12 and len(data) >= int.from_bytes(data[4:8], "little") + 8
    else:
        whole = True
    if not whole:
        raise KnownError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} is incomplete or damaged (perhaps not fully downloaded or copied); "
                    "copy it again from the camera or phone.",
                ),
                path=path.name,
            )
        )


def _repaint(image: QImage, keep_alpha: bool) -> QImage:
    """A fresh image holding only the pixels (sRGB), nothing else from the original."""
    if image.colorSpace().isValid() and image.colorSpace() != QColorSpace(
        QColorSpace.NamedColorSpace.SRgb
    ):
        image = image.convertedToColorSpace(QColorSpace(QColorSpace.NamedColorSpace.SRgb))
    fmt = QImage.Format.Format_ARGB32 if keep_alpha else QImage.Format.Format_RGB32
    clean = QImage(image.size(), fmt)
    clean.fill(QColor(0, 0, 0, 0) if keep_alpha else QColor("white"))
    painter = QPainter(clean)
    painter.drawImage(0, 0, image)
    painter.end()
    return clean


def _encode(image: QImage, fmt: str, quality: int) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, fmt.encode())
    if fmt == "jpeg":
        writer.setQuality(quality)
        writer.setOptimizedWrite(True)
    else:
        writer.setCompression(9)
    if not writer.write(image):
        raise KnownError(
            Said(
                QT_TRANSLATE_NOOP("Messages", "The photo could not be encoded: {errorString}."),
                errorString=writer.errorString(),
            )
        )
    buffer.close()
    return bytes(data.data())


def prepare(path: Path, limits: Limits) -> Prepared:
    """Orient, resize and re-encode a photo within `limits`, keeping only its pixels."""
    shrink = 1.0
    for _ in range(8):
        image = _read(path, limits, shrink)
        alpha = image.hasAlphaChannel() and _uses_alpha(image)
        clean = _repaint(image, alpha)
        if alpha:
            data = _encode(clean, "png", 0)
            if len(data) <= limits.max_bytes:
                return Prepared(data, "png", clean.width(), clean.height())
            clean = _repaint(clean, False)  # too big as PNG: flatten onto white
        for quality in QUALITIES:
            data = _encode(clean, "jpeg", quality)
            if len(data) <= limits.max_bytes:
                return Prepared(data, "jpeg", clean.width(), clean.height())
        shrink *= 0.8
    raise KnownError(
        Said(
            QT_TRANSLATE_NOOP("Messages", "{path} could not be made small enough for {limits}."),
            path=path.name,
            limits=limits.name,
        )
    )


def _uses_alpha(image: QImage) -> bool:
    """True if any pixel is not fully opaque (sampled on a grid for large images)."""
    step = max(1, min(image.width(), image.height()) // 64)
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            if image.pixelColor(x, y).alpha() < 255:
                return True
    return False


def prepare_to(
    path: Path, limits: Limits, output: Path, taken: set[Path] | None = None
) -> tuple[Path, Prepared]:
    """Prepare a photo and write it into `output` as <name>-<platform>.jpg|png.

    `taken` holds the files this run has written already: a.jpg and a.png both become JPEGs,
    so the second is named after its own type rather than overwriting the first.
    """
    prepared = prepare(path, limits)
    taken = set() if taken is None else taken
    platform = limits.name.lower()
    target = output / f"{path.stem}-{platform}{prepared.suffix}"
    kind = path.suffix.lstrip(".").lower() or "photo"
    number = 1
    while target in taken:
        number += 1
        extra = kind if number == 2 else f"{kind}-{number}"
        target = output / f"{path.stem}-{extra}-{platform}{prepared.suffix}"
    taken.add(target)
    try:
        output.mkdir(parents=True, exist_ok=True)
        target.write_bytes(prepared.data)
    except OSError as exc:
        raise KnownError(
            Said(
                QT_TRANSLATE_NOOP("Messages", "{target} could not be written: {exc}."),
                target=target,
                exc=exc.strerror or exc,
            )
        ) from exc
    return target, prepared


def strictest(names: list[str], overrides: dict[str, Limits] | None = None) -> Limits:
    """Limits that satisfy every named platform at once (one copy fits them all)."""
    chosen = [(overrides or {}).get(n, PLATFORMS[n]) for n in names] or list(PLATFORMS.values())
    return Limits(
        " and ".join(c.name for c in chosen),
        min(c.max_bytes for c in chosen),
        min(c.max_side for c in chosen),
        min(c.max_pixels for c in chosen),
    )
