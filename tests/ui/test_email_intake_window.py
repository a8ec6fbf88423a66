"""Dropping a journalist's .eml on the Enquiries tab opens the quick log filled in from it;
the deadline it asks for is offered, and set only when the officer says so."""

from __future__ import annotations

from datetime import timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from mediadesk.context import AppContext
from mediadesk.domain.deadlines import QuickDeadline
from mediadesk.domain.enquiry import Channel, Contact
from mediadesk.ui.enquiries.quicklog import QuickLogDialog
from mediadesk.ui.mainwindow import MainWindow


def _drop(qtbot: QtBot, target: object, path: Path) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    where = QPoint(20, 20)
    actions = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where, actions, data, buttons, keys)
    QApplication.sendEvent(target, enter)  # type: ignore[arg-type]
    assert enter.isAccepted()  # the tab takes the file
    QApplication.sendEvent(target, QDropEvent(where, actions, data, buttons, keys))  # type: ignore[arg-type]


def _eml(tmp_path: Path, ctx: AppContext, body: str, name: str = "question.eml") -> Path:
    message = EmailMessage()
    message["From"] = "Siân Evans <sian@westernmail.example>"
    message["Subject"] = "School meals figures"
    message["Date"] = format_datetime(ctx.clock() - timedelta(minutes=10))
    message.set_content(body)
    path = tmp_path / name
    path.write_bytes(bytes(message))
    return path


def test_a_dropped_email_fills_the_quick_log_and_offers_its_deadline(
    qtbot: QtBot, ctx: AppContext, window: MainWindow, tmp_path: Path
) -> None:
    ctx.desk.directory.save(Contact(0, "Siân Evans"), "Western Mail")
    path = _eml(tmp_path, ctx, "How many meals were served? Reply by end of day.\n\nThanks,\nSiân")
    _drop(qtbot, window.enquiries, path)
    qtbot.waitUntil(lambda: bool(window.findChildren(QuickLogDialog)))
    dialog = window.findChildren(QuickLogDialog)[-1]
    assert dialog.journalist.text() == "Siân Evans"  # found in the directory by name
    assert dialog.outlet.text() == "Western Mail"
    assert dialog.subject.text() == "School meals figures"
    assert dialog.questions.toPlainText() == "How many meals were served? Reply by end of day."
    assert dialog.channel.value() is Channel.EMAIL
    assert dialog.proposal.isVisible() and "“end of day”" in dialog.proposal.text()
    assert dialog.deadline_choice.currentData() is not QuickDeadline.CUSTOM  # not set by it
    qtbot.mouseClick(dialog.use_proposal, Qt.MouseButton.LeftButton)
    chosen = dialog.deadline(ctx.clock())
    assert chosen is not None and (chosen.hour, chosen.minute) == (17, 30)
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.enquiries.model.rowCount() == 1)
    logged = window.enquiries.model.enquiry(0)
    assert logged is not None and logged.channel is Channel.EMAIL and logged.deadline == chosen
    qtbot.waitUntil(
        lambda: ctx.desk.directory.match_sender("", "sian@westernmail.example") is not None
    )  # her address is kept: the next message is matched by it


def test_a_dropped_file_that_is_not_an_email_is_refused_in_a_sentence(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    bad = tmp_path / "notes.eml"
    bad.write_bytes(b"\x00\x01 not an email")
    _drop(qtbot, window.enquiries, bad)
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox)))
    box = window.findChildren(QMessageBox)[-1]
    assert box.text() == "This file is not an email message MediaDesk can read."
    assert not window.findChildren(QuickLogDialog)
