"""Checks before a post goes for clearance (GCS accessible social media and propriety)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

import regex

from mediadesk.domain.counting import Count
from mediadesk.words import QT_TRANSLATE_NOOP, Said

SHORTENERS = (
    "bit.ly",
    "tinyurl.com",
    "ow.ly",
    "t.co",
    "goo.gl",
    "buff.ly",
    "is.gd",
    "tiny.cc",
    "rebrand.ly",
    "shorturl.at",
    "cutt.ly",
)
_URL = re.compile(r"https?://([^/\s]+)[^\s]*", re.IGNORECASE)
_HASHTAG = re.compile(r"(?<![\w#&])#(\w+)")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_EMOJI = regex.compile(
    r"\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}"
    r"|\p{Emoji_Modifier})*"
)
_SYMBOL_WORDS = re.compile(r"(?<!\w)(&|\+|w/|b/c|@(?=\s))(?!\w)")
_CLICK_HERE = re.compile(r"\bclick here\b", re.IGNORECASE)
MAX_SENTENCE_WORDS = 25
MAX_HASHTAGS = 2
MAX_EMOJI = 3


class Severity(Enum):
    """Blocking problems stop clearance; warnings point at text worth a second look."""

    BLOCKING = "blocking"
    WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    """One problem, with the text it is about (start, end in the post's characters)."""

    severity: Severity
    message: str
    start: int = 0
    end: int = 0


def _warn(message: str, start: int = 0, end: int = 0) -> Finding:
    return Finding(Severity.WARNING, message, start, end)


def _hashtag_readable(tag: str) -> bool:
    """#SchoolMeals, #NHS and #nhs read well aloud; #schoolmeals and #schoolMeals may not."""
    if tag.isupper() or tag.isdigit():
        return True
    if tag.islower():
        return len(tag) <= 6
    return tag[:1].isupper() or tag[:1].isdigit()


def check_text(
    text: str,
    *,
    place: str = "",
    location_sensitive_until: datetime | None = None,
    publish_at: datetime | None = None,
) -> list[Finding]:
    """Warnings about one text, each pointing at the words concerned."""
    findings: list[Finding] = []
    for match in _SENTENCE.finditer(text):
        if len(match.group(0).split()) > MAX_SENTENCE_WORDS:
            findings.append(
                _warn(
                    Said(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "This sentence has more than {MAX_SENTENCE_WORDS} words; shorter "
                            "sentences are easier to read.",
                        ),
                        MAX_SENTENCE_WORDS=MAX_SENTENCE_WORDS,
                    ),
                    *match.span(),
                )
            )
    tags = list(_HASHTAG.finditer(text))
    for match in tags:
        if not _hashtag_readable(match.group(1)):
            findings.append(
                _warn(
                    Said(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "If #{group} is more than one word, write it in CamelCase so screen "
                            "readers read it as words.",
                        ),
                        group=match.group(1),
                    ),
                    *match.span(),
                )
            )
    if len(tags) > MAX_HASHTAGS:
        findings.append(
            _warn(
                Said(
                    QT_TRANSLATE_NOOP("Messages", "{n} hashtags: use no more than {MAX_HASHTAGS}."),
                    n=len(tags),
                    MAX_HASHTAGS=MAX_HASHTAGS,
                ),
                tags[MAX_HASHTAGS].start(),
                tags[-1].end(),
            )
        )
    tail = text.rstrip()
    for match in tags:
        after = tail[match.end() :]
        if after and not re.fullmatch(r"(\s*#\w+)*\s*", after):
            findings.append(
                _warn(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Put hashtags at the end, not in the middle of a sentence."
                    ),
                    *match.span(),
                )
            )
    emoji = list(_EMOJI.finditer(text))
    if len(emoji) > MAX_EMOJI:
        findings.append(
            _warn(
                Said(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{n} emoji: screen readers read each one out; use no more than "
                        "{MAX_EMOJI}.",
                    ),
                    n=len(emoji),
                    MAX_EMOJI=MAX_EMOJI,
                ),
                emoji[0].start(),
                emoji[-1].end(),
            )
        )
    seen: dict[str, int] = {}
    for match in emoji:
        if match.group(0) in seen:
            findings.append(
                _warn(QT_TRANSLATE_NOOP("Messages", "The same emoji is repeated."), *match.span())
            )
        seen[match.group(0)] = match.start()
    for line in re.finditer(r"^[ \t]*(\S+)", text, re.MULTILINE):
        if _EMOJI.fullmatch(line.group(1)):
            findings.append(
                _warn(QT_TRANSLATE_NOOP("Messages", "Emoji used as a bullet point."), *line.span(1))
            )
    links = list(_URL.finditer(text))
    if len(links) > 1:
        findings.append(
            _warn(
                QT_TRANSLATE_NOOP(
                    "Messages", "More than one link: give each post one clear destination."
                ),
                links[1].start(),
                links[-1].end(),
            )
        )
    for match in links:
        host = match.group(1).lower().removeprefix("www.")
        if host in SHORTENERS:
            findings.append(
                _warn(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Link shorteners hide where a link goes; use the full GOV.UK address.",
                    ),
                    *match.span(),
                )
            )
    for match in _CLICK_HERE.finditer(text):
        findings.append(
            _warn(
                QT_TRANSLATE_NOOP("Messages", "Say where the link goes instead of 'click here'."),
                *match.span(),
            )
        )
    letters = [c for c in _URL.sub("", _HASHTAG.sub("", text)) if c.isalpha()]
    for match in re.finditer(r"\b[A-Z]{2,}(?:\s+[A-Z]{2,}){2,}\b", text):
        findings.append(
            _warn(
                QT_TRANSLATE_NOOP(
                    "Messages", "Text in capitals is hard to read and is read out letter by letter."
                ),
                *match.span(),
            )
        )
    if len(letters) > 20 and sum(c.isupper() for c in letters) > 0.7 * len(letters):
        findings.append(
            _warn(QT_TRANSLATE_NOOP("Messages", "Most of this post is in capitals."), 0, len(text))
        )
    for match in _SYMBOL_WORDS.finditer(text):
        findings.append(
            _warn(
                Said(
                    QT_TRANSLATE_NOOP("Messages", "Write the word instead of '{group}'."),
                    group=match.group(1),
                ),
                *match.span(),
            )
        )
    if (
        place
        and location_sensitive_until
        and (publish_at is None or publish_at < location_sensitive_until)
    ):
        for match in re.finditer(re.escape(place), text, re.IGNORECASE):
            findings.append(
                _warn(
                    Said(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "This names the place before {location_sensitive_until:%d %B %H:%M}, "
                            "while the visit is location sensitive.",
                        ),
                        location_sensitive_until=location_sensitive_until,
                    ),
                    *match.span(),
                )
            )
    return sorted(findings, key=lambda f: (f.start, f.message))


def blocking(
    counts: dict[str, Count],
    photos_without_alt: int,
    publish_at: datetime | None,
    embargo: datetime | None,
) -> list[Finding]:
    """Problems that stop a post going for clearance."""
    found = []
    for platform, count in counts.items():
        if count.over:
            found.append(
                Finding(
                    Severity.BLOCKING,
                    Said(
                        QT_TRANSLATE_NOOP(
                            "Messages", "Too long for {platform}: {used} of {limit} {unit}."
                        ),
                        platform=platform,
                        used=count.used,
                        limit=count.limit,
                        unit=count.unit,
                    ),
                )
            )
        if count.forbidden:
            found.append(
                Finding(
                    Severity.BLOCKING,
                    Said(
                        QT_TRANSLATE_NOOP("Messages", "{platform}: {extra}."),
                        platform=platform,
                        extra=count.extra,
                    ),
                )
            )
    if photos_without_alt:
        found.append(
            Finding(
                Severity.BLOCKING,
                QT_TRANSLATE_NOOP(
                    "Messages", "1 photo needs alt text describing it for people who cannot see it."
                )
                if photos_without_alt == 1
                else Said(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{n} photos need alt text describing them for people who cannot see them.",
                    ),
                    n=photos_without_alt,
                ),
            )
        )
    if embargo and publish_at and publish_at < embargo:
        found.append(
            Finding(
                Severity.BLOCKING,
                Said(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The publishing time is before the embargo ({embargo:%d %B %H:%M}).",
                    ),
                    embargo=embargo,
                ),
            )
        )
    return found
