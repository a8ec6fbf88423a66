"""Kill a process that is saving enquiries, again and again: nothing committed is lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from mediadesk.paths import ProfilePaths
from mediadesk.secrets import KeyringStore
from mediadesk.storage.audit import verify
from mediadesk.storage.profile import open_profile

WRITER = r"""
import sys
from mediadesk.domain.enquiry import Channel, NewEnquiry
from mediadesk.paths import ProfilePaths
from mediadesk.secrets import KeyringStore
from mediadesk.services.enquiries import EnquiryService
from mediadesk.storage.profile import open_profile
from pathlib import Path

db = open_profile(ProfilePaths(Path(sys.argv[1]), custom=True), KeyringStore())
service = EnquiryService(db.connect(), "crash-test")
i = 0
while True:
    e = service.create(NewEnquiry(service.clock(), Channel.PHONE, f"crash subject {i}",
                                  journalist=f"Writer {i % 5}", outlet="Wire",
                                  questions="q" * 2000))
    service.save_draft("quicklog", {"subject": f"draft {i}"})
    print(e.ref, flush=True)
    i += 1
"""

ROUNDS = 8


def test_sigkill_never_loses_a_committed_enquiry(
    tmp_path: Path, real_keyring: KeyringStore
) -> None:
    root = tmp_path / "profile"
    open_profile(ProfilePaths(root, custom=True), real_keyring)
    committed: list[str] = []
    for round_number in range(ROUNDS):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(root)], stdout=subprocess.PIPE, text=True
        )
        assert proc.stdout is not None
        deadline = time.monotonic() + 30
        seen_this_round = 0
        while seen_this_round < 5 + round_number * 3 and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            committed.append(line.strip())
            seen_this_round += 1
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        committed += [line.strip() for line in proc.stdout.read().splitlines() if line.strip()]
        assert seen_this_round > 0, "the writer never committed anything"
    database = open_profile(ProfilePaths(root, custom=True), real_keyring)
    conn = database.connect()
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = {r[0] for r in conn.execute("SELECT ref FROM enquiries")}
    missing = [ref for ref in committed if ref not in stored]
    assert missing == []
    assert len(stored) >= len(committed)
    assert verify(conn).intact
    conn.close()
