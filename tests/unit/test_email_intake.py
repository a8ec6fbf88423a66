"""Email intake: a journalist's .eml read into the quick log's fields, and bad files refused."""

from __future__ import annotations

from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from mediadesk.domain.email_text import proposed_deadline, the_questions
from mediadesk.errors import KnownError
from mediadesk.services.email_intake import MAX_BYTES, read_email_file, read_eml

SENT = datetime(2026, 12, 1, 11, 5).astimezone()
NOW = SENT + timedelta(minutes=20)

REPLY = """Hello press office,

Could you tell me how many school meals were served in Cardiff last term?
And will the minister comment? I need something by 4pm, please.

Thanks,
Siân Evans
Western Mail | 029 2000 0000

On Mon, 30 Nov 2026 at 09:12, Press Office <press@gov.wales> wrote:
> Thank you for your enquiry.
> We will come back to you.
"""


def _message(body: str, *, html: str = "", subject: str = "School meals figures") -> bytes:
    message = EmailMessage()
    message["From"] = "Siân Evans <sian.evans@westernmail.example>"
    message["To"] = "press@gov.wales"
    message["Subject"] = subject
    message["Date"] = format_datetime(SENT)
    message.set_content(body)
    if html:
        message.add_alternative(html, subtype="html")
    return bytes(message)


def test_a_reply_gives_its_sender_subject_time_and_only_the_new_questions() -> None:
    read = read_eml(_message(REPLY), NOW)
    assert (read.sender_name, read.sender_address) == (
        "Siân Evans",
        "sian.evans@westernmail.example",
    )
    assert read.subject == "School meals figures"
    assert read.received == SENT
    assert read.questions.startswith("Hello press office,")
    assert read.questions.endswith("I need something by 4pm, please.")
    assert "Thank you for your enquiry" not in read.questions  # the quoted history
    assert "029 2000" not in read.questions  # the signature


def test_the_deadline_is_proposed_from_the_words_and_says_which_words() -> None:
    read = read_eml(_message(REPLY), NOW)
    assert read.deadline == SENT.replace(hour=16, minute=0)
    assert read.deadline_words == "by 4pm"


@pytest.mark.parametrize(
    ("words", "hour", "minute", "days"),
    [
        ("Can you reply by 16:30?", 16, 30, 0),
        ("by 10am tomorrow please", 10, 0, 1),
        ("by 9am", 9, 0, 1),  # written at 11:05: tomorrow's 9am
        ("Need it by end of day", 17, 30, 0),
        ("before noon if you can", 12, 0, 0),
        ("by 4", 16, 0, 0),  # an office's "by 4" is the afternoon
    ],
)
def test_deadline_phrases(words: str, hour: int, minute: int, days: int) -> None:
    deadline, said = proposed_deadline(words, SENT)
    assert deadline == (SENT + timedelta(days=days)).replace(hour=hour, minute=minute)
    assert said and said.lower() in words.lower()


def test_no_deadline_is_made_up() -> None:
    assert proposed_deadline("Could you send me the figures?", SENT) == (None, "")
    assert proposed_deadline("We met at 25:99 by 99pm", SENT) == (None, "")


def test_an_html_only_message_is_read_as_its_visible_text() -> None:
    message = EmailMessage()
    message["From"] = "desk@news.example"
    message["Subject"] = "Flooding"
    message.set_content(
        "<html><head><style>p{color:red}</style></head><body><p>Is the road shut?</p>"
        "<script>alert(1)</script><p>By noon please</p></body></html>",
        subtype="html",
    )
    read = read_eml(bytes(message), NOW)
    assert "Is the road shut?" in read.questions and "By noon please" in read.questions
    assert "alert" not in read.questions and "color" not in read.questions
    assert read.deadline_words.lower() == "by noon"
    assert read.received == NOW  # no Date header: the time it was read


def test_outlook_history_and_forward_markers_end_the_questions() -> None:
    body = "Any update?\n\n-----Original Message-----\nFrom: Someone\nOld words"
    assert the_questions(body) == "Any update?"
    body = "Any update?\n________________________________\nFrom: Someone\nSent: Monday\nOld"
    assert the_questions(body) == "Any update?"


@pytest.mark.parametrize(
    "data",
    [b"", b"\x00\xff" * 500, b"not an email at all", b"From:\n\n", b"Subject:\n\n\n"],
    ids=["empty", "binary", "prose", "empty sender", "empty subject"],
)
def test_what_is_not_an_email_is_refused_in_a_sentence(data: bytes) -> None:
    with pytest.raises(KnownError, match="not an email message"):
        read_eml(data, NOW)


def test_a_future_or_broken_date_is_not_believed() -> None:
    message = EmailMessage()
    message["From"] = "desk@news.example"
    message["Subject"] = "Question"
    message["Date"] = format_datetime(NOW + timedelta(days=3))
    message.set_content("Why?")
    assert read_eml(bytes(message), NOW).received == NOW
    broken = bytes(message).replace(b"Date: ", b"Date: Blursday, 99 Foo ")
    assert read_eml(broken, NOW).received == NOW


def test_files_that_are_not_eml_or_too_big_are_refused(tmp_path: Path) -> None:
    msg = tmp_path / "enquiry.msg"
    msg.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(KnownError, match=r"Outlook \.msg"):
        read_email_file(msg, NOW)
    text = tmp_path / "enquiry.txt"
    text.write_text("hello")
    with pytest.raises(KnownError, match="not an email file"):
        read_email_file(text, NOW)
    big = tmp_path / "big.eml"
    with big.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(KnownError, match="larger than 25 MB"):
        read_email_file(big, NOW)
    with pytest.raises(KnownError, match="could not be read"):
        read_email_file(tmp_path / "missing.eml", NOW)
