"""Marks strings for translation in Qt-free code; the UI translates them when it shows them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # lupdate finds it by this name
    """Return text unchanged; `pyside6-lupdate` collects it under context for translators."""
    del context
    return text


class Said(str):
    """A sentence made from a marked template and its values: it reads as British English,
    and the interface can say it in the officer's language (ui.i18n.message).

        Said(QT_TRANSLATE_NOOP("Messages", "{n} rows need fixing."), n=3)
    """

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, **values: object) -> Said:
        """The sentence template.format(**values), remembering both."""
        said = super().__new__(cls, template.format(**values))
        said.template = template
        said.values = values
        return said


def _english(context: str, text: str) -> str:
    del context
    return text


def _strftime(moment: datetime, spec: str) -> str:
    return format(moment.astimezone(), spec)


@dataclass(frozen=True)
class Speech:
    """How a document made below the interface is worded: say(context, text) translates a
    marked string and dated(moment, strftime_spec) writes a date. British English unless the
    interface passes its own (ui.i18n.speech)."""

    say: Callable[[str, str], str] = _english
    dated: Callable[[datetime, str], str] = _strftime


ENGLISH = Speech()
