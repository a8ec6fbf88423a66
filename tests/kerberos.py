"""A real Kerberos realm for the single sign-on test: MIT krb5's KDC in a temporary directory.

The KDC listens on a free loopback port; the realm holds officers' principals and the office
server's service principal, whose keytab PostgreSQL reads. Clients find the realm through
KRB5_CONFIG and keep their tickets in a file cache (KRB5CCNAME), as on a domain laptop.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

REALM = "MEDIADESK.TEST"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Realm:
    """A running KDC, and what a client or a server needs to use it."""

    root: Path
    port: int

    @property
    def keytab(self) -> Path:
        return self.root / "postgres.keytab"

    def env(self, cache: str = "tickets") -> dict[str, str]:
        """The environment of a laptop in this realm (its own ticket cache)."""
        return {
            "KRB5_CONFIG": str(self.root / "krb5.conf"),
            "KRB5CCNAME": f"FILE:{self.root / cache}",
        }

    def admin(self, query: str) -> None:
        subprocess.run(
            ["kadmin.local", "-r", REALM, "-q", query],
            env={**os.environ, **self.env(), "KRB5_KDC_PROFILE": str(self.root / "kdc.conf")},
            check=True,
            capture_output=True,
        )

    def add_officer(self, name: str, password: str) -> None:
        if any(ch.isspace() for ch in password):
            raise ValueError("kadmin.local splits a password at spaces")
        self.admin(f"addprinc -pw {password} {name}")

    def sign_in(self, name: str, password: str, cache: str = "tickets") -> None:
        """kinit, as signing in to Windows gets a domain user a ticket."""
        subprocess.run(
            ["kinit", f"{name}@{REALM}"],
            input=password + "\n",
            env={**os.environ, **self.env(cache)},
            check=True,
            capture_output=True,
            text=True,
        )


def tools_missing() -> str:
    """What is not installed, or ''."""
    needed = ("krb5kdc", "kdb5_util", "kadmin.local", "kinit")
    missing = [tool for tool in needed if shutil.which(tool) is None]
    return ", ".join(missing)


@contextmanager
def running_realm() -> Iterator[Realm]:
    """A fresh realm with a KDC; its service principal postgres/127.0.0.1 in a keytab."""
    root = Path(tempfile.mkdtemp(prefix="mediadesk-krb-"))
    port = _free_port()
    (root / "krb5.conf").write_text(
        "[libdefaults]\n"
        f"  default_realm = {REALM}\n"
        "  dns_lookup_kdc = false\n  dns_lookup_realm = false\n  rdns = false\n"
        "  udp_preference_limit = 1\n"
        f"[realms]\n  {REALM} = {{\n    kdc = 127.0.0.1:{port}\n  }}\n"
        f"[domain_realm]\n  127.0.0.1 = {REALM}\n  localhost = {REALM}\n"
    )
    (root / "kdc.conf").write_text(
        f"[kdcdefaults]\n  kdc_ports = {port}\n  kdc_tcp_ports = {port}\n"
        f"[realms]\n  {REALM} = {{\n    database_name = {root / 'principal'}\n"
        f"    key_stash_file = {root / 'stash'}\n    acl_file = {root / 'kadm5.acl'}\n  }}\n"
        f"[logging]\n  kdc = FILE:{root / 'kdc.log'}\n"
    )
    (root / "kadm5.acl").write_text("")
    env = {
        **os.environ,
        "KRB5_CONFIG": str(root / "krb5.conf"),
        "KRB5_KDC_PROFILE": str(root / "kdc.conf"),
    }
    subprocess.run(
        ["kdb5_util", "create", "-s", "-r", REALM, "-P", "a realm master key"],
        env=env,
        check=True,
        capture_output=True,
    )
    kdc = subprocess.Popen(["krb5kdc", "-n", "-r", REALM], env=env, stderr=subprocess.DEVNULL)
    realm = Realm(root, port)
    try:
        for principal in ("postgres/127.0.0.1", "postgres/localhost"):
            realm.admin(f"addprinc -randkey {principal}")
            realm.admin(f"ktadd -k {realm.keytab} {principal}")
        if os.geteuid() == 0:  # the server runs as postgres and reads its keytab
            shutil.chown(realm.keytab, "postgres")
            root.chmod(0o711)  # it may pass through the realm's folder, not list it
        _wait_for(port)
        yield realm
    finally:
        kdc.terminate()
        kdc.wait(timeout=10)
        shutil.rmtree(root, ignore_errors=True)


def _wait_for(port: int) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError("the KDC did not start")
