"""Where ../shared is: beside the checkout, or MEDIADESK_SHARED (mutation runs copy the tree)."""

from __future__ import annotations

import os
from pathlib import Path


def shared_dir() -> Path:
    """The shared folder with the reference data the tests read."""
    named = os.environ.get("MEDIADESK_SHARED")
    return Path(named) if named else Path(__file__).resolve().parents[2] / "shared"
