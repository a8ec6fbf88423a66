"""Settings with IT policy, import, directory, report, handover and retention dialogs."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from mediadesk.config.policy import Policy
from mediadesk.config.settings import Settings
from mediadesk.context import AppContext
from mediadesk.domain.enquiry import Channel, NewEnquiry, Status
from mediadesk.storage import directory as store
from mediadesk.storage import enquiries as repo
from mediadesk.ui.dialogs.settings import MANAGED, SettingsDialog
from mediadesk.ui.enquiries.directory import DirectoryDialog
from mediadesk.ui.enquiries.handover import write_pdf
from mediadesk.ui.enquiries.importer import ImportDialog
from mediadesk.ui.enquiries.report import ReportDialog
from mediadesk.ui.enquiries.retention import RetentionDialog
from mediadesk.ui.mainwindow import MainWindow
from mediadesk.ui.tasks import TaskRunner
from tests.conftest import FakeClock


def test_policy_locked_settings_are_disabled_and_say_so(qtbot: QtBot, ctx: AppContext) -> None:
    settings = Settings(ctx.conn, Policy({"enquiries.retention_months": 12}, "test"))
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    locked = dialog.controls["enquiries.retention_months"]
    assert not locked.isEnabled()
    assert locked.toolTip() == MANAGED
    assert any(label.text() == MANAGED for label in dialog.findChildren(QLabel))
    free = dialog.controls["enquiries.reminder_minutes"]
    assert free.isEnabled()
    free.setFocus()
    free.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(free, "15")
    dialog.save()
    assert settings.get("enquiries.reminder_minutes") == 15
    assert settings.get("enquiries.retention_months") == 12


def test_every_control_in_the_main_window_has_an_accessible_name(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit

    unnamed = []
    for kind in (QLineEdit, QComboBox, QPlainTextEdit, QAbstractButton):
        for widget in window.findChildren(kind):
            if not widget.isVisibleTo(window) or widget.parent() is None:
                continue
            text = widget.text() if isinstance(widget, QAbstractButton) else ""
            if not (widget.accessibleName() or text):
                owner = widget.parent()
                if owner is not None and type(owner).__name__ in (
                    "QComboBox",
                    "QDateTimeEdit",
                    "QDateEdit",
                    "QSpinBox",
                ):
                    continue  # the inner line edit of a named compound control
                unnamed.append(f"{type(widget).__name__} in {type(owner).__name__}")
    assert unnamed == []


CSV = """\
Date received,Journalist,Outlet,Topic,Query,Deadline
21/11/2026 14:30,Jane Smith,Daily Bugle,School meals,How many?,21/11/2026 17:00
31/11/2026 09:00,Omar Khan,Northern Echo,Rail strike,Talks?,
"""


def test_import_dialog_reports_rows_and_imports_only_when_clean(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "log.csv"
    path.write_text(CSV, encoding="utf-8")
    tasks = TaskRunner(ctx.desks())
    dialog = ImportDialog(ctx, tasks)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.load(path)
    assert dialog.combos["subject"].currentText() == "Topic"
    assert dialog.preview.rowCount() == 2
    assert dialog.errors.count() == 1 and dialog.errors.item(0).text().startswith("Row 3:")
    assert not dialog.import_button.isEnabled()
    path.write_text(CSV.replace("31/11/2026", "30/11/2026"), encoding="utf-8")
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.load(path)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=5000) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert signal.args == [2]
    assert len(store.contacts(ctx.conn)) == 2
    tasks.shutdown()


def test_directory_warns_of_duplicates_and_shows_history(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx.enquiries().create(
        NewEnquiry(
            ctx.clock(), Channel.PHONE, "Bins strike", journalist="Jane Smith", outlet="Daily Bugle"
        )
    )
    dialog = DirectoryDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    dialog.table.selectRow(0)
    assert dialog.history.count() == 1 and "Bins strike" in dialog.history.item(0).text()
    dialog.new_contact()
    qtbot.keyClicks(dialog.name, "JANE SMITH")
    qtbot.keyClicks(dialog.outlet, "Evening Post")
    asked: list[str] = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog.save()
    assert asked and "Jane Smith" in asked[0]
    assert len(store.contacts(ctx.conn)) == 1
    dialog.email.setText("not-an-email")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    dialog.save()
    assert "not an email address" in dialog.error.text()
    dialog.email.setText("jane@evening.example")
    dialog.save()
    assert len(store.contacts(ctx.conn)) == 2


def test_report_dialog_charts_the_view(qtbot: QtBot, ctx: AppContext) -> None:
    for subject in ("A", "B", "C"):
        ctx.enquiries().create(
            NewEnquiry(ctx.clock(), Channel.PHONE, subject, outlet="Trade Weekly", tags=("health",))
        )
    from mediadesk.services.reports import build
    from mediadesk.storage import enquiries as repo

    dialog = ReportDialog(build(repo.search(ctx.conn, repo.EnquiryFilter()), ctx.clock()))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.by_tag.accessibleDescription() == "health: 3"
    assert "3" in dialog.per_week.accessibleDescription()
    image = dialog.grab().toImage()
    assert not image.isNull() and image.width() > 500


def test_the_report_saves_as_a_picture_and_a_pdf(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    from PySide6.QtGui import QImage

    from mediadesk.services.reports import build
    from mediadesk.storage import enquiries as repo

    ctx.enquiries().create(NewEnquiry(ctx.clock(), Channel.PHONE, "A", tags=("health",)))
    dialog = ReportDialog(build(repo.search(ctx.conn, repo.EnquiryFilter()), ctx.clock()))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save(tmp_path / "report.png", "png")
    dialog.save(tmp_path / "report.pdf", "pdf")
    picture = QImage(str(tmp_path / "report.png"))
    assert picture.width() > 500 and picture.height() < dialog.height()  # figures, no buttons
    pdf = (tmp_path / "report.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and b"/Image" in pdf and len(pdf) > 10_000


def test_handover_pdf_is_written(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    ctx.enquiries().create(
        NewEnquiry(
            ctx.clock(), Channel.PHONE, "Open one", deadline=ctx.clock() + timedelta(hours=1)
        )
    )
    from mediadesk.services.handover import sheet_html

    out = tmp_path / "handover.pdf"
    write_pdf(sheet_html(ctx.enquiries().open_by_deadline(), ctx.clock(), "Alex"), out)
    assert out.read_bytes().startswith(b"%PDF")


def test_retention_dialog_anonymises_checked_enquiries(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx.enquiries().create(
        NewEnquiry(ctx.clock(), Channel.PHONE, "Ancient story", journalist="Old Hack")
    )
    clock.now += timedelta(days=1000)
    dialog = RetentionDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.disposed):
        qtbot.mouseClick(dialog.anonymise, Qt.MouseButton.LeftButton)
    assert ctx.enquiries().get(1).journalist == ""


def test_many_qt_calls_returning_none_do_not_abort(qtbot: QtBot) -> None:
    """PySide6 6.12.0 on CPython 3.11 aborts after ~5,000 such calls (DESIGN.md)."""
    label = QLabel()
    qtbot.addWidget(label)
    for i in range(50_000):
        label.setText(str(i))
    QCoreApplication.processEvents()
    assert label.text() == "49999"


def test_passphrase_dialog_insists_on_a_strong_repeated_passphrase(qtbot: QtBot) -> None:
    from mediadesk.ui.dialogs.passphrase import PassphraseDialog

    dialog = PassphraseDialog("No secure keyring is available.", confirm=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first, "short")
    qtbot.keyClicks(dialog.second, "short")
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    assert "at least 12" in dialog.error.text() and dialog.isVisible()
    dialog.first.setText("a long passphrase here")
    dialog.second.setText("a long passphrase there")
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    assert "differ" in dialog.error.text()
    dialog.second.setText("a long passphrase here")
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.passphrase() == "a long passphrase here"


def test_theme_setting_applies_when_saved(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtGui import QPalette

    window.open_settings()
    dialog = window.findChildren(SettingsDialog)[-1]
    combo = dialog.controls["ui.theme"]
    combo.setCurrentText("Dark")  # type: ignore[attr-defined]
    dialog.save()
    qtbot.waitUntil(lambda: "Settings saved" in window.statusBar().currentMessage())
    base = QApplication.instance().palette().color(QPalette.ColorRole.Window)  # type: ignore[union-attr]
    assert base.lightness() < 100
    window.ctx.settings.set("ui.theme", "light")
    window._settings_saved()


def test_choosing_welsh_is_kept_and_applies_at_the_next_start(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.open_settings()
    dialog = window.findChildren(SettingsDialog)[-1]
    combo = dialog.controls["ui.language"]
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "As the system",
        "English",
        "Cymraeg (Welsh)",
    ]
    combo.setCurrentText("Cymraeg (Welsh)")
    dialog.save()
    qtbot.waitUntil(lambda: "next time" in window.statusBar().currentMessage())
    assert window.ctx.settings.text("ui.language") == "cy"


def test_the_language_can_be_locked_by_policy(qtbot: QtBot, ctx: AppContext) -> None:
    locked = Settings(ctx.conn, Policy({"ui.language": "cy"}, "test"))
    dialog = SettingsDialog(locked)
    qtbot.addWidget(dialog)
    combo = dialog.controls["ui.language"]
    assert not combo.isEnabled()
    assert combo.toolTip() == "Managed by your organisation"
    assert isinstance(combo, QComboBox) and combo.currentText() == "Cymraeg (Welsh)"


def test_export_and_report_from_the_menus_run_in_the_background(
    qtbot: QtBot,
    window: MainWindow,
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import openpyxl
    from PySide6.QtWidgets import QFileDialog

    for subject in ("Alpha", "Beta"):
        ctx.enquiries().create(
            NewEnquiry(
                ctx.clock(), Channel.PHONE, subject, deadline=ctx.clock() + timedelta(hours=1)
            )
        )
    window.enquiries.refresh()
    qtbot.waitUntil(lambda: window.enquiries.model.rowCount() == 2)
    target = tmp_path / "view.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel workbook (*.xlsx)")
    )
    window.export_action.trigger()
    qtbot.waitUntil(lambda: "Exported 2 enquiries" in window.statusBar().currentMessage())
    sheet = openpyxl.load_workbook(target).worksheets[0]
    assert sorted(sheet.cell(r, 7).value for r in (2, 3)) == ["Alpha", "Beta"]
    window.open_report()
    qtbot.waitUntil(lambda: bool(window.findChildren(ReportDialog)))
    assert window.findChildren(ReportDialog)[-1].per_week.accessibleDescription().endswith(": 2")


def test_the_import_dialog_maps_an_offices_own_words_by_keyboard(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "log.csv"
    path.write_text(
        "Date received,Topic,Status,Method\n"
        "21/11/2026 10:00,Meals,Chazed,Tel\n"
        "22/11/2026 11:00,Rail,Open,Pigeon\n",
        encoding="utf-8",
    )
    tasks = TaskRunner(ctx.desks())
    dialog = ImportDialog(ctx, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.load(path)
    assert dialog.values_box.isVisible()
    messages = [dialog.errors.item(i).text() for i in range(dialog.errors.count())]
    assert messages == [
        "Row 2: column \"Status\": 'Chazed' is not a status MediaDesk knows (use one of: New, "
        "In progress, Awaiting clearance, Cleared, Responded, Closed, Declined, No response, "
        "or map it to one).",
        "Row 3: column \"Method\": 'Pigeon' is not a channel MediaDesk knows (use one of: "
        "Phone, Email, Social media, In person, or map it to one).",
    ]
    status = next(
        c for c in dialog.values_box.findChildren(QComboBox) if "Chazed" in c.accessibleName()
    )
    channel = next(
        c for c in dialog.values_box.findChildren(QComboBox) if "Pigeon" in c.accessibleName()
    )
    status.setFocus()
    qtbot.keyClicks(status, "In progress")
    channel.setFocus()
    qtbot.keyClicks(channel, "In person")
    assert dialog.errors.count() == 0 and dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=5000) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert signal.args == [2]
    rows = repo.search(ctx.conn, repo.EnquiryFilter(descending=False))
    assert [(e.status, e.channel) for e in rows] == [
        (Status.IN_PROGRESS, Channel.PHONE),
        (Status.IN_PROGRESS, Channel.IN_PERSON),
    ]
    tasks.shutdown()


def test_cancelling_an_import_under_way_imports_nothing_and_keeps_the_dialog(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "big.csv"
    rows = [CSV.splitlines()[0]]
    rows += [f"21/11/2026 14:30,Jane Smith,Daily Bugle,Topic {n},Query {n}," for n in range(20_000)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    tasks = TaskRunner(ctx.desks())
    dialog = ImportDialog(ctx, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.loaded, timeout=30_000):
        dialog.load(path)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.progress.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Cancel while it runs
    qtbot.waitUntil(lambda: "Import cancelled" in dialog.summary.text(), timeout=30_000)
    assert "Nothing was imported" in dialog.summary.text()
    assert dialog.isVisible() and dialog.import_button.isEnabled()
    assert ctx.conn.execute("SELECT count(*) FROM enquiries").fetchone()[0] == 0
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing running now: Esc closes
    assert not dialog.isVisible()
    tasks.shutdown()


def test_the_report_is_made_again_for_the_period_chosen(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    now = ctx.clock()  # a Friday
    for days, subject in ((0, "This week"), (7, "Last week"), (8, "Last week too")):
        ctx.enquiries().create(NewEnquiry(now - timedelta(days=days), Channel.PHONE, subject))
    window.enquiries.refresh()
    qtbot.waitUntil(lambda: window.enquiries.model.rowCount() == 3)
    window.open_report()
    qtbot.waitUntil(lambda: bool(window.findChildren(ReportDialog)))
    dialog = window.findChildren(ReportDialog)[-1]
    assert dialog.headline.text().startswith("<b>3</b> enquiries")
    dialog.period.setCurrentIndex(dialog.period.findData("Last week"))
    qtbot.waitUntil(lambda: dialog.headline.text().startswith("<b>2</b> enquiries"))
    dialog.period.setCurrentIndex(dialog.period.findData("This week"))
    qtbot.waitUntil(lambda: dialog.headline.text().startswith("<b>1</b> enquiry "))
    dialog.close()


def test_the_report_covers_custom_dates_chosen_in_the_dialog(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    now = ctx.clock()
    for days in (0, 3, 10, 40):
        ctx.enquiries().create(NewEnquiry(now - timedelta(days=days), Channel.PHONE, f"{days}"))
    window.enquiries.refresh()
    qtbot.waitUntil(lambda: window.enquiries.model.rowCount() == 4)
    window.open_report()
    qtbot.waitUntil(lambda: bool(window.findChildren(ReportDialog)))
    dialog = window.findChildren(ReportDialog)[-1]
    assert not dialog.first.isVisible()
    dialog.period.setCurrentIndex(dialog.period.findData("Custom dates"))
    assert dialog.first.isVisible() and dialog.last.isVisible()
    today = now.astimezone().date()
    dialog.last.setDate(today - timedelta(days=2))  # set in either order: they are sorted
    dialog.first.setDate(today - timedelta(days=12))
    qtbot.waitUntil(lambda: dialog.headline.text().startswith("<b>2</b> enquiries"))
    dialog.close()
