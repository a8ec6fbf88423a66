"""Marks strings for translation in Qt-free code; the UI translates them when it shows them."""

from __future__ import annotations


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
