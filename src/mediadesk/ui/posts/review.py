"""The composer's right-hand side: per-platform previews, the checks list, publishing results."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mediadesk.domain.links import link_html
from mediadesk.domain.platforms import Platform
from mediadesk.domain.post_checks import Finding, Severity
from mediadesk.domain.posts import ALL_PLATFORMS
from mediadesk.domain.review import Review
from mediadesk.services.outbox import Publication
from mediadesk.ui import i18n
from mediadesk.ui.links import open_link
from mediadesk.ui.posts.preview import PostPreview
from mediadesk.ui.widgets.access import named


def describe(finding: Finding) -> str:
    """How a finding reads in the checks list."""
    mark = "✖" if finding.severity is Severity.BLOCKING else "⚠"
    return f"{mark} {i18n.message(finding.message)}"


class ReviewPanel(QWidget):
    """What each platform will show, what the checks found, and what was published."""

    finding_chosen = Signal(int, int)  # start, end of the words a finding is about

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        stack = QVBoxLayout(holder)
        self.previews = {p: PostPreview(p) for p in ALL_PLATFORMS}
        for preview in self.previews.values():
            stack.addWidget(preview)
        stack.addStretch(1)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 3)
        layout.addWidget(QLabel(self.tr("<b>Checks</b>")))
        self.checks = QListWidget()
        self.checks.setWordWrap(True)
        self.checks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        named(self.checks, self.tr("Checks before clearance"))
        self.checks.itemActivated.connect(self._chosen)
        self.checks.itemClicked.connect(self._chosen)
        layout.addWidget(self.checks, 1)
        self.results = QLabel()
        self.results.setTextFormat(Qt.TextFormat.RichText)
        self.results.linkActivated.connect(open_link)
        self.results.setWordWrap(True)
        self.results.setAccessibleName(self.tr("Publishing results"))
        layout.addWidget(self.results)

    def show_review(
        self,
        review: Review,
        photos: list[QPixmap],
        accounts: dict[Platform, tuple[str, str]],
    ) -> None:
        """Previews for the chosen platforms and every finding, blocking ones first."""
        for platform, preview in self.previews.items():
            preview.setVisible(platform in review.texts)
            if platform in review.texts:
                name, handle = accounts.get(platform, (self.tr("Press Office"), "@pressoffice"))
                preview.show_text(review.texts[platform], name, handle, photos)
        self.checks.clear()
        for finding in (*review.blocking, *review.warnings):
            item = QListWidgetItem(describe(finding))
            item.setData(Qt.ItemDataRole.UserRole, (finding.start, finding.end))
            if finding.severity is Severity.BLOCKING:
                item.setForeground(Qt.GlobalColor.red)
            self.checks.addItem(item)
        if not review.findings:
            self.checks.addItem(self.tr("✔ No problems found."))

    def show_results(self, publications: list[Publication]) -> None:
        """One line per platform (and thread part): its link, its problem, or 'waiting'."""
        lines = []
        for pub in publications:
            part = f" ({pub.part + 1})" if pub.part else ""
            if pub.state == "published":
                lines.append(
                    f"{html.escape(pub.platform.label + part)}: {link_html(pub.remote_url)}"
                )
            elif pub.last_error:  # the server's own words: escaped, never markup
                lines.append(html.escape(f"{pub.platform.label}{part}: {pub.last_error}"))
            else:
                lines.append(
                    html.escape(
                        self.tr("{p}{part}: waiting to publish").format(
                            p=pub.platform.label, part=part
                        )
                    )
                )
        self.results.setText("<br>".join(lines))

    def _chosen(self, item: QListWidgetItem) -> None:
        span = item.data(Qt.ItemDataRole.UserRole)
        if span and span != (0, 0):
            self.finding_chosen.emit(*span)
