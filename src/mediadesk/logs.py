"""Log files, rotated at start, that never hold secrets or enquiry text."""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

MAX_BYTES = 1_000_000
BACKUPS = 5

_HEX_SECRET = re.compile(r"\b[0-9a-fA-F]{32,}\b")
_KEY_PRAGMA = re.compile(r"(?i)(pragma\s+key\s*=\s*)(\S+)")
_BEARER = re.compile(r"(?i)(bearer\s+|token[=:]\s*|password[=:]\s*)(\S+)")


class RedactingFilter(logging.Filter):
    """Masks anything that looks like a key, token or password before it is written."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        message = _KEY_PRAGMA.sub(r"\1[redacted]", message)
        message = _BEARER.sub(r"\1[redacted]", message)
        message = _HEX_SECRET.sub("[redacted]", message)
        record.msg, record.args = message, None
        return True


def rotate_if_large(path: Path) -> None:
    """Move a log that has grown past MAX_BYTES aside, before anything opens it.

    Logs rotate when a process starts, never while it runs: Windows refuses to rename a file
    another process (a second MediaDesk, Defender) holds open, and a rotating handler then
    stops logging silently. If the rename is refused now, this process appends and a later
    start rotates.
    """
    try:
        if path.stat().st_size < MAX_BYTES:
            return
        for number in range(BACKUPS - 1, 0, -1):
            older = path.with_name(f"{path.name}.{number}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{number + 1}"))
        os.replace(path, path.with_name(f"{path.name}.1"))
    except OSError:
        return


def setup(log_dir: Path, level: int = logging.INFO) -> Path:
    """Send the `mediadesk` logger to `log_dir/mediadesk.log`; returns the file.

    Calling it again swaps the handler on the same file, so no line is lost or written twice.
    """
    path = log_dir / "mediadesk.log"
    handler: logging.Handler
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        rotate_if_large(path)
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        # A read-only or missing log folder must not stop MediaDesk from saying what is
        # wrong: errors then go to the console (the windowed app has none: they are lost).
        handler = logging.StreamHandler()
        handler.setLevel(logging.ERROR)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    logger = logging.getLogger("mediadesk")
    for old in list(logger.handlers):
        if any(isinstance(f, RedactingFilter) for f in old.filters):
            logger.removeHandler(old)
            old.close()
    logger.addHandler(handler)
    logger.setLevel(level)
    return path
