"""A real PostgreSQL for the office-server tests: Debian's server in a temporary directory.

initdb refuses to run as root, so as root the cluster belongs to the `postgres` user. The
server listens on a free loopback port and a socket in its own directory; SCRAM passwords only.
"""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote


def _bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        raise RuntimeError("PostgreSQL is not installed (apt-get install postgresql)")
    return found[-1]


def _as_owner(argv: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *argv] if os.geteuid() == 0 else argv


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Cluster:
    """One running server; `dsn` names a database on it as any user."""

    def __init__(self, root: Path, port: int, password: str) -> None:
        self.root, self.port, self.password = root, port, password

    def dsn(self, database: str = "postgres", user: str = "postgres", password: str = "") -> str:
        secret = password or (self.password if user == "postgres" else "")
        auth = f"{quote(user)}:{quote(secret, safe='')}@" if secret else f"{quote(user)}@"
        return f"postgresql://{auth}127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        """Run `sql` as the superuser, outside any transaction."""
        import psycopg

        with psycopg.connect(self.dsn(), autocommit=True) as conn:
            conn.execute(sql.encode())


@contextmanager
def running_cluster(settings: str = "", hba_first: str = "") -> Iterator[Cluster]:
    """Start a fresh cluster for the session, and stop it afterwards (`settings`: more
    server options, as `-c name=value ...`; `hba_first`: pg_hba.conf lines put before the
    SCRAM ones)."""
    root = Path(tempfile.mkdtemp(prefix="mediadesk-pg-"))
    data = root / "data"
    password = secrets.token_urlsafe(16)
    (root / "pw").write_text(password + "\n")
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(root / "pw", "postgres")
    init = [_bin("initdb"), "-D", str(data), "-U", "postgres", "-E", "UTF8"]
    init += ["--auth=scram-sha-256", f"--pwfile={root / 'pw'}", "--locale=C.UTF-8"]
    subprocess.run(_as_owner(init), check=True, capture_output=True)
    if hba_first:
        hba = data / "pg_hba.conf"
        hba.write_text(hba_first + hba.read_text())
    port = _free_port()
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off {settings}"
    start = [_bin("pg_ctl"), "-D", str(data), "-o", options, "-l", str(root / "log"), "-w"]
    subprocess.run(_as_owner([*start, "start"]), check=True, capture_output=True)
    try:
        yield Cluster(root, port, password)
    finally:
        stop = [_bin("pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]
        subprocess.run(_as_owner(stop), check=False, capture_output=True)
        shutil.rmtree(root, ignore_errors=True)
