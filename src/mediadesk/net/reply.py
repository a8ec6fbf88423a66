"""Reading platform replies at the boundary: every value checked for its type before use."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from mediadesk.errors import KnownError

log = logging.getLogger("mediadesk.net")

# What a reply of the wrong shape raises from parsing code that trusted it.
SHAPE_ERRORS = (
    KeyError,
    TypeError,
    ValueError,
    AttributeError,
    IndexError,
    RecursionError,
    OverflowError,
    UnicodeError,
)


class UnreadableReply(KnownError):
    """A server answered, but not with anything MediaDesk can read."""


@contextmanager
def reading(source: str) -> Iterator[None]:
    """Turn a shape error while reading `source`'s reply into one plain sentence."""
    try:
        yield
    except KnownError:
        raise
    except SHAPE_ERRORS as exc:
        log.warning("unreadable reply from %s: %s", source, type(exc).__name__)
        raise UnreadableReply(
            f"{source} answered with something MediaDesk could not read; it will try again later."
        ) from exc


def obj(value: Any) -> dict[str, Any]:
    """`value` if it is a JSON object, else an empty one."""
    return value if isinstance(value, dict) else {}


def items(value: Any) -> list[Any]:
    """`value` if it is a JSON array, else an empty one."""
    return value if isinstance(value, list) else []


def text(value: Any, limit: int = 100_000) -> str:
    """A string or number as text (anything else is ''), at most `limit` characters."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, str):
        return value[:limit]
    if isinstance(value, int | float):
        return str(value)[:limit]
    return ""


def when(value: Any) -> datetime | None:
    """An ISO 8601 time as an aware datetime (UTC if it names no zone), else None."""
    raw = text(value, 64)
    if not raw:
        return None
    try:
        moment = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        moment = moment.astimezone(UTC)
    except (OverflowError, ValueError):  # year 1 or 9999 shifted past the calendar's edge
        return None
    return moment if plausible(moment) else None


def plausible(moment: datetime) -> bool:
    """Whether a time from outside is one MediaDesk can show and sort (1900 to 2200)."""
    return 1900 <= moment.year <= 2200
