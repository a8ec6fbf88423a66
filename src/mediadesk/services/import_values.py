"""The words a press office's own log uses for statuses, channels and priorities."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from mediadesk.domain.enquiry import Channel, Priority, Status
from mediadesk.errors import KnownError
from mediadesk.services.table_reader import Table
from mediadesk.words import QT_TRANSLATE_NOOP, Said

# A press office's own words for statuses, channels and priorities, as found in real logs.
SYNONYMS: dict[str, dict[str, str]] = {
    "status": {
        "open": "in_progress",
        "pending": "in_progress",
        "chased": "in_progress",
        "ongoing": "in_progress",
        "in hand": "in_progress",
        "live": "in_progress",
        "wip": "in_progress",
        "with clearance": "awaiting_clearance",
        "for clearance": "awaiting_clearance",
        "awaiting sign off": "awaiting_clearance",
        "signed off": "cleared",
        "approved": "cleared",
        "done": "responded",
        "completed": "responded",
        "complete": "responded",
        "answered": "responded",
        "replied": "responded",
        "sent": "responded",
        "finished": "closed",
        "archived": "closed",
        "refused": "declined",
        "no comment": "declined",
        "dropped": "no_response",
        "withdrawn": "no_response",
        "no reply needed": "no_response",
    },
    "channel": {
        "tel": "phone",
        "telephone": "phone",
        "phone call": "phone",
        "call": "phone",
        "mobile": "phone",
        "voicemail": "phone",
        "e mail": "email",
        "mail": "email",
        "twitter": "social",
        "x": "social",
        "dm": "social",
        "social": "social",
        "face to face": "in_person",
        "visit": "in_person",
    },
    "priority": {"medium": "normal", "med": "normal", "routine": "normal", "critical": "urgent"},
}
KINDS: dict[str, Any] = {"status": Status, "channel": Channel, "priority": Priority}
ValueMap = dict[str, dict[str, str]]  # field -> (the file's word, folded) -> member value


def fold(text: str) -> str:
    """A cell's word compared without case, spacing or punctuation."""
    return " ".join(text.lower().replace("_", " ").replace("-", " ").replace("/", " ").split())


def enum_value(field_name: str, text: str, values: ValueMap | None = None) -> Any:
    """The member a cell names (by value, label, synonym or the user's map), else None."""
    kind = KINDS[field_name]
    word = fold(text)
    chosen = (values or {}).get(field_name, {}).get(word) or SYNONYMS[field_name].get(word)
    for member in kind:
        if word in (fold(member.value), fold(member.label)) or member.value == chosen:
            return member
    return None


def accepted(field_name: str) -> str:
    """The values a field accepts, for an error message."""
    return ", ".join(m.label for m in KINDS[field_name])


def unknown_values(table: Table, mapping: dict[str, int | None], values: ValueMap) -> ValueMap:
    """The words in mapped status/channel/priority columns that nothing maps yet."""
    found: ValueMap = {}
    for name in KINDS:
        index = mapping.get(name)
        if index is None:
            continue
        for row in table.rows:
            cell = row[index] if index < len(row) else None
            text = "" if cell is None else str(cell).strip()
            if text and enum_value(name, text, values) is None:
                found.setdefault(name, {}).setdefault(fold(text), text)
                if len(found[name]) >= 50:
                    break
    return found


def parse_value_map(specs: Sequence[str]) -> ValueMap:
    """`status:Open=in_progress` rules from the command line (or a file's lines)."""
    result: ValueMap = {}
    for spec in specs:
        name, colon, rule = spec.partition(":")
        word, equals, target = rule.partition("=")
        name = name.strip().lower()
        if not (colon and equals) or name not in KINDS:
            raise KnownError(
                Said(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "'{spec}' is not a value rule; write it as status:Open=in_progress "
                        "(fields: {KINDS}).",
                    ),
                    spec=spec,
                    KINDS=", ".join(KINDS),
                )
            )
        member = enum_value(name, target)
        if member is None:
            raise KnownError(
                Said(
                    QT_TRANSLATE_NOOP(
                        "Messages", "'{target}' is not a {value}; use one of: {accepted}."
                    ),
                    target=target.strip(),
                    value=name,
                    accepted=accepted(name),
                )
            )
        result.setdefault(name, {})[fold(word)] = member.value
    return result
