"""Write MediaDesk's icon (drawn in code) as a multi-size .ico for the installer and the exe."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication, QImageWriter

from mediadesk.ui.icon import app_icon


def main() -> int:
    target = Path(sys.argv[1])
    target.parent.mkdir(parents=True, exist_ok=True)
    app = QGuiApplication([])
    writer = QImageWriter(str(target), b"ico")
    image = app_icon().pixmap(256, 256).toImage()
    if not writer.write(image):
        print(f"could not write {target}: {writer.errorString()}", file=sys.stderr)
        return 1
    del app
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
