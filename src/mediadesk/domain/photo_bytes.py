"""A photo from elsewhere (the office, another laptop), checked and stripped without decoding.

Photos are made metadata-free when they are added (media.photos re-encodes them), but one
that comes from the office may have been written by a tampered client: before it is kept,
its structure is walked and every segment or chunk that can carry metadata — EXIF, XMP,
IPTC, comments, text, times — is dropped. Anything that is not a well-formed JPEG or PNG of
the format it claims is refused (None).
"""

from __future__ import annotations

import struct

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# What a PNG needs to look the same (and its density); every other chunk (tEXt, zTXt, iTXt,
# eXIf, tIME, ...) goes.
PNG_KEPT = frozenset(
    {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"sBIT", b"pHYs"}
)
_STANDALONE = {0x01, *range(0xD0, 0xD8)}  # JPEG markers with no length after them
_METADATA = {*range(0xE0, 0xF0), 0xFE}  # APP0..APP15 (JFIF, EXIF, XMP, IPTC...) and COM


def stripped(data: bytes, fmt: str) -> bytes | None:
    """`data` without metadata, or None if it is not a well-formed `fmt` ("jpeg" or "png")."""
    if fmt == "jpeg":
        return _jpeg(data)
    if fmt == "png":
        return _png(data)
    return None


def _jpeg(data: bytes) -> bytes | None:
    if not data.startswith(b"\xff\xd8"):
        return None
    kept = bytearray(b"\xff\xd8")
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte before a marker
            at += 1
            continue
        if marker in _STANDALONE:
            kept += data[at : at + 2]
            at += 2
            continue
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        end = at + 2 + length
        if length < 2 or end > len(data):
            return None
        if marker == 0xDA:  # start of scan: the image data runs to the end of the file
            if not data.rstrip(b"\x00").endswith(b"\xff\xd9"):
                return None
            kept += data[at:]
            return bytes(kept)
        if marker not in _METADATA or _plain_jfif(data[at:end]):
            kept += data[at:end]
        at = end
    return None  # no image data before the end


def _plain_jfif(segment: bytes) -> bool:
    """A JFIF header with no thumbnail in it: only the pixel density (kept: it is harmless)."""
    return segment[1] == 0xE0 and len(segment) == 18 and segment[4:9] == b"JFIF\x00"


def _png(data: bytes) -> bytes | None:
    if not data.startswith(PNG_SIGNATURE):
        return None
    kept = bytearray(PNG_SIGNATURE)
    at = len(PNG_SIGNATURE)
    first = True
    while at + 12 <= len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind = data[at + 4 : at + 8]
        end = at + 12 + length
        if end > len(data) or (first and kind != b"IHDR"):
            return None
        first = False
        if kind in PNG_KEPT:
            kept += data[at:end]
        if kind == b"IEND":
            return bytes(kept)
        at = end
    return None  # it never ended
