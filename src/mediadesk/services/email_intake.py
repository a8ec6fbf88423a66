"""Email intake: a journalist's message (.eml) read into what the quick log needs.

Every message is hostile until read: it is size-capped, parsed by Python's own `email`
package, and anything it cannot make sense of is refused in one sentence.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import re
from dataclasses import dataclass, replace
from datetime import datetime
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path

from mediadesk.domain.email_text import proposed_deadline, the_questions
from mediadesk.domain.enquiry import Channel, Contact, NewEnquiry
from mediadesk.errors import KnownError
from mediadesk.services.directory import Directory
from mediadesk.words import QT_TRANSLATE_NOOP, Said

MAX_BYTES = 25 * 1024 * 1024  # Outlook's own attachment limit for a whole message
MAX_TEXT = 100_000  # characters of body read for the questions
SUFFIXES = (".eml",)
# What the standard library's parser raises on a hostile message (found by fuzzing).
_PARSER_ERRORS = (ValueError, TypeError, IndexError, LookupError, AttributeError, OverflowError)


@dataclass(frozen=True)
class EmailEnquiry:
    """What a message says, ready for the quick log (its deadline only proposed)."""

    received: datetime
    sender_name: str
    sender_address: str
    subject: str
    questions: str
    deadline: datetime | None
    deadline_words: str  # the words the deadline was read from, for the officer to check


class _Text(HTMLParser):
    """The visible text of an HTML body (scripts and styles left out)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head"):
            self._hidden += 1
        elif tag in ("br", "p", "div", "tr", "li", "blockquote"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head") and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def _html_text(markup: str) -> str:
    reader = _Text()
    reader.feed(markup[: MAX_TEXT * 4])
    reader.close()
    return re.sub(r"[ \t\r\f\v]+", " ", "".join(reader.parts))


def _body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (*_PARSER_ERRORS, AssertionError):  # an unknown or broken charset
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    if not isinstance(content, str):
        return ""
    text = content[: MAX_TEXT * 4]
    return _html_text(text) if part.get_content_subtype() == "html" else text


def _received(message: EmailMessage, now: datetime) -> datetime:
    # The raw header: the parsed one overflows inside the standard library on huge numbers.
    stamp = next((str(v) for k, v in message.raw_items() if k.lower() == "date"), "")
    try:
        when = email.utils.parsedate_to_datetime(stamp)
    except _PARSER_ERRORS:
        return now
    if when.tzinfo is None or when > now or when.year < 2000:
        return now  # no zone, from the future or absurd: the time it was read
    return when


def read_eml(data: bytes, now: datetime) -> EmailEnquiry:
    """The enquiry a message's bytes hold, or KnownError when they are not an email."""
    if len(data) > MAX_BYTES:
        raise KnownError(
            QT_TRANSLATE_NOOP("Messages", "This message is larger than 25 MB; it was not read.")
        )
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
    except _PARSER_ERRORS as exc:
        raise KnownError(
            QT_TRANSLATE_NOOP("Messages", "This file is not an email message MediaDesk can read.")
        ) from exc
    assert isinstance(message, EmailMessage)
    try:
        sender = str(message.get("From", "") or "")
        subject = " ".join(str(message.get("Subject", "") or "").split())[:200]
        body = _body(message)
    except _PARSER_ERRORS as exc:
        raise KnownError(
            QT_TRANSLATE_NOOP("Messages", "This file is not an email message MediaDesk can read.")
        ) from exc
    if not (sender or subject) or not (subject or body.strip()):
        raise KnownError(
            QT_TRANSLATE_NOOP("Messages", "This file is not an email message MediaDesk can read.")
        )
    name, address = email.utils.parseaddr(sender)
    received = _received(message, now)
    questions = the_questions(body[:MAX_TEXT])
    deadline, words = proposed_deadline(f"{subject}\n{questions}", received)
    return EmailEnquiry(
        received=received,
        sender_name=" ".join(name.split())[:200],
        sender_address=address.strip()[:320],
        subject=subject or questions.split("\n", 1)[0][:200],
        questions=questions,
        deadline=deadline,
        deadline_words=words,
    )


def read_email_file(path: Path, now: datetime) -> EmailEnquiry:
    """read_eml of a file, refusing what is not a .eml (Outlook's .msg is not read yet)."""
    if path.suffix.lower() == ".msg":
        raise KnownError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{name} is an Outlook .msg file, which MediaDesk cannot read yet: save the "
                    "message as .eml (in the new Outlook or on the web: More actions, Download).",
                ),
                name=path.name,
            )
        )
    if path.suffix.lower() not in SUFFIXES:
        raise KnownError(
            Said(
                QT_TRANSLATE_NOOP("Messages", "{name} is not an email file (.eml)."),
                name=path.name,
            )
        )
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise KnownError(
                QT_TRANSLATE_NOOP("Messages", "This message is larger than 25 MB; it was not read.")
            )
        data = path.read_bytes()
    except OSError as exc:
        raise KnownError(
            Said(
                QT_TRANSLATE_NOOP("Messages", "{name} could not be read: {why}."),
                name=path.name,
                why=exc.strerror or exc,
            )
        ) from exc
    return read_eml(data, now)


def as_new_enquiry(read: EmailEnquiry, contact: Contact | None) -> NewEnquiry:
    """The quick log's fields for a message: the journalist as the directory knows them (or
    as the message names them), and no deadline: a proposed one is for the officer to set."""
    return NewEnquiry(
        received=read.received,
        channel=Channel.EMAIL,
        subject=read.subject,
        journalist=contact.name if contact else (read.sender_name or read.sender_address),
        outlet=contact.outlet_name if contact else "",
        questions=read.questions,
    )


def remember_address(directory: Directory, read: EmailEnquiry) -> None:
    """Give the sender's directory entry the address they wrote from, when it has none, so
    their next message is matched by it."""
    if not read.sender_address or "@" not in read.sender_address:
        return
    contact = directory.match_sender(read.sender_name, read.sender_address)
    if contact is not None and not contact.email:
        directory.save(replace(contact, email=read.sender_address), contact.outlet_name)
