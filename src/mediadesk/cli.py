"""Command-line entry points: the GUI by default, plus import, export and checks."""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from mediadesk import __version__, guards, office_cli, outbox_cli
from mediadesk.errors import KnownError
from mediadesk.words import QT_TRANSLATE_NOOP, Said

if TYPE_CHECKING:
    from mediadesk.context import AppContext

log = logging.getLogger("mediadesk.cli")


DOCTOR_URL = "https://www.gov.uk/"

# Options of the window itself, with how many values each takes.
GUI_OPTIONS = {"--profile": 1, "--passphrase-file": 1, "--self-test": 0}


def starts_the_window(argv: Sequence[str]) -> bool:
    """True if these arguments only start the window (no command, no help or version)."""
    wanted = 0
    for arg in argv:
        if wanted:
            wanted -= 1
        elif arg.split("=", 1)[0] in GUI_OPTIONS:
            wanted = 0 if "=" in arg else GUI_OPTIONS[arg]
        else:
            return False
    return True


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The argument parser for every entry point (without the commands: only the window's).

    Building the commands' parsers costs ~5 ms of start-up (argparse looks up translations
    for every message), so the usual start, with no command, skips them.
    """
    parser = argparse.ArgumentParser(
        prog="mediadesk", description="MediaDesk: enquiries, visit posts and monitoring."
    )
    parser.add_argument("--version", action="version", version=f"MediaDesk {__version__}")
    parser.add_argument(
        "--profile",
        metavar="DIR",
        help="profile folder (default: MEDIADESK_PROFILE or the user data folder)",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        type=Path,
        help="read the passphrase of a passphrase-protected profile from FILE",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation end to end with a throwaway profile",
    )
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    commands = parser.add_subparsers(dest="command")

    imp = commands.add_parser(
        "import", help="import enquiries from a spreadsheet, or log journalists' emails"
    )
    imp.add_argument("kind", choices=["enquiries", "email"])
    imp.add_argument(
        "file",
        type=Path,
        nargs="+",
        help="enquiries: one CSV or XLSX file with a header row; email: one or more .eml files",
    )
    imp.add_argument("--dry-run", action="store_true", help="check every row, import nothing")
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD:WORD=VALUE",
        help="read the file's WORD as VALUE, e.g. status:Open=in_progress (repeatable)",
    )
    imp.add_argument(
        "--map-file", type=Path, help="a file of such rules, one per line ('#' starts a comment)"
    )

    exp = commands.add_parser("export", help="export records to a spreadsheet")
    exp.add_argument("kind", choices=["enquiries", "items"])
    exp.add_argument("--format", choices=["csv", "xlsx"], required=True)
    exp.add_argument("--output", type=Path, required=True)
    exp.add_argument("--open-only", action="store_true", help="only enquiries still open")

    doctor = commands.add_parser("doctor", help="print the installation's health, no secrets")
    doctor.add_argument(
        "--url",
        help="show the proxy used for this address and try to reach it through that proxy",
    )
    office_cli.add_parsers(commands)
    office_cli.add_profile_parsers(commands)
    outbox_cli.add_parsers(commands)
    columns = commands.add_parser("columns", help="share monitoring column sets as JSON")
    columns.add_argument("action", choices=["import", "export"])
    columns.add_argument("file", type=Path)
    commands.add_parser("refresh", help="poll every monitoring column once")
    photos = commands.add_parser("photos", help="prepare photos for publishing")
    photos.add_argument("action", choices=["prepare"])
    photos.add_argument("files", nargs="+", type=Path)
    # checked when the command runs, against the platforms' facts (not imported to parse)
    photos.add_argument("--platform", required=True, metavar="PLATFORM")
    photos.add_argument("--output", type=Path, required=True)
    commands.add_parser("verify-audit", help="check the audit log for tampering")
    hand = commands.add_parser("handover", help="write the duty handover sheet as HTML")
    hand.add_argument("--output", type=Path, required=True)
    return parser


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """Read the command line (exits with argparse's message when it is wrong)."""
    return build_parser(with_commands=not starts_the_window(argv)).parse_args(argv)


def _passphrase(args: argparse.Namespace) -> str | None:
    if args.passphrase_file is not None:
        try:
            return str(args.passphrase_file.read_text(encoding="utf-8")).strip()
        except OSError as exc:
            raise KnownError(
                Said(
                    QT_TRANSLATE_NOOP(
                        "Messages", "The passphrase file could not be read: {strerror}."
                    ),
                    strerror=exc.strerror,
                )
            ) from exc
    return None


def open_context(args: argparse.Namespace) -> AppContext:
    """Open the profile for a command-line job (keyring, or passphrase when it has one)."""
    from mediadesk.config.policy import load_policy
    from mediadesk.context import AppContext
    from mediadesk.errors import KeyringUnavailable
    from mediadesk.paths import resolve_profile
    from mediadesk.secrets import KeyringStore
    from mediadesk.storage.profile import needs_passphrase, open_profile

    paths = resolve_profile(args.profile)
    passphrase = _passphrase(args)
    if needs_passphrase(paths) and passphrase is None:
        if not sys.stdin.isatty():
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "Messages", "This profile is protected by a passphrase: pass --passphrase-file."
                )
            )
        passphrase = getpass.getpass("Profile passphrase: ")
    store = None
    if passphrase is None:
        try:
            store = KeyringStore()
        except KeyringUnavailable:
            if not needs_passphrase(paths):
                raise
    database = open_profile(paths, store, passphrase=passphrase)
    return AppContext.open(database, load_policy(), secrets=store)


def run_command(args: argparse.Namespace) -> int:
    """Run a non-GUI command; returns the exit code."""
    from mediadesk.logs import setup
    from mediadesk.paths import resolve_profile
    from mediadesk.storage.profile import read_manifest, writable_problem

    paths = resolve_profile(args.profile)
    creating = False
    if guards.brings_data_in(args):
        creating = read_manifest(paths) is None and not paths.database.exists()
    else:
        guards.existing_profile(paths)
    problem = writable_problem(paths)
    if problem:
        raise KnownError(problem)
    setup(paths.logs)
    ctx = open_context(args)
    if creating:
        print(f"Created a new MediaDesk profile in {paths.root}.", file=sys.stderr)
    try:
        guards.refuse_if_damaged(
            ctx,
            writes=guards.brings_data_in(args) or args.command in ("refresh", "sync", "outbox"),
        )
        if args.command == "import":
            return _import(ctx, args)
        if args.command == "export" and args.kind == "items":
            return _export_items(ctx, args)
        if args.command == "export":
            return _export(ctx, args)
        if args.command == "columns":
            return _columns(ctx, args)
        if args.command == "refresh":
            return _refresh(ctx)
        if args.command == "join":
            return office_cli.join(ctx, args)
        if args.command == "sync":
            return office_cli.sync(ctx)
        if args.command == "outbox":
            return outbox_cli.run(ctx, args)
        if args.command == "verify-audit":
            return office_cli.verify_audit(ctx)
        if args.command == "handover":
            from mediadesk.services.handover import sheet_html

            html = sheet_html(ctx.enquiries().open_by_deadline(), ctx.clock(), ctx.user)
            args.output.write_text(html, encoding="utf-8")
            print(f"Handover sheet written to {args.output}")
            return 0
    finally:
        ctx.close()
    raise KnownError(
        Said(QT_TRANSLATE_NOOP("Messages", "Unknown command {command}."), command=args.command)
    )


def counted(count: int, noun: str) -> str:
    """'1 row', '2 rows', '1 enquiry', '3 enquiries'."""
    if count == 1:
        return f"1 {noun}"
    return f"{count:,} {noun[:-1] + 'ies' if noun.endswith('y') else noun + 's'}"


def _import(ctx: AppContext, args: argparse.Namespace) -> int:
    from mediadesk.services import spreadsheet

    if args.kind == "email":
        from mediadesk.intake_cli import import_email

        return import_email(ctx, list(args.file))
    if len(args.file) != 1:
        raise KnownError(
            QT_TRANSLATE_NOOP("Messages", "Import enquiries from one spreadsheet at a time.")
        )
    args.file = args.file[0]

    rules = list(args.map)
    if args.map_file is not None:
        try:
            lines = args.map_file.read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise KnownError(
                Said(
                    QT_TRANSLATE_NOOP("Messages", "The value map {map_file} could not be read."),
                    map_file=args.map_file,
                )
            ) from exc
        rules += [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    values = spreadsheet.parse_value_map(rules)
    table = spreadsheet.read_table(args.file)
    plan = spreadsheet.plan_import(table, spreadsheet.guess_mapping(table.headers), values)
    if plan.errors:
        for error in plan.errors[:1000]:
            print(f"row {error.row}: {error.message}", file=sys.stderr)
        if len(plan.errors) > 1000:
            print(f"… and {len(plan.errors) - 1000} more problems", file=sys.stderr)
        rows = len({e.row for e in plan.errors})
        raise KnownError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{row} of {file} cannot be imported ({problem}); nothing was imported.",
                ),
                row=counted(rows, "row"),
                file=args.file.name,
                problem=counted(len(plan.errors), "problem"),
            )
        )
    if args.dry_run:
        print(f"{counted(len(plan.items), 'enquiry')} would be imported from {args.file.name}.")
        return 0
    count = ctx.enquiries().create_many(plan.items, plan.statuses)
    print(f"Imported {counted(count, 'enquiry')} from {args.file.name}.")
    return 0


def _export(ctx: AppContext, args: argparse.Namespace) -> int:
    from mediadesk.domain.enquiry import OPEN_STATUSES
    from mediadesk.domain.enquiry_filter import EnquiryFilter
    from mediadesk.services import spreadsheet

    if not ctx.settings.flag("enquiries.export_allowed"):
        raise KnownError(
            QT_TRANSLATE_NOOP("Messages", "Exporting enquiries is turned off by your organisation.")
        )
    flt = EnquiryFilter(statuses=OPEN_STATUSES if args.open_only else frozenset())
    count = spreadsheet.export(ctx.desk.enquiries.search(flt), args.output, args.format)
    print(f"Exported {count} enquiries to {args.output}.")
    return 0


def _columns(ctx: AppContext, args: argparse.Namespace) -> int:
    if args.action == "export":
        layout = ctx.desk.monitoring.export_layout()
        try:
            args.file.write_text(json.dumps(layout, indent=2), encoding="utf-8")
        except OSError as exc:
            raise KnownError(
                Said(
                    QT_TRANSLATE_NOOP("Messages", "{file} could not be written: {strerror}."),
                    file=args.file,
                    strerror=exc.strerror,
                )
            ) from exc
        print(f"Exported {len(layout['columns'])} columns to {args.file}.")
        return 0
    try:
        text = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnownError(
            Said(
                QT_TRANSLATE_NOOP("Messages", "{file} could not be read ({exc})."),
                file=args.file,
                exc=exc,
            )
        ) from exc
    count = ctx.desk.monitoring.import_layout(text)
    print(f"Imported {count} columns from {args.file.name}.")
    return 0


def _refresh(ctx: AppContext) -> int:
    area = ctx.desk.monitoring
    columns = area.all()
    days = ctx.settings.number("monitoring.retention_days")
    removed = area.apply_retention(days)
    if removed:
        print(f"Removed {removed} items older than {days} days (retention).")
    if not columns:
        print("No monitoring columns to refresh.")
        return 0
    failed = 0
    for column in columns:
        if column.muted:
            print(f"{column.title}: muted, not polled")
            continue
        result = area.poll(column, manual=True)  # through the Desk's one pooled client
        if result.error:
            failed += 1
            print(f"{column.title}: {result.error}")
        elif result.not_modified:
            print(f"{column.title}: no change since last time")
        else:
            alerts = f", {len(result.alerts)} alerts" if result.alerts else ""
            print(f"{column.title}: {result.new_items} new items{alerts}")
    return 1 if failed else 0  # a script running refresh learns that a column needs attention


def _export_items(ctx: AppContext, args: argparse.Namespace) -> int:
    if args.format != "csv":
        raise KnownError(QT_TRANSLATE_NOOP("Messages", "Items are exported as CSV (--format csv)."))
    count = ctx.desk.monitoring.export_items_csv(args.output)
    print(f"Exported {count} items to {args.output}.")
    return 0


def _photos(args: argparse.Namespace) -> int:
    """Write metadata-free, size-limited copies; one line per photo; non-zero if any failed."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from mediadesk.media.photos import PLATFORMS, prepare_to

    limits = PLATFORMS.get(str(args.platform).strip().lower())
    if limits is None:
        raise KnownError(
            f"MediaDesk does not publish to '{args.platform}': choose one of "
            + ", ".join(sorted(PLATFORMS))
            + "."
        )
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    failed = 0
    written: set[Path] = set()
    for path in args.files:
        try:
            target, prepared = prepare_to(path, limits, args.output, written)
        except KnownError as exc:
            print(f"{path}: {exc.message}", file=sys.stderr)
            failed += 1
            continue
        print(
            f"{path.name} -> {target.name}: {len(prepared.data) / 1024:,.0f} KB, "
            f"{prepared.width}x{prepared.height}"
        )
    del app
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `mediadesk` and `python -m mediadesk`."""
    guards.private_files()
    guards.utf8_output()
    # Until the log file is open, nothing is printed for the log (Python's last-resort handler
    # would add its own line after the sentence the user is given).
    logging.getLogger("mediadesk").addHandler(logging.NullHandler())
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        if args.self_test:
            from mediadesk.ui.selftest import run_self_test

            return run_self_test()
        if args.command == "photos":
            return _photos(args)
        if args.command == "server":
            return office_cli.run(args)
        if args.command == "doctor":
            from mediadesk.config.policy import load_policy
            from mediadesk.diagnostics import run_doctor
            from mediadesk.paths import resolve_profile

            paths = resolve_profile(args.profile)
            guards.existing_profile(paths)
            return run_doctor(paths, load_policy(), args.url or DOCTOR_URL, probe=bool(args.url))
        if args.command is None:
            from mediadesk.app import run_gui

            return run_gui(args.profile)
        return run_command(args)
    except KnownError as exc:
        print(f"mediadesk: {exc.message}", file=sys.stderr)
        log.warning("command failed: %s", type(exc).__name__)
        return 1
    except KeyboardInterrupt:
        return 130
