"""Run one fuzz target under atheris: `python -m tests.fuzz.run TARGET [libFuzzer flags]`.

New inputs go to a scratch folder (first corpus argument); the seeds in
tests/fuzz/corpus/TARGET are read, never written. A crash leaves its input as crash-* in the
working folder: add it under tests/fuzz/regressions/TARGET/ so the suite keeps it fixed.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import atheris

HERE = Path(__file__).resolve().parent


def main() -> None:
    name, flags = sys.argv[1], sys.argv[2:]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with atheris.instrument_imports(include=["mediadesk"]):
        import mediadesk.domain.email_text
        import mediadesk.media.photos
        import mediadesk.net.bluesky
        import mediadesk.net.feeds
        import mediadesk.net.mastodon
        import mediadesk.net.x
        import mediadesk.services.email_intake
        import mediadesk.services.spreadsheet  # noqa: F401  (instrumented for coverage)
        from tests.fuzz.targets import TARGETS
    if name == "photo":
        from PySide6.QtGui import QGuiApplication

        app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
        assert app is not None
    target = TARGETS[name]
    scratch = tempfile.mkdtemp(prefix=f"fuzz-{name}-")
    seeds = HERE / "corpus" / name
    argv = [sys.argv[0], *flags, scratch, str(seeds)]
    atheris.Setup(argv, target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
