"""`mediadesk server init|add-user|set-user`: what IT runs to set up the office server."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from mediadesk.errors import KnownError
from mediadesk.words import QT_TRANSLATE_NOOP, Said

if TYPE_CHECKING:
    from mediadesk.context import AppContext

MAX_PASSWORD_FILE = 4096


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The `server` command and its actions."""
    server = commands.add_parser("server", help="set up the office server (PostgreSQL)")
    actions = server.add_subparsers(dest="action", required=True)
    init = actions.add_parser("init", help="create or upgrade the office schema")
    init.add_argument("--dsn", required=True, help="postgresql://USER@HOST:PORT/DATABASE")
    add = actions.add_parser("add-user", help="add an officer who signs in to the office")
    add.add_argument("--dsn", required=True, help="postgresql://USER@HOST:PORT/DATABASE")
    add.add_argument("name", help="the officer's user name (their PostgreSQL login)")
    add.add_argument("--role", required=True, choices=["officer", "clearer", "admin"])
    add.add_argument(
        "--password-file", required=True, type=Path, help="a file whose first line is the password"
    )
    add.add_argument("--display-name", help='the name others see, e.g. "Alex Jones"')
    change = actions.add_parser(
        "set-user", help="change an officer's role, name or password, or disable them"
    )
    change.add_argument("--dsn", required=True, help="postgresql://USER@HOST:PORT/DATABASE")
    change.add_argument("name", help="the officer's user name")
    change.add_argument("--role", choices=["officer", "clearer", "admin"])
    change.add_argument("--display-name", help="the name others see")
    change.add_argument("--password-file", type=Path, help="a file with the new password")
    sign_in = change.add_mutually_exclusive_group()
    sign_in.add_argument(
        "--disable",
        dest="active",
        action="store_false",
        default=None,
        help="the officer may no longer sign in (their history stays)",
    )
    sign_in.add_argument("--enable", dest="active", action="store_true", help="sign in again")


def add_profile_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`join` and `sync`, which work on a profile."""
    join = commands.add_parser("join", help="join this profile to the office server")
    join.add_argument("server", help="postgresql://HOST:PORT/DATABASE")
    join.add_argument("--user", required=True, help="your office user name")
    join.add_argument(
        "--password-file", required=True, type=Path, help="a file whose first line is the password"
    )
    commands.add_parser("sync", help="push this profile's changes and pull the office's")


def join(ctx: AppContext, args: argparse.Namespace) -> int:
    """Join, then print the office's name and the first round's numbers."""
    office, report = ctx.desk.office_sync().join(
        args.server, args.user, read_password(args.password_file)
    )
    print(f"Joined {office or 'the office'}; {report}.")
    return 0


def sync(ctx: AppContext) -> int:
    report = ctx.desk.office_sync().sync()
    print(f"Synced: {report}.")
    return 0


def verify_audit(ctx: AppContext) -> int:
    """This profile's chain, and the office's when joined (0 intact, 3 tampered)."""
    report = ctx.desk.verify_audit()
    for problem in report.problems:
        print(problem)
    tampered = not report.intact
    print(
        f"Audit log intact: {report.rows} entries checked."
        if report.intact
        else f"Audit log TAMPERED: {len(report.problems)} problems in {report.rows} entries."
    )
    sync = ctx.desk.office_sync()
    if sync.joined:
        try:
            office = sync.verify_office_audit()
        except KnownError as exc:  # offline: the local check stands on its own
            print(f"Office audit log not checked: {exc.message}", file=sys.stderr)
        else:
            for problem in office.problems:
                print(problem)
            tampered = tampered or not office.intact
            print(
                f"Office audit log intact: {office.rows} entries checked."
                if office.intact
                else f"Office audit log TAMPERED: {len(office.problems)} problems in "
                f"{office.rows} entries."
            )
    return 3 if tampered else 0


def read_password(path: Path) -> str:
    """The first line of `path` (its line ending is not part of the password)."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_PASSWORD_FILE + 1)
    except OSError as exc:
        raise KnownError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages", "The password file {path} cannot be read ({strerror})."
                ),
                path=path,
                strerror=exc.strerror,
            )
        ) from exc
    if len(data) > MAX_PASSWORD_FILE:
        raise KnownError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages", "The password file {path} is too large to hold a password."
                ),
                path=path,
            )
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise KnownError(
            Said(
                QT_TRANSLATE_NOOP("Messages", "The password file {path} is not UTF-8 text."),
                path=path,
            )
        ) from exc
    password = text.split("\n", 1)[0].removesuffix("\r")
    if not password:
        raise KnownError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages", "The password file {path} has no password on its first line."
                ),
                path=path,
            )
        )
    return password


def run(args: argparse.Namespace) -> int:
    """Run `server init`, `add-user` or `set-user`; exit 0 when done."""
    from mediadesk.logs import setup
    from mediadesk.office import server
    from mediadesk.paths import resolve_profile

    setup(resolve_profile(args.profile).logs)
    if args.action == "init":
        done = server.init(args.dsn)
        print(
            "Office schema created or upgraded (migrations " + ", ".join(map(str, done)) + ")."
            if done
            else "Office schema is up to date."
        )
        return 0
    if args.action == "set-user":
        password = None if args.password_file is None else read_password(args.password_file)
        if (
            args.role is None
            and args.display_name is None
            and args.active is None
            and (password is None)
        ):
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Say what to change: --role, --display-name, --password-file, "
                    "--disable or --enable.",
                )
            )
        server.set_user(
            args.dsn,
            args.name,
            role=args.role,
            display_name=args.display_name,
            active=args.active,
            password=password,
        )
        print(f"Changed {args.name}.")
        return 0
    server.add_user(
        args.dsn, args.name, args.role, read_password(args.password_file), args.display_name
    )
    print(f"Added {args.name} as {args.role}.")
    return 0
