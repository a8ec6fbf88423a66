"""Add a column from the gallery, or edit one: its query, filters and alert rule."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mediadesk.domain.monitoring import Column, Filters
from mediadesk.domain.platforms import FACTS, ColumnKind
from mediadesk.errors import KnownError
from mediadesk.ui import i18n
from mediadesk.ui.widgets.access import named
from mediadesk.ui.widgets.labels import plain_label
from mediadesk.words import QT_TRANSLATE_NOOP

EXAMPLE_FEED = (
    "https://www.gov.uk/search/news-and-communications.atom?"
    "organisations[]=department-for-education"
)


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in text.split(",") if w.strip())


SOCIAL_EXAMPLES = {
    "mastodon_account": "ukgovernment@social.example.gov.uk",
    "mastodon_list": QT_TRANSLATE_NOOP("ColumnDialog", "e.g. 42 (from the list's address)"),
    "mastodon_search": QT_TRANSLATE_NOOP("ColumnDialog", "school meals"),
    "bluesky_search": QT_TRANSLATE_NOOP("ColumnDialog", "school meals"),
    "bluesky_author": "department.bsky.social",
    "x_search": '"school meals" -is:retweet lang:en',
    "x_list": QT_TRANSLATE_NOOP("ColumnDialog", "e.g. 1234567890"),
}


class ColumnDialog(QDialog):
    """The gallery (kind, query) and the column's filters in one form."""

    def __init__(self, column: Column | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = column
        self.setWindowTitle(self.tr("Edit column") if column else self.tr("Add a column"))
        self.setMinimumWidth(560)
        self.kind = QComboBox()
        for kind in ColumnKind:
            self.kind.addItem(i18n.label(kind), kind.value)
        self.title = QLineEdit()
        self.url = QLineEdit()
        self.url.setPlaceholderText(EXAMPLE_FEED)
        self.keywords = QLineEdit()
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("e.g. department-for-education"))
        self.pages = QStackedWidget()
        feed_page = QWidget()
        feed_form = QFormLayout(feed_page)
        feed_form.addRow(self.tr("Feed address"), self.url)
        search_page = QWidget()
        search_form = QFormLayout(search_page)
        search_form.addRow(self.tr("Keywords"), self.keywords)
        search_form.addRow(self.tr("Organisation (slug)"), self.organisation)
        self.instance = QLineEdit()
        self.instance.setPlaceholderText("https://mastodon.social")
        self.tag = QLineEdit()
        self.tag.setPlaceholderText("#ukpolitics")
        tag_page = QWidget()
        tag_form = QFormLayout(tag_page)
        tag_form.addRow(self.tr("Mastodon server"), self.instance)
        tag_form.addRow(self.tr("Hashtag"), self.tag)
        self.page_for: dict[ColumnKind, QWidget] = {
            ColumnKind.FEED: feed_page,
            ColumnKind.GOVUK_SEARCH: search_page,
            ColumnKind.MASTODON_TAG: tag_page,
        }
        self.social: dict[ColumnKind, QLineEdit] = {}
        for kind in (k for k in ColumnKind if k.field[0]):  # one query field each
            name = kind.field[1]
            page = QWidget()
            page_form = QFormLayout(page)
            edit = QLineEdit()
            named(edit, i18n.translate_label(name))
            edit.setPlaceholderText(self.tr(SOCIAL_EXAMPLES.get(kind.value, "")))
            page_form.addRow(i18n.translate_label(name), edit)
            if kind.account:
                note = QLabel(
                    self.tr("Reads through the connected {p} account (Posts > Accounts).").format(
                        p=FACTS[kind.account].label
                    )
                )
                note.setWordWrap(True)
                page_form.addRow(note)
            self.social[kind] = edit
            self.page_for[kind] = page
        for page in self.page_for.values():
            self.pages.addWidget(page)
        self.include = QLineEdit()
        self.include.setPlaceholderText(self.tr("only items with any of these, comma-separated"))
        self.exclude = QLineEdit()
        self.muted_authors = QLineEdit()
        self.regex = QCheckBox(self.tr("Words are regular expressions"))
        self.alert = QLineEdit()
        self.alert.setPlaceholderText(self.tr("notify me when an item mentions any of these"))
        self.alert_all = QCheckBox(self.tr("Notify me of every new item"))
        self.interval = QSpinBox()
        self.interval.setRange(5, 24 * 60)
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setValue(5)
        self.error = plain_label()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        for widget, name in (
            (self.kind, QT_TRANSLATE_NOOP("ColumnDialog", "Column type")),
            (self.title, QT_TRANSLATE_NOOP("ColumnDialog", "Column title")),
            (self.url, QT_TRANSLATE_NOOP("ColumnDialog", "Feed address")),
            (self.keywords, QT_TRANSLATE_NOOP("ColumnDialog", "Keywords")),
            (self.organisation, QT_TRANSLATE_NOOP("ColumnDialog", "Organisation")),
            (self.instance, QT_TRANSLATE_NOOP("ColumnDialog", "Mastodon server")),
            (self.tag, QT_TRANSLATE_NOOP("ColumnDialog", "Hashtag")),
            (self.include, QT_TRANSLATE_NOOP("ColumnDialog", "Include")),
            (self.exclude, QT_TRANSLATE_NOOP("ColumnDialog", "Exclude")),
            (self.muted_authors, QT_TRANSLATE_NOOP("ColumnDialog", "Muted authors")),
            (self.regex, QT_TRANSLATE_NOOP("ColumnDialog", "Regular expressions")),
            (self.alert, QT_TRANSLATE_NOOP("ColumnDialog", "Alert words")),
            (self.alert_all, QT_TRANSLATE_NOOP("ColumnDialog", "Alert on every item")),
            (self.interval, QT_TRANSLATE_NOOP("ColumnDialog", "Check every")),
        ):
            named(widget, self.tr(name))
        form = QFormLayout()
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.pages)
        form.addRow(self.tr("Include"), self.include)
        form.addRow(self.tr("Exclude"), self.exclude)
        form.addRow(self.tr("Muted authors"), self.muted_authors)
        form.addRow("", self.regex)
        form.addRow(self.tr("Alert on"), self.alert)
        form.addRow("", self.alert_all)
        form.addRow(self.tr("Check every"), self.interval)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._show_kind)
        self.result_column: Column | None = None
        if column is not None:
            self._fill(column)

    def _fill(self, column: Column) -> None:
        self.kind.setCurrentIndex(self.kind.findData(column.kind.value))
        self.title.setText(column.title)
        self.url.setText(column.query.get("url", ""))
        self.keywords.setText(column.query.get("keywords", ""))
        self.organisation.setText(column.query.get("organisation", ""))
        self.instance.setText(column.query.get("instance", ""))
        self.tag.setText(column.query.get("tag", ""))
        if column.kind in self.social:
            self.social[column.kind].setText(column.query.get(column.kind.field[0], ""))
        f = column.filters
        self.include.setText(", ".join(f.include))
        self.exclude.setText(", ".join(f.exclude))
        self.muted_authors.setText(", ".join(f.muted_authors))
        self.regex.setChecked(f.regex)
        self.alert.setText(", ".join(f.alert))
        self.alert_all.setChecked(f.alert_all)
        self.interval.setValue(max(5, column.interval_s // 60))

    def _show_kind(self) -> None:
        self.pages.setCurrentWidget(self.page_for[ColumnKind(self.kind.currentData())])

    def column(self) -> Column:
        """The column the form describes (ValidationError if it is not valid)."""
        kind = ColumnKind(self.kind.currentData())
        if kind is ColumnKind.FEED:
            query = {"url": self.url.text().strip()}
            default_title = self.url.text().strip().split("//")[-1].split("/")[0]
        elif kind is ColumnKind.MASTODON_TAG:
            tag = self.tag.text().strip().lstrip("#")
            query = {"instance": self.instance.text().strip(), "tag": tag}
            default_title = f"#{tag}"
        elif kind in self.social:
            value = self.social[kind].text().strip()
            query = {kind.field[0]: value}
            default_title = f"{i18n.label(kind)}: {value}"
        else:
            query = {
                "keywords": self.keywords.text().strip(),
                "organisation": self.organisation.text().strip(),
            }
            default_title = f"GOV.UK: {self.keywords.text().strip() or self.organisation.text()}"
        filters = Filters(
            _words(self.include.text()),
            _words(self.exclude.text()),
            self.regex.isChecked(),
            _words(self.muted_authors.text()),
            _words(self.alert.text()),
            self.alert_all.isChecked(),
        ).checked()
        base = self.original
        return Column(
            base.id if base else 0,
            kind,
            self.title.text().strip() or default_title,
            query,
            filters,
            self.interval.value() * 60,
            base.width if base else 360,
            base.muted if base else False,
            base.position if base else 0,
        )

    def _check(self) -> None:
        try:
            self.result_column = self.column()
        except KnownError as exc:
            self.error.setText(i18n.message(exc.message))
            return
        self.accept()
