"""Per-platform previews that look like the post will: name, text with links, photos, count."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from mediadesk.domain.platforms import Platform
from mediadesk.domain.review import PlatformText
from mediadesk.ui.widgets.labels import markup_label

_RICH = re.compile(r"(https?://[^\s<]+)|((?<![\w@])@[\w.-]+(?:@[\w.-]+)?)|((?<![\w#&])#\w+)")


def rich(text: str, colour: str, url_chars: int | None = None) -> str:
    """Text as HTML with links, mentions and hashtags coloured as the platform shows them."""
    out = []
    last = 0
    for match in _RICH.finditer(text):
        out.append(html.escape(text[last : match.start()]))
        shown = match.group(0)
        if match.group(1) and url_chars:
            bare = shown.split("://", 1)[1]
            shown = bare if len(bare) <= url_chars else bare[: url_chars - 1] + "…"
        out.append(f'<span style="color:{colour}">{html.escape(shown)}</span>')
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out).replace("\n", "<br>")


class PostPreview(QFrame):
    """One platform's preview: every part of the post (a thread shows each part)."""

    def __init__(self, platform: Platform, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.platform = platform
        self.setObjectName("preview")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("{p} preview").format(p=platform.label))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(10, 8, 10, 8)
        title = QLabel(f"<b>{platform.label}</b>")
        self._layout.addWidget(title)
        self._body = QVBoxLayout()
        self._layout.addLayout(self._body)
        self.count_label = markup_label()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.count_label.setAccessibleName(self.tr("{p} length").format(p=platform.label))
        self._layout.addWidget(self.count_label)
        self.parts: list[QLabel] = []

    def show_text(self, text: PlatformText, name: str, handle: str, photos: list[QPixmap]) -> None:
        """Render `text` (one card per part) with the account's name and the photos."""
        while self._body.count():
            item = self._body.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.parts = []
        accent, url_chars = self.platform.facts.accent, self.platform.facts.url_shown
        for index, part in enumerate(text.parts):
            card = QWidget()
            row = QHBoxLayout(card)
            row.setContentsMargins(0, 4, 0, 4)
            avatar = QLabel("".join(w[0] for w in name.split()[:2]).upper() or "PO")
            avatar.setFixedSize(36, 36)
            avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
            avatar.setStyleSheet(
                f"background:{accent}; color:white; border-radius:18px; font-weight:bold;"
            )
            row.addWidget(avatar, 0, Qt.AlignmentFlag.AlignTop)
            column = QVBoxLayout()
            column.addWidget(
                QLabel(
                    f"<b>{html.escape(name)}</b> <span style='color:gray'>"
                    f"{html.escape(handle)}</span>"
                )
            )
            label = QLabel(rich(part, accent, url_chars))
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(
                self.tr("{p} post {n}").format(p=self.platform.label, n=index + 1)
            )
            column.addWidget(label)
            self.parts.append(label)
            if index == 0 and photos:
                grid = QGridLayout()
                grid.setSpacing(2)
                width = 220 if len(photos) == 1 else 108
                for n, pixmap in enumerate(photos):
                    thumb = QLabel()
                    thumb.setPixmap(
                        pixmap.scaled(
                            width,
                            width * 3 // 4,
                            Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                            Qt.TransformationMode.SmoothTransformation,
                        ).copy(0, 0, width, width * 3 // 4)
                    )
                    thumb.setAccessibleName(
                        self.tr("Photo {n} in the {p} preview").format(
                            n=n + 1, p=self.platform.label
                        )
                    )
                    grid.addWidget(thumb, n // 2, n % 2)
                column.addLayout(grid)
            row.addLayout(column, 1)
            self._body.addWidget(card)
        worst = max(text.counts, key=lambda c: c.used - c.limit)
        parts = f" · {len(text.parts)} posts" if len(text.parts) > 1 else ""
        extra = f" · {worst.extra}" if worst.extra else ""
        colour = "#c62828" if not worst.valid and worst.used else "gray"
        self.count_label.setText(
            f"<span style='color:{colour}'>{worst.used} / {worst.limit}{parts}{extra}</span>"
        )
