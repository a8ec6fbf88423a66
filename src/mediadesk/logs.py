"""Rotating log files that never hold secrets or enquiry text."""

from __future__ import annotations

import logging
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


def setup(log_dir: Path, level: int = logging.INFO, *, rotating: bool = True) -> Path:
    """Send the `mediadesk` logger to `log_dir/mediadesk.log`; returns the file.

    The window's start asks for `rotating=False` first: a plain appending handler, because
    the rotating one's module (with sockets and pickling behind it) costs ~7 ms of start-up.
    Calling again with rotation once the window is up swaps handlers on the same file, so no
    line is lost or written twice.
    """
    path = log_dir / "mediadesk.log"
    handler: logging.Handler
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        if rotating:
            from logging.handlers import RotatingFileHandler

            handler = RotatingFileHandler(
                path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
            )
        else:
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
