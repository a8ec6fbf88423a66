"""A reminders bar that stays until the officer acknowledges it.

Tray balloons vanish under Focus Assist (on by itself while presenting), so every reminder
also lands here and flashes the taskbar button; nothing is missed by looking away.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QToolBar, QWidget

from mediadesk.ui.widgets.labels import plain_label

SHOWN = 3


class RemindersBar(QToolBar):
    """The reminders not yet acknowledged, newest first, with one Dismiss."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminders")
        self.setWindowTitle(self.tr("Reminders"))
        self.setMovable(False)
        self.setFloatable(False)
        self.setStyleSheet("QToolBar#reminders { background: #fff4ce; border: 0; }")
        self.lines: list[str] = []
        self.text: QLabel = plain_label()
        self.text.setStyleSheet("color: #3b2f00; padding: 4px;")
        self.text.setAccessibleName(self.tr("Deadline reminders"))
        self.addWidget(self.text)
        self.dismiss = QPushButton(self.tr("&Dismiss reminders"))
        self.dismiss.clicked.connect(self.acknowledge)
        self.addWidget(self.dismiss)
        self.setVisible(False)

    def add(self, line: str) -> None:
        self.lines.insert(0, line)
        shown = "   ·   ".join(self.lines[:SHOWN])
        more = len(self.lines) - SHOWN
        if more > 0:
            shown += self.tr("   ·   and {n} more").format(n=more)
        self.text.setText(shown)
        self.setVisible(True)

    def acknowledge(self) -> None:
        self.lines = []
        self.text.setText("")
        self.setVisible(False)
