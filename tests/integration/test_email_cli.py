"""`mediadesk import email FILE...` logs journalists' messages, against a real profile."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path


def _eml(folder: Path, name: str, sender: str, subject: str, body: str) -> Path:
    message = EmailMessage()
    message["From"] = sender
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime.now().astimezone() - timedelta(minutes=5))
    message.set_content(body)
    path = folder / name
    path.write_bytes(bytes(message))
    return path


def _mediadesk(profile: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mediadesk", "--profile", str(profile), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_messages_are_logged_and_the_asked_deadline_is_said_not_set(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    first = _eml(
        tmp_path, "one.eml", "Tom Hughes <tom@guardian.example>", "Bus lanes",
        "Why were the bus lanes cut? I need a line by 4pm.\n\nThanks,\nTom\n0207",
    )  # fmt: skip
    second = _eml(tmp_path, "two.eml", "desk@bbc.example", "Flooding", "Is the road shut?")
    done = _mediadesk(profile, "import", "email", first, second)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines[0].startswith("Logged ENQ-") and "Bus lanes (Tom Hughes)." in lines[0]
    assert "asks for a reply by 4pm" in lines[0] and "set the deadline" in lines[0]
    assert "Flooding (desk@bbc.example)." in lines[1] and "asks for" not in lines[1]
    listed = _mediadesk(
        profile, "export", "enquiries", "--format", "csv", "--output", tmp_path / "out.csv"
    )
    assert listed.returncode == 0, listed.stderr
    exported = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert "Why were the bus lanes cut?" in exported and "0207" not in exported
    again = _eml(tmp_path, "three.eml", "T. Hughes <tom@guardian.example>", "Again", "More?")
    done = _mediadesk(profile, "import", "email", again)
    assert "Again (Tom Hughes)." in done.stdout  # matched by the address kept from before


def test_one_bad_file_logs_none_and_says_why(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    good = _eml(tmp_path, "good.eml", "a@b.example", "Fine", "A question?")
    bad = tmp_path / "enquiry.msg"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    done = _mediadesk(profile, "import", "email", good, bad)
    assert done.returncode == 1
    assert "enquiry.msg is an Outlook .msg file" in done.stderr
    assert "Traceback" not in done.stderr and "Logged" not in done.stdout
