"""The interface language: Welsh or British English, from Settings, IT policy or the system."""

from __future__ import annotations

import logging
import re
from datetime import date, datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTranslator

from mediadesk.words import Said, Speech

log = logging.getLogger(__name__)

SOURCE = "en-GB"  # the language the code is written in
LANGUAGES = ("en-GB", "cy")
QM_DIR = Path(__file__).resolve().parent.parent / "translations"
_installed: list[QTranslator] = []


def choose(setting: str, system: QLocale | None = None) -> str:
    """The language to use: the setting's, or the system's when it is Welsh ("system")."""
    if setting in LANGUAGES:
        return setting
    system = system or QLocale.system()
    return "cy" if system.language() == QLocale.Language.Welsh else SOURCE


def locale_for(language: str) -> QLocale:
    """The locale whose dates and numbers go with language."""
    return QLocale("cy_GB" if language == "cy" else "en_GB")


def install(app: QCoreApplication, language: str) -> str:
    """Load language's translations into app and make its locale the default; return it.

    A missing or unreadable translation file leaves the interface in English (and says so in
    the log) rather than stopping MediaDesk.
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(locale_for(language))
    translator = QTranslator(app)
    # English's file holds only its plural forms ("1 enquiry", "2 enquiries").
    name = "en" if language == SOURCE else language
    if not translator.load(str(QM_DIR / f"mediadesk_{name}.qm")):
        log.warning("no translations for %s in %s; using English", language, QM_DIR)
        QLocale.setDefault(locale_for(SOURCE))
        return SOURCE
    app.installTranslator(translator)
    _installed.append(translator)
    return language


def _qt(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def long_date(moment: datetime) -> str:
    """'Tuesday 1 December 2026, 14:30' in the interface language."""
    return QLocale().toString(_qt(moment), "dddd d MMMM yyyy, HH:mm")


def date_time(moment: datetime) -> str:
    """'01/12/2026 14:30'."""
    return QLocale().toString(_qt(moment), "dd/MM/yyyy HH:mm")


def date_only(moment: datetime) -> str:
    """'01/12/2026'."""
    return QLocale().toString(_qt(moment), "dd/MM/yyyy")


def short(moment: datetime) -> str:
    """'01/12 14:30', for lists where the year goes without saying."""
    return QLocale().toString(_qt(moment), "dd/MM HH:mm")


def day_month_time(moment: datetime) -> str:
    """'1 December 14:30'."""
    return QLocale().toString(_qt(moment), "d MMMM HH:mm")


def day_month(day: date) -> str:
    """'1 Dec', for chart axes."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


class _Labelled(Protocol):
    @property
    def label(self) -> str: ...


def label(member: _Labelled) -> str:
    """A domain value's label (a status, a channel…) in the interface language."""
    return QCoreApplication.translate("Labels", member.label)


def countdown_words(text: str) -> str:
    """Translate the words of a deadline countdown (see domain.deadlines.countdown)."""
    return QCoreApplication.translate("Countdown", text)


# strftime's codes as Qt's date format (what MediaDesk's sentences use), for the locale's names.
_QT_CODES = {
    "%d": "dd", "%e": "d", "%B": "MMMM", "%b": "MMM", "%A": "dddd", "%a": "ddd",
    "%m": "MM", "%Y": "yyyy", "%H": "HH", "%M": "mm",
}  # fmt: skip


class _LocalTime:
    """A datetime that formats ("{t:%d %B %H:%M}") with the interface language's names."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __format__(self, spec: str) -> str:
        qt = re.sub(r"%[a-zA-Z]", lambda m: _QT_CODES.get(m.group(0), m.group(0)), spec)
        return QLocale().toString(_qt(self.moment.astimezone()), qt) if spec else str(self)

    def __str__(self) -> str:
        return date_time(self.moment)


def _shown(value: object) -> object:
    if isinstance(value, Said):
        return message(value)
    if isinstance(value, datetime):
        return _LocalTime(value)
    return value


def message(text: str) -> str:
    """A sentence from below the interface (an error, a refusal) in the interface language.

    Fixed sentences are marked with QT_TRANSLATE_NOOP("Messages", …) where they are written;
    a sentence built around values has no entry and stays as written.
    """
    if isinstance(text, Said):
        values = {k: _shown(v) for k, v in text.values.items()}
        return QCoreApplication.translate("Messages", text.template).format(**values)
    return QCoreApplication.translate("Messages", text)


def translate_label(text: str) -> str:
    """A label marked QT_TRANSLATE_NOOP("Labels", …) in the interface language."""
    return QCoreApplication.translate("Labels", text)


class Words:
    """Translation for code outside a QObject: `Words.tr("%n photo(s)", "", n)`.

    pyside6-lupdate files `Words.tr(...)` under the context "Words" and, unlike with
    QCoreApplication.translate, sees a plural's count when it is a variable.
    """

    @staticmethod
    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        """text in the interface language (with %n, the plural form for n)."""
        return QCoreApplication.translate("Words", text, disambiguation or None, n)


def dated(moment: datetime, spec: str) -> str:
    """moment written with a strftime spec, in the interface language's names."""
    return format(_LocalTime(moment), spec)


def speech() -> Speech:
    """The interface language, for documents made below it (the handover sheet)."""
    return Speech(QCoreApplication.translate, dated)
