"""Office server addresses (libpq URIs): verified TLS to anything but this machine, never logged.

libpq's own default (`sslmode=prefer`) falls back to plain text and never checks whose
certificate it is; MediaDesk asks for `verify-full` against the system trust store (or the
root certificate IT names) unless the server is on this machine.
"""

from __future__ import annotations

from mediadesk.errors import KnownError
from mediadesk.words import QT_TRANSLATE_NOOP, Said

LOOPBACK = ("127.0.0.1", "localhost", "::1")
MAX_DSN = 4096
DEAD_PEER = {
    "keepalives": "1",
    "keepalives_idle": "10",
    "keepalives_interval": "5",
    "keepalives_count": "3",
    "tcp_user_timeout": "30000",
}


def parameters(dsn: str) -> dict[str, str]:
    """The address's libpq parameters (KnownError if it is not one)."""
    from psycopg.conninfo import conninfo_to_dict

    text = dsn.strip()
    if not text or len(text) > MAX_DSN or "\x00" in text:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "That is not an office server address (postgresql://HOST:PORT/DATABASE).",
            )
        )
    try:
        params = conninfo_to_dict(text)
    except Exception as exc:  # psycopg.ProgrammingError: libpq's parser said no
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "That is not an office server address: write it as "
                "postgresql://HOST:PORT/DATABASE.",
            )
        ) from exc
    return {key: str(value) for key, value in params.items() if value is not None}


def _local(params: dict[str, str]) -> bool:
    """Whether every host named is this machine (a socket folder counts)."""
    hosts = [h for h in (params.get("hostaddr") or params.get("host") or "").split(",") if h]
    return bool(hosts) and all(h in LOOPBACK or h.startswith("/") for h in hosts)


def checked(dsn: str, root_certificate: str = "") -> str:
    """`dsn` with verified TLS required, or KnownError saying why it may not be used."""
    from psycopg.conninfo import make_conninfo

    params = parameters(dsn)
    if not (params.get("host") or params.get("hostaddr")):
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Messages", "The office server address names no host: postgresql://HOST:PORT/DB."
            )
        )
    if not _local(params):
        mode = params.get("sslmode", "verify-full")
        if mode != "verify-full":
            raise KnownError(
                Said(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "MediaDesk talks to the office server only over verified TLS: use "
                        "sslmode=verify-full instead of sslmode={mode}.",
                    ),
                    mode=mode,
                )
            )
        params["sslmode"] = "verify-full"
        params.setdefault("sslrootcert", root_certificate or "system")
    params.setdefault("application_name", "MediaDesk")
    # A dropped VPN or a sleeping NAT leaves a connection that answers nothing: hear of it
    # within about 30 s (keepalives while waiting, a limit on unanswered data), not never.
    for key, value in DEAD_PEER.items():
        params.setdefault(key, value)
    return make_conninfo("", **params)


def described(dsn: str) -> str:
    """The address without its password, for messages and logs."""
    try:
        params = parameters(dsn)
    except KnownError:
        return "(not an address)"
    host = params.get("host") or params.get("hostaddr") or "?"
    port = params.get("port", "5432")
    return f"{params.get('user', '') + '@' if params.get('user') else ''}{host}:{port}/" + (
        params.get("dbname", "")
    )
