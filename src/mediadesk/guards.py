"""Checks before a command opens a profile: it exists, it can be written, it is intact."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from mediadesk.errors import KnownError
from mediadesk.words import QT_TRANSLATE_NOOP, Said

if TYPE_CHECKING:
    from mediadesk.context import AppContext
    from mediadesk.paths import ProfilePaths


def private_files() -> None:
    """Everything MediaDesk creates is readable by this user alone (0600 files, 0700 folders)."""
    if os.name == "posix":
        os.umask(0o077)


def utf8_output() -> None:
    """Write UTF-8 when output is redirected: Windows would use the ANSI code page (cp1252).

    `mediadesk-cli.exe doctor > d.txt` with a profile under C:\\Users\\Łukasz would otherwise
    fail on the first character cp1252 lacks. The windowed MediaDesk.exe has no streams.
    """
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and not stream.isatty() and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def brings_data_in(args: argparse.Namespace) -> bool:
    """Whether a command may create the profile it names (the others only read one)."""
    return bool(
        args.command in ("import", "join")
        or (args.command == "columns" and args.action == "import")
    )


def existing_profile(paths: ProfilePaths) -> None:
    """Refuse a --profile folder with no profile in it: a typo must not export '0 enquiries'."""
    from mediadesk.storage.profile import read_manifest

    if paths.custom and read_manifest(paths) is None and not paths.database.exists():
        raise KnownError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "There is no MediaDesk profile in {root}; check the --profile folder. Nothing "
                    "was created.",
                ),
                root=paths.root,
            )
        )


def refuse_if_damaged(ctx: AppContext, *, writes: bool) -> None:
    """Check every page before a command: a damaged profile is never written to."""
    from mediadesk.storage.integrity import damaged

    why = ctx.desk.damage()
    if why is None:
        return
    ctx.desk.refuse_writes()
    error = damaged(ctx.paths, why)
    if writes:
        raise error
    print(f"mediadesk: warning: {error.message}", file=sys.stderr)
