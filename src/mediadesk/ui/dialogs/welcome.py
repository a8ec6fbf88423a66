"""First run: the officer's name (never the OS login on the audit trail), or joining the office."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediadesk.services.office_sync import SyncReport
from mediadesk.ui.tasks import TaskRunner
from mediadesk.ui.widgets.access import named

MAX_NAME = 100


class WelcomeDialog(QDialog):
    """Asks a new officer their name; or sends them to join their office instead."""

    join_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to MediaDesk"))
        self.setMinimumWidth(440)
        intro = QLabel(
            self.tr(
                "Your name is shown as the owner of what you log and on the audit trail. "
                "If your press office shares MediaDesk, join it instead: your name then comes "
                "from the office."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.tr("e.g. Alex Jones"))
        named(self.name, self.tr("Your name"))
        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name)
        buttons = QDialogButtonBox()
        self.start = buttons.addButton(self.tr("&Start"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.join = QPushButton(self.tr("&Join my office…"))
        buttons.addButton(self.join, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.start.setEnabled(False)
        self.name.textChanged.connect(lambda text: self.start.setEnabled(bool(text.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.join.clicked.connect(self._join)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.start.setDefault(True)

    def chosen_name(self) -> str:
        return " ".join(self.name.text().split())

    def _join(self) -> None:
        self.join_requested.emit()
        self.reject()


class JoinDialog(QDialog):
    """Signs this profile in to the office server; the password goes to the keyring."""

    joined = Signal(str)  # what to say: which office, and the first sync

    def __init__(self, tasks: TaskRunner, server: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.setWindowTitle(self.tr("Join your office"))
        self.setMinimumWidth(480)  # a whole server address shows
        self.server = QLineEdit(server)
        self.server.setPlaceholderText("postgresql://db.office.example/mediadesk")
        self.server.setReadOnly(bool(server))  # the one IT's policy allows
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        named(self.server, self.tr("Office server address"))
        named(self.user, self.tr("Office user name"))
        named(self.password, self.tr("Office password"))
        form = QFormLayout()
        form.addRow(self.tr("Office &server:"), self.server)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        self.status = QLabel()
        self.status.setWordWrap(True)
        named(self.status, self.tr("Joining"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = buttons.addButton(self.tr("&Join"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._go)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.go.setDefault(True)  # once in the dialog: Enter signs in, never cancels
        (self.user if server else self.server).setFocus()

    def _go(self) -> None:
        server, user, password = self.server.text(), self.user.text().strip(), self.password.text()
        if not (server.strip() and user and password):
            self.status.setText(self.tr("Give the office server, your user name and password."))
            return
        self.go.setEnabled(False)
        self.status.setText(self.tr("Signing in to the office…"))

        def done(result: tuple[str, SyncReport]) -> None:
            office, report = result
            self.joined.emit(
                self.tr("Joined {office}: {report}.").format(office=office, report=report)
            )
            self.accept()

        def failed(message: str) -> None:
            self.go.setEnabled(True)
            self.status.setText(message)

        self.tasks.run(
            lambda desk: desk.office_sync().join(server, user, password),
            done,
            on_problem=failed,
        )
