"""`mediadesk import email FILE...`: log journalists' messages as enquiries."""

from __future__ import annotations

from pathlib import Path

from mediadesk.context import AppContext
from mediadesk.services.email_intake import as_new_enquiry, read_email_file, remember_address


def import_email(ctx: AppContext, files: list[Path]) -> int:
    """Log each message; every file is read first, so one bad file logs none of them. A
    deadline the message asks for is printed, not set: the officer confirms it."""
    now = ctx.clock()
    reads = [(path, read_email_file(path, now)) for path in files]
    for path, read in reads:
        contact = ctx.desk.directory.match_sender(read.sender_name, read.sender_address)
        made = ctx.desk.enquiries.create(as_new_enquiry(read, contact))
        remember_address(ctx.desk.directory, read)
        asked = ""
        if read.deadline is not None:
            when = read.deadline.astimezone().strftime("%a %d %b %H:%M")
            asked = (
                f" It asks for a reply {read.deadline_words} ({when}): "
                "set the deadline in MediaDesk."
            )
        who = made.journalist or read.sender_address
        print(f"Logged {made.ref} from {path.name}: {made.subject} ({who}).{asked}")
    return 0
