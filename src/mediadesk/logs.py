"""Rotating log files that never hold secrets or enquiry text."""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

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


def setup(log_dir: Path, level: int = logging.INFO) -> Path:
    """Send the `mediadesk` logger to a rotating file in `log_dir`; returns the file."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "mediadesk.log"
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    logger = logging.getLogger("mediadesk")
    for old in list(logger.handlers):
        if isinstance(old, RotatingFileHandler):
            logger.removeHandler(old)
            old.close()
    logger.addHandler(handler)
    logger.setLevel(level)
    return path
