"""The clock every use case reads the time from (a fake one in tests)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from mediadesk.words import QT_TRANSLATE_NOOP, Said

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(UTC)


def age(moment: datetime, now: datetime, *, seconds: bool = False) -> str:
    """'5 min', '3 h', '2 d' (or '12 s' under a minute, with `seconds`): how long ago, tersely."""
    elapsed = max(0, int((now - moment).total_seconds()))
    if seconds and elapsed < 60:
        return Said(QT_TRANSLATE_NOOP("Messages", "{n} s"), n=elapsed)
    if elapsed < 3600:
        return Said(QT_TRANSLATE_NOOP("Messages", "{n} min"), n=max(1, elapsed // 60))
    if elapsed < 86400:
        return Said(QT_TRANSLATE_NOOP("Messages", "{n} h"), n=elapsed // 3600)
    return Said(QT_TRANSLATE_NOOP("Messages", "{n} d"), n=elapsed // 86400)
