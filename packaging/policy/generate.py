"""Write MediaDesk.admx and en-GB/MediaDesk.adml from the settings registry."""

from __future__ import annotations

import sys
from pathlib import Path

from mediadesk.config.admx import adml, admx

HERE = Path(__file__).resolve().parent


def main() -> int:
    (HERE / "MediaDesk.admx").write_text(admx(), encoding="utf-8")
    (HERE / "en-GB").mkdir(exist_ok=True)
    (HERE / "en-GB" / "MediaDesk.adml").write_text(adml(), encoding="utf-8")
    print(f"wrote {HERE / 'MediaDesk.admx'} and {HERE / 'en-GB' / 'MediaDesk.adml'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
