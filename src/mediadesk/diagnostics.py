"""`mediadesk doctor`: what IT needs to know about this installation, never a secret."""

from __future__ import annotations

import platform
import sys
from collections.abc import Callable

import httpx

from mediadesk import __version__
from mediadesk.config.policy import Policy
from mediadesk.config.settings import REGISTRY, Settings, policy_problems
from mediadesk.errors import KnownError
from mediadesk.net.client import NetworkConfig, proxy_for, trust_store_description
from mediadesk.paths import ProfilePaths
from mediadesk.secrets import KeyringStore
from mediadesk.storage.db import Connection
from mediadesk.storage.integrity import full_check
from mediadesk.storage.profile import Database, needs_passphrase, open_profile, read_manifest

Out = Callable[[str], None]


def _keyring(out: Out) -> KeyringStore | None:
    try:
        store = KeyringStore()
    except KnownError as exc:
        out(f"Keyring:          unusable ({exc.message})")
        return None
    out(f"Keyring:          {store.backend_name}")
    return store


def _database(paths: ProfilePaths, store: KeyringStore | None, out: Out) -> Database | None:
    manifest = read_manifest(paths) if paths.manifest.exists() else None
    if manifest is None:
        out("Database:         no profile here yet")
        return None
    out(f"Key kept in:      {manifest.key_store.value}")
    if needs_passphrase(paths):
        out("Database:         passphrase-protected; not opened by doctor")
        return None
    try:
        database = open_profile(paths, store, create=False)
    except KnownError as exc:
        out(f"Database:         DOES NOT OPEN: {exc.message}")
        return None
    conn = database.connect()
    try:
        version, problems, integrity, count = full_check(conn)
        size = paths.database.stat().st_size
        office = _office_lines(conn)
    finally:
        conn.close()
    state = "ok" if not problems and integrity == "ok" else f"DAMAGED ({problems or integrity})"
    out(
        f"Database:         {state}; SQLCipher {version}; {count:,} enquiries; "
        f"{size / 1_048_576:.1f} MiB"
    )
    for line in office:
        out(line)
    return database


def _office_lines(conn: Connection) -> list[str]:
    """The office link as this profile records it (no network, no password)."""
    from mediadesk.office.dsn import described, parameters
    from mediadesk.storage import replica

    server = replica.state(conn, "server")
    if server is None:
        return ["Office:           none (a solo profile)"]
    state = {k: replica.state(conn, k) or "" for k in ("login", "role", "office", "synced")}
    params = parameters(server)
    tls = (
        "verified TLS (" + params.get("sslrootcert", "system") + " trust)"
        if params.get("sslmode") == "verify-full"
        else "this machine (no TLS)"
    )
    return [
        f"Office:           {state['office']} at {described(server)}, {tls}",
        f"Signed in as:     {state['login']} ({state['role']})",
        f"Last sync:        {state['synced'] or 'never'}; "
        f"{replica.waiting(conn)} changes waiting; "
        f"{replica.open_conflicts(conn)} need attention",
    ]


def _probe(url: str, config: NetworkConfig) -> tuple[str, bool]:
    """What happened asking `url` once through the proxy in force; True if IT must act."""
    from mediadesk.net.client import describe_proxy_error, make_client, proxy_sign_in_problem

    try:
        with make_client(config, timeout=httpx.Timeout(10.0, connect=5.0)) as client:
            response = client.head(url, follow_redirects=True)
    except httpx.ProxyError as exc:
        return describe_proxy_error(exc), True
    except httpx.ConnectError as exc:
        if "CERTIFICATE_VERIFY_FAILED" in str(exc):
            return "TLS verification failed (a certificate the system does not trust)", True
        return "not reached (offline, or blocked on the way)", False
    except httpx.HTTPError as exc:
        return f"not reached ({type(exc).__name__})", False
    except KnownError as exc:
        return exc.message, True
    if response.status_code == 407:
        return proxy_sign_in_problem(response.headers.get_list("proxy-authenticate")), True
    return f"reached (HTTP {response.status_code})", False


def run_doctor(
    paths: ProfilePaths, policy: Policy, url: str, out: Out = print, *, probe: bool = False
) -> int:
    """Print the report; returns 0 when everything needed works."""
    failures = 0
    out(f"MediaDesk:        {__version__} (Python {platform.python_version()}, {sys.platform})")
    out(f"Profile:          {paths.root}")
    out(f"Logs:             {paths.logs}")
    store = _keyring(out)
    database = _database(paths, store, out)
    if paths.manifest.exists() and database is None and not needs_passphrase(paths):
        failures += 1
    out(f"Policy source:    {policy.source}")
    for problem in policy_problems(policy):
        out(f"  policy problem: {problem}")
    settings_conn = database.connect() if database is not None else None
    try:
        if settings_conn is not None:
            settings = Settings(settings_conn, policy)
            get: Callable[[str], object] = settings.get
        else:
            settings = None
            defaults = {s.key: s.default for s in REGISTRY}

            def get(key: str) -> object:
                return policy.values.get(key, defaults[key])

        for setting in REGISTRY:
            locked = settings.is_locked(setting.key) if settings else setting.key in policy.values
            mark = " (set by policy)" if locked else ""
            out(f"  {setting.key} = {get(setting.key)!r}{mark}")
        config = NetworkConfig.from_settings(lambda key: str(get(key)))
    finally:
        if settings_conn is not None:
            settings_conn.close()
    try:
        proxy = proxy_for(url, config)
        out(f"Proxy for {url}: {proxy or 'direct'} (mode {config.proxy_mode.value})")
    except KnownError as exc:
        out(f"Proxy for {url}: UNKNOWN: {exc.message}")
        failures += 1
    else:
        if probe:
            outcome, must_act = _probe(url, config)
            out(f"Reaching {url}: {outcome}")
            failures += must_act
    out(f"TLS trust store:  {trust_store_description()}")
    return 1 if failures else 0
