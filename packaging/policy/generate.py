"""Write MediaDesk.admx and the en-GB and en-US MediaDesk.adml from the settings registry."""

from __future__ import annotations

import sys
from pathlib import Path

from mediadesk.config.admx import adml, admx

HERE = Path(__file__).resolve().parent
LANGUAGES = ("en-GB", "en-US")


def main() -> int:
    (HERE / "MediaDesk.admx").write_text(admx(), encoding="utf-8")
    # The Group Policy editor and Intune look for the ADML of the console's language and fall
    # back to en-US: both are shipped (the wording is British English in each).
    for language in LANGUAGES:
        (HERE / language).mkdir(exist_ok=True)
        (HERE / language / "MediaDesk.adml").write_text(adml(), encoding="utf-8")
    print(f"wrote {HERE / 'MediaDesk.admx'} and MediaDesk.adml for {', '.join(LANGUAGES)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
