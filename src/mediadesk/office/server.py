"""`mediadesk server …`: create or upgrade the office schema, and add officers to it."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from mediadesk.errors import KnownError
from mediadesk.office import schema
from mediadesk.office.dsn import checked, described
from mediadesk.office.errors import explained
from mediadesk.words import QT_TRANSLATE_NOOP, Said

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger("mediadesk.office")

LOGIN = re.compile(r"[a-z][a-z0-9_.-]{0,62}")
INIT_LOCK = 0x6D656469  # one `server init` at a time per database (an advisory lock)
CONNECT_TIMEOUT_S = 10


def connect(
    dsn: str, *, password: str | None = None, root_certificate: str = ""
) -> psycopg.Connection:
    """A connection to the office server (KnownError, in words, when there is none)."""
    import psycopg
    from psycopg.conninfo import make_conninfo

    where = described(dsn)
    conninfo = checked(dsn, root_certificate)
    if password is not None:  # from the keyring or a password file, never from the address
        conninfo = make_conninfo(conninfo, password=password)
    try:
        return psycopg.connect(conninfo, connect_timeout=CONNECT_TIMEOUT_S)
    except psycopg.Error as exc:
        raise explained(exc, where) from None


def group(conn: psycopg.Connection, role: str) -> str:
    """The database's group role for `role` (cluster-wide names, so the database is in it)."""
    row = conn.execute("SELECT current_database()").fetchone()
    database = re.sub(r"[^a-z0-9_]", "_", str(row[0] if row else "").lower())[:40]
    return f"{database}_{role}s"


def _applied(conn: psycopg.Connection) -> set[int]:
    conn.execute("CREATE SCHEMA IF NOT EXISTS mediadesk")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS mediadesk.schema_migrations(version int PRIMARY KEY,"
        " what text NOT NULL, applied timestamptz NOT NULL DEFAULT now())"
    )
    return {int(r[0]) for r in conn.execute("SELECT version FROM mediadesk.schema_migrations")}


def _groups(conn: psycopg.Connection) -> None:
    """The officer, clearer and admin groups, each holding the one before it."""
    from psycopg import sql

    below = None
    for role in schema.GROUPS:
        name = group(conn, role)
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone() is None:
            conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(name)))
        if below is not None:
            conn.execute(
                sql.SQL("GRANT {} TO {}").format(sql.Identifier(below), sql.Identifier(name))
            )
        below = name


def _grants(conn: psycopg.Connection) -> None:
    """Nothing for PUBLIC; officers read their office's rows and call the functions."""
    from psycopg import sql

    officers = sql.Identifier(group(conn, "officer"))
    database = sql.Identifier(
        str((conn.execute("SELECT current_database()").fetchone() or [""])[0])
    )
    steps: list[sql.Composed | sql.SQL] = [
        sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(database),
        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(database, officers),
        sql.SQL("REVOKE ALL ON SCHEMA mediadesk FROM PUBLIC"),
        sql.SQL("GRANT USAGE ON SCHEMA mediadesk TO {}").format(officers),
        sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA mediadesk FROM PUBLIC"),
        sql.SQL("REVOKE ALL ON ALL SEQUENCES IN SCHEMA mediadesk FROM PUBLIC"),
        sql.SQL("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA mediadesk FROM PUBLIC"),
    ]
    for table in schema.READABLE:
        name = sql.Identifier("mediadesk", table)
        steps.append(sql.SQL("GRANT SELECT ON {} TO {}").format(name, officers))
        steps.append(sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(name))
        steps.append(sql.SQL("DROP POLICY IF EXISTS office_rows ON {}").format(name))
        steps.append(
            sql.SQL("CREATE POLICY office_rows ON {} FOR SELECT USING ({})").format(
                name, sql.SQL(schema.POLICIES[table])
            )
        )
    for function in schema.CALLABLE:
        exists = conn.execute("SELECT to_regprocedure(%s)", (f"mediadesk.{function}",))
        if (exists.fetchone() or [None])[0] is None:
            continue  # a later migration's (an older MediaDesk set this office up)
        steps.append(
            sql.SQL("GRANT EXECUTE ON FUNCTION mediadesk.{} TO {}").format(
                sql.SQL(function), officers
            )
        )
    for step in steps:
        conn.execute(step)


def init(dsn: str) -> list[int]:
    """Create or upgrade the office schema; running it again changes nothing."""
    import psycopg

    where = described(dsn)
    done: list[int] = []
    with connect(dsn) as conn:
        try:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (INIT_LOCK,))
                applied = _applied(conn)
                for number, what, steps in schema.MIGRATIONS:
                    if number in applied:
                        continue
                    for step in steps:
                        conn.execute(step.encode())  # no parameters: one script, many statements
                    conn.execute(
                        "INSERT INTO mediadesk.schema_migrations(version, what) VALUES (%s, %s)",
                        (number, what),
                    )
                    log.info("office schema migration %d: %s", number, what)
                    done.append(number)
                _groups(conn)
                _grants(conn)
                conn.execute(
                    "INSERT INTO mediadesk.offices(name) SELECT 'Press office'"
                    " WHERE NOT EXISTS (SELECT 1 FROM mediadesk.offices)"
                )
        except psycopg.Error as exc:
            raise explained(exc, where) from None
    return done


def _checked_officer(name: str, role: str | None, display_name: str | None) -> None:
    if not LOGIN.fullmatch(name):
        raise KnownError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "'{value}' cannot be a user name: use lower-case letters, digits, '.', '-' or "
                    "'_', starting with a letter (at most 63).",
                ),
                value=name[:64],
            )
        )
    if role is not None and role not in schema.GROUPS:
        raise KnownError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages", "'{role}' is not a role: choose officer, clearer or admin."
                ),
                role=role,
            )
        )
    if display_name is not None and (
        not display_name.strip()
        or len(display_name) > 100
        or any(not ch.isprintable() for ch in display_name)
    ):
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Messages", 'A display name is 1 to 100 printable characters, e.g. "Alex Jones".'
            )
        )


def _verifier(conn: psycopg.Connection, name: str, password: str) -> str:
    """The password's SCRAM verifier: the server sees no password, in a statement or a log."""
    if not password:
        raise KnownError(QT_TRANSLATE_NOOP("Messages", "The password file's first line is empty."))
    return conn.pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256").decode()


def add_user(
    dsn: str, name: str, role: str, password: str, display_name: str | None = None
) -> None:
    """A new officer: a login with the password's SCRAM verifier, in the role's group."""
    import psycopg
    from psycopg import sql

    _checked_officer(name, role, display_name)
    where = described(dsn)
    with connect(dsn) as conn:
        try:
            with conn.transaction():
                if conn.execute("SELECT to_regclass('mediadesk.officers')").fetchone() == (None,):
                    raise KnownError(
                        Said(
                            QT_TRANSLATE_NOOP(
                                "Messages",
                                "The office server at {where} has no MediaDesk schema yet: run "
                                "'mediadesk server init' first.",
                            ),
                            where=where,
                        )
                    )
                if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
                    raise KnownError(
                        Said(
                            QT_TRANSLATE_NOOP(
                                "Messages",
                                "There is already a user called {value} on the office server.",
                            ),
                            value=name,
                        )
                    )
                verifier = _verifier(conn, name, password)
                conn.execute(
                    sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                        sql.Identifier(name),
                        sql.Literal(verifier),
                        sql.Identifier(group(conn, role)),
                    )
                )
                conn.execute(
                    "INSERT INTO mediadesk.officers(login, display_name, office_id, role)"
                    " VALUES (%s, %s, (SELECT min(id) FROM mediadesk.offices), %s)",
                    (name, " ".join((display_name or name).split()), role),
                )
        except psycopg.Error as exc:
            raise explained(exc, where) from None
    log.info("office server: added %s as %s", name, role)


def set_user(
    dsn: str,
    name: str,
    *,
    role: str | None = None,
    display_name: str | None = None,
    active: bool | None = None,
    password: str | None = None,
) -> None:
    """Change an officer: their role, the name others see, their password, or whether they
    may sign in at all (a disabled officer's history stays, under their name)."""
    import psycopg
    from psycopg import sql

    _checked_officer(name, role, display_name)
    where = described(dsn)
    login = sql.Identifier(name)
    with connect(dsn) as conn:
        try:
            with conn.transaction():
                found = conn.execute(
                    "SELECT role FROM mediadesk.officers WHERE login = %s FOR UPDATE", (name,)
                ).fetchone()
                if found is None:
                    raise KnownError(
                        Said(
                            QT_TRANSLATE_NOOP(
                                "Messages",
                                "There is no officer called {value} on the office server.",
                            ),
                            value=name,
                        )
                    )
                if role is not None and role != found[0]:
                    for old in schema.GROUPS:
                        conn.execute(
                            sql.SQL("REVOKE {} FROM {}").format(
                                sql.Identifier(group(conn, old)), login
                            )
                        )
                    conn.execute(
                        sql.SQL("GRANT {} TO {}").format(sql.Identifier(group(conn, role)), login)
                    )
                if password is not None:
                    conn.execute(
                        sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                            login, sql.Literal(_verifier(conn, name, password))
                        )
                    )
                if active is not None:
                    conn.execute(
                        sql.SQL("ALTER ROLE {} " + ("LOGIN" if active else "NOLOGIN")).format(login)
                    )
                conn.execute(
                    "UPDATE mediadesk.officers SET role = coalesce(%s, role),"
                    " display_name = coalesce(%s, display_name), active = coalesce(%s, active)"
                    " WHERE login = %s",
                    (
                        role,
                        None if display_name is None else " ".join(display_name.split()),
                        active,
                        name,
                    ),
                )
        except psycopg.Error as exc:
            raise explained(exc, where) from None
    log.info("office server: changed officer %s", name)
