"""MediaDesk in Welsh: every string translated, the .ts file in step with the code, and no
window that breaks or runs off a 1366×768 screen with the longer Welsh words."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from mediadesk.context import AppContext
from mediadesk.ui import i18n
from mediadesk.ui.mainwindow import MainWindow
from tests.conftest import ContextWithConnection
from tests.ui.test_access_keys import _dialogs as main_dialogs
from tests.ui.test_access_keys import _with_a_post, clashes, each_dialog, menu_clashes
from tests.ui.words import words

ROOT = Path(__file__).resolve().parents[2]
SCREEN_WIDTH = 1366
# Words that Welsh writes as English does.
SAME_WORDS = {"Problem", "Embargo"}


def _dialogs(ctx: AppContext, window: MainWindow) -> dict[str, Callable[[], QWidget]]:
    """The main dialogs the access-key walk opens, and every other dialog."""
    from mediadesk.ui.attention import AttentionDialog
    from mediadesk.ui.dialogs.passphrase import PassphraseDialog
    from mediadesk.ui.dialogs.settings import SettingsDialog
    from mediadesk.ui.dialogs.welcome import JoinDialog, WelcomeDialog
    from mediadesk.ui.enquiries.directory import DirectoryDialog
    from mediadesk.ui.enquiries.handover import HandoverDialog
    from mediadesk.ui.enquiries.importer import ImportDialog
    from mediadesk.ui.enquiries.report import ReportDialog
    from mediadesk.ui.enquiries.retention import RetentionDialog
    from mediadesk.ui.guide import ShortcutsDialog
    from mediadesk.ui.monitoring.gallery import ColumnDialog
    from mediadesk.ui.posts.accounts import AccountsDialog

    return {
        **main_dialogs(ctx, window),
        "settings": lambda: SettingsDialog(ctx.settings, window),
        "directory": lambda: DirectoryDialog(ctx, window),
        "report": lambda: ReportDialog(ctx.desk.report(window.enquiries.model.ids()), window),
        "attention": lambda: AttentionDialog(ctx.desk, window.tasks, window),
        "retention": lambda: RetentionDialog(ctx, window),
        "import": lambda: ImportDialog(ctx, window.tasks, window),
        "handover": lambda: HandoverDialog(ctx, window),
        "accounts": lambda: AccountsDialog(ctx, window.tasks, window),
        "column": lambda: ColumnDialog(None, window),
        "shortcuts": lambda: ShortcutsDialog(window),
        "welcome": lambda: WelcomeDialog(window),
        "join": lambda: JoinDialog(window.tasks, "", window),
        "passphrase": lambda: PassphraseDialog("Choose a passphrase.", confirm=True, parent=window),
    }


def _shown(ctx: AppContext, qtbot: QtBot, check: Callable[[QWidget], object]) -> dict[str, object]:
    """`check` of each tab of the window and of each dialog, at 1366×768."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(SCREEN_WIDTH - 8, 768 - 40)  # with its frame, the whole screen
    window.show()
    qtbot.waitUntil(lambda: window.posts is not None and window.monitoring is not None)
    found: dict[str, object] = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(50)
        found[f"tab {index}"] = check(window)
    found.update(each_dialog(qtbot, ctx, window, check, _dialogs))
    window.close()
    return found


@pytest.fixture
def welsh() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert i18n.install(app, "cy") == "cy", "the Welsh .qm file is missing: ./dev venv builds it"
    yield
    i18n.install(app, "en-GB")


def test_every_string_the_officer_sees_is_in_welsh(qtbot: QtBot, ctx: AppContext) -> None:
    _with_a_post(ctx)
    english = _shown(ctx, qtbot, words)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.install(app, "cy")
    try:
        cymraeg = _shown(ctx, qtbot, words)
    finally:
        i18n.install(app, "en-GB")
    left_in_english = {
        where: sorted(texts & english[where])  # type: ignore[operator]
        for where, texts in cymraeg.items()
    }
    data = {"Jo Minister — Cardiff, 2026-11-20", "Lines.", "Alex", "Alex Officer", "PO"}
    data |= {str(ctx.paths.root), "Choose a passphrase.", "Opened in the editor"}
    left = {k: [t for t in v if t not in data | SAME_WORDS] for k, v in left_in_english.items()}
    assert left == {k: [] for k in left}, _report(left)


def test_no_access_key_is_shared_in_welsh(qtbot: QtBot, ctx: AppContext, welsh: None) -> None:
    _with_a_post(ctx)
    found = _shown(ctx, qtbot, clashes)
    assert found == {name: {} for name in found}, _report(found)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert menu_clashes(window) == {}  # nor do two items of one menu
    window.close()


def _clipped(label: QLabel) -> bool:
    """A one-line plain label narrower than its text."""
    text = label.text()
    if not text or label.wordWrap() or "<" in text:
        return False
    return label.width() < label.minimumSizeHint().width()


def _cut_short(top: QWidget) -> list[str]:
    """Buttons and one-line labels narrower than their text, controls outside their window,
    and windows wider than a 1366-pixel screen."""
    cut = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not top:
            continue
        right = widget.mapTo(top, widget.rect().topRight()).x()
        if right > top.width() + 1:
            cut.append(f"outside the window: {type(widget).__name__} {widget.accessibleName()!r}")
        if isinstance(widget, QAbstractButton) and widget.text():
            needed = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
            if widget.width() < needed:
                cut.append(f"button cut short: {widget.text()!r}")
        elif isinstance(widget, QLabel) and _clipped(widget):
            cut.append(f"label cut short: {widget.text()!r}")
    if top.frameGeometry().width() > SCREEN_WIDTH:
        cut.append(f"wider than the screen: {top.frameGeometry().width()} px")
    return cut


def _report(found: dict[str, object]) -> str:
    return "\n".join(f"{where}: {what}" for where, what in found.items() if what)


def test_nothing_is_cut_short_in_welsh(qtbot: QtBot, ctx: AppContext, welsh: None) -> None:
    _with_a_post(ctx)
    found = _shown(ctx, qtbot, _cut_short)
    assert found == {name: [] for name in found}, _report(found)


def test_welsh_dates_and_numbers_follow_the_welsh_locale(welsh: None) -> None:
    from datetime import datetime

    moment = datetime(2026, 12, 1, 14, 30).astimezone()
    assert i18n.long_date(moment) == "Dydd Mawrth 1 Rhagfyr 2026, 14:30"
    assert QLocale().toString(1234567) == "1,234,567"


def test_the_language_is_chosen_from_the_system_unless_set() -> None:
    assert i18n.choose("system", QLocale("cy_GB")) == "cy"
    assert i18n.choose("system", QLocale("en_US")) == "en-GB"
    assert i18n.choose("en-GB", QLocale("cy_GB")) == "en-GB"
    assert i18n.choose("cy", QLocale("en_GB")) == "cy"


def test_the_translation_files_are_in_step_with_the_code() -> None:
    """A string added or changed in the code without its Welsh fails here (run
    `python tools/translations.py update`, translate, then commit the .ts file)."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "translations.py"), "check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_refusal_from_below_the_interface_is_said_in_welsh_with_its_values(
    qtbot: QtBot, ctx: AppContext, welsh: None
) -> None:
    from PySide6.QtCore import Qt

    from mediadesk.ui.enquiries.directory import DirectoryDialog

    dialog = DirectoryDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Sian Evans")
    qtbot.keyClicks(dialog.email, "not-an-address")
    save = next(b for b in dialog.findChildren(QAbstractButton) if b.text() == "&Cadw")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Nid yw 'not-an-address' yn gyfeiriad e-bost."


def test_a_sentence_without_welsh_stays_in_english_with_its_values(welsh: None) -> None:
    from mediadesk.words import Said

    said = Said("No translation has {n} words.", n=5)
    assert said == "No translation has 5 words."
    assert i18n.message(said) == "No translation has 5 words."


def test_a_date_inside_a_sentence_is_named_in_welsh(welsh: None) -> None:
    from datetime import datetime

    from mediadesk.words import QT_TRANSLATE_NOOP, Said

    embargo = datetime(2026, 12, 2, 10, 30).astimezone()
    said = Said(
        QT_TRANSLATE_NOOP("Messages", "The embargo is {embargo:%d %B %H:%M}; choose a later time."),
        embargo=embargo,
    )
    assert said == "The embargo is 02 December 10:30; choose a later time."
    assert i18n.message(said) == "Mae'r embargo am 02 Rhagfyr 10:30; dewiswch amser hwyrach."


def test_every_control_has_a_welsh_name_for_screen_readers(
    qtbot: QtBot, ctx: AppContext, welsh: None
) -> None:
    from tests.ui.accessibility import problems

    _with_a_post(ctx)
    found = _shown(ctx, qtbot, problems)
    assert found == {name: [] for name in found}, _report(found)


def test_the_handover_sheet_is_written_in_welsh(qtbot: QtBot, ctx: AppContext, welsh: None) -> None:
    from datetime import timedelta

    from mediadesk.domain.enquiry import Channel, NewEnquiry
    from mediadesk.ui.enquiries.handover import HandoverDialog

    now = ctx.clock()
    ctx.desk.enquiries.create(
        NewEnquiry(now, Channel.PHONE, "Bus lanes", deadline=now + timedelta(hours=2))
    )
    dialog = HandoverDialog(ctx)
    qtbot.addWidget(dialog)
    assert "Trosglwyddo dyletswydd: ymholiadau agored" in dialog.html
    assert "<html lang='cy'>" in dialog.html
    assert "1 ar agor, 0 yn hwyr" in dialog.html
    assert "mewn 2 awr" in dialog.html  # the countdown
    assert "Newydd" in dialog.html  # the status label


def test_the_monitoring_digest_is_written_in_welsh(ctx: AppContext, welsh: None) -> None:
    from mediadesk.services import digest

    page = digest.digest_html([], "Crynodeb monitro", ctx.clock(), i18n.speech())
    assert "<html lang='cy'>" in page
    assert "<th>Ffynhonnell</th>" in page and "· 0 eitem" in page
    assert "table{border-collapse:collapse" in page  # its style sheet is CSS, not {{…}}


def test_monitoring_columns_say_their_state_and_ages_in_welsh(
    qtbot: QtBot, ctx: ContextWithConnection, welsh: None
) -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    from demo_data import populate_monitoring

    populate_monitoring(ctx.conn, ctx.clock())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.monitoring is not None and bool(window.monitoring.widgets))
    assert window.monitoring is not None
    column = next(iter(window.monitoring.widgets.values()))
    qtbot.waitUntil(lambda: column.state.text() != "")
    assert column.state.text().startswith(("Diweddarwyd", "Heb ei nôl eto")), column.state.text()
    model = column.view.model()
    said = str(model.data(model.index(0, 0), Qt.ItemDataRole.AccessibleTextRole))
    assert said.endswith(" yn ôl"), said  # "… 12 mun yn ôl"
    window.close()
