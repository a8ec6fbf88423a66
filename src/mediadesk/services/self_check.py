"""The self-test's checks below the window: a scratch profile, the database and the libraries."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from mediadesk.errors import KnownError
from mediadesk.paths import ProfilePaths
from mediadesk.secrets import KeyringStore
from mediadesk.services.desk import Desk
from mediadesk.storage.profile import Database, Manifest, open_profile, read_manifest

Say = Callable[[str], None]


def scratch_profile(root: Path, say: Say) -> tuple[Database, KeyringStore | None, Manifest | None]:
    """A new profile under `root`, keyed in the keyring if there is one (else a passphrase)."""
    paths = ProfilePaths(root / "profile", custom=True)
    store: KeyringStore | None
    try:
        store = KeyringStore()
        say(f"keyring backend {store.backend_name}")
    except KnownError as exc:
        store = None
        say(f"no usable keyring ({exc.message.split(':')[0]}); using the passphrase path")
    database = open_profile(paths, store, passphrase=None if store else "self-test passphrase")
    return database, store, read_manifest(paths)


def check_data(desk: Desk, say: Say) -> None:
    """Write an enquiry, read it back, and prove the file on disk is encrypted and whole."""
    from mediadesk.domain.enquiry import Channel, NewEnquiry

    created = desk.enquiries.create(NewEnquiry(desk.clock(), Channel.PHONE, "Self-test"))
    assert desk.enquiries.get(created.id).subject == "Self-test"
    cipher = desk.encryption()
    head = desk.office.paths.database.read_bytes()[:16]
    assert not head.startswith(b"SQLite format 3"), "database is not encrypted"
    say(f"encrypted database (SQLCipher {cipher}) written, read back and verified")


def check_libraries(say: Say) -> None:
    """The libraries a build must carry, each made to do a little real work."""
    import openpyxl  # noqa: F401  (XLSX import and export)

    say("spreadsheet support loads")
    from mediadesk.domain.counting import bluesky_count, x_count

    weighed = x_count("Croeso 👩‍🍳 https://www.gov.wales/ 日本")
    assert weighed.used == 6 + 1 + 2 + 1 + 23 + 1 + 4, weighed
    assert bluesky_count("👩‍🍳").used == 1
    say("post counters load (X twitter-text data, Bluesky graphemes)")
    from mediadesk.services.network import check_proxy_sign_in, check_trust_store

    check_trust_store()
    say("system TLS trust store loads")
    check_proxy_sign_in()
    say("proxy sign-in (Negotiate/NTLM) loads")
    import psycopg

    from mediadesk.office.dsn import checked

    # libpq 16 or newer verifies against the system trust store (sslrootcert=system)
    assert psycopg.pq.version() >= 160000, psycopg.pq.version()
    assert "sslrootcert=system" in checked("postgresql://office.example/mediadesk")
    say(
        f"office server driver loads (libpq {psycopg.pq.version() // 10000}, {psycopg.pq.__impl__})"
    )
