"""The words of an email: its questions without the quoted history or the signature, and a
deadline proposed from phrases such as "by 4pm" or "end of day" (never set silently)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from mediadesk.domain.deadlines import END_OF_WORKING_DAY

# Where the message's own words end: a reply header, a forwarded block, a signature.
_HISTORY = re.compile(
    r"^\s*(On\b.{0,200}\bwrote:\s*$"
    r"|-{2,}\s*(Original|Forwarded) Message\s*-{2,}"
    r"|_{10,}\s*$"
    r"|From:\s.+\n(?:.*\n){0,3}?\s*(Sent|Date):\s)",
    re.IGNORECASE | re.MULTILINE,
)
_SIGNATURE = re.compile(
    r"^(--\s*$|(many thanks|thanks( very much| so much)?|thank you|best( wishes)?|kind regards"
    r"|regards|warm regards|cheers|all the best|sent from my \w+)[,.!]?\s*$)",
    re.IGNORECASE | re.MULTILINE,
)
_TIME = r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?"
_BY_TIME = re.compile(rf"\b(?:by|before|until|at the latest)\s+{_TIME}(?=\W|$)", re.IGNORECASE)
_NOON = re.compile(r"\b(?:by|before)\s+(noon|midday|lunchtime)\b", re.IGNORECASE)
_END_OF_DAY = re.compile(
    r"\b(end of (the )?(working )?day|close of (play|business)|COP|COB|EOD)\b", re.IGNORECASE
)
_SOON = re.compile(r"\b(within the hour|in the next hour|asap|as soon as possible|urgently)\b",
                   re.IGNORECASE)  # fmt: skip
_TOMORROW = re.compile(r"\btomorrow\b", re.IGNORECASE)


def the_questions(body: str) -> str:
    """The message's own text: quoted lines, the history below a reply header and the
    signature are left out; blank runs are squeezed."""
    text = body.replace("\r\n", "\n").replace("\r", "\n")
    history = _HISTORY.search(text)
    if history:
        text = text[: history.start()]
    signature = _SIGNATURE.search(text)
    if signature and signature.start() > 0:
        text = text[: signature.start()]
    lines = [line.rstrip() for line in text.split("\n") if not line.lstrip().startswith(">")]
    squeezed = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return squeezed.strip()


def _at(received: datetime, hour: int, minute: int, tomorrow: bool) -> datetime | None:
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    local = received.astimezone()
    moment = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if tomorrow:
        moment += timedelta(days=1)
    elif moment <= local:
        moment += timedelta(days=1)  # "by 10am" written at 3pm means tomorrow's
    return moment


def _clock(match: re.Match[str]) -> tuple[int, int] | None:
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    half = (match.group(3) or "").lower().replace(".", "")
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
    elif match.group(2) is None and hour < 24:
        hour = hour + 12 if 1 <= hour <= 6 else hour  # "by 4" in an office means 4pm
    return hour, minute


def proposed_deadline(text: str, received: datetime) -> tuple[datetime | None, str]:
    """The deadline text asks for, measured from when it was received, and the words it
    came from; (None, "") when it names none."""
    tomorrow = bool(_TOMORROW.search(text))
    found = _BY_TIME.search(text)
    if found:
        clock = _clock(found)
        if clock is not None:
            moment = _at(received, clock[0], clock[1], tomorrow)
            if moment is not None:
                return moment, found.group(0).strip()
    noon = _NOON.search(text)
    if noon:
        moment = _at(received, 12, 0, tomorrow)
        return moment, noon.group(0).strip()
    end = _END_OF_DAY.search(text)
    if end:
        moment = _at(received, END_OF_WORKING_DAY.hour, END_OF_WORKING_DAY.minute, tomorrow)
        return moment, end.group(0).strip()
    soon = _SOON.search(text)
    if soon:
        return received.astimezone() + timedelta(hours=1), soon.group(0).strip()
    return None, ""
