"""Monitoring columns, their filters and alert rules, and the items they show."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from mediadesk.domain.platforms import ColumnKind
from mediadesk.errors import ValidationError
from mediadesk.words import QT_TRANSLATE_NOOP, Said

MAX_PATTERN = 200
MATCH_TIMEOUT_S = 0.05
TRACKING_PARAMS = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "at_medium", "at_campaign")


def _search(pattern: str, text: str) -> bool:
    """A time-limited search: a pattern can backtrack for ever on the wrong text."""
    import regex

    try:
        return regex.search(pattern, text, regex.IGNORECASE, timeout=MATCH_TIMEOUT_S) is not None
    except TimeoutError as exc:
        raise ValidationError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The pattern '{pattern}' takes too long to match; simplify it in the column's "
                    "settings.",
                ),
                pattern=pattern,
            )
        ) from exc


def _compile(pattern: str) -> Any:
    import regex

    try:
        return regex.compile(pattern, regex.IGNORECASE)
    except (regex.error, OverflowError, RecursionError) as exc:
        raise ValidationError(
            Said(
                QT_TRANSLATE_NOOP("Messages", "'{pattern}' is not a valid pattern: {exc}."),
                pattern=pattern,
                exc=exc,
            )
        ) from exc


def _check_speed(pattern: str) -> None:
    """Refuse a pattern that backtracks catastrophically on text of an item's length.

    Each probe repeats one of the pattern's own letters and ends on a character it cannot
    match, which is what sends nested quantifiers such as `(a+)+$` into polynomial or
    exponential time.
    """
    compiled = _compile(pattern)
    letters = sorted({c for c in pattern if c.isalnum()})[:12] or ["a"]
    for letter in letters:
        for probe in (letter * 1000 + "\x00", (letter + " ") * 500 + "\x00"):
            try:
                compiled.search(probe, timeout=MATCH_TIMEOUT_S)
            except TimeoutError as exc:
                raise ValidationError(
                    Said(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "The pattern '{pattern}' can take too long to match; simplify it "
                            "(nested repeats such as (a+)+ are the usual cause).",
                        ),
                        pattern=pattern,
                    )
                ) from exc


@dataclass(frozen=True)
class Filters:
    """Per-column include/exclude keywords, muted authors and the alert rule."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    regex: bool = False
    muted_authors: tuple[str, ...] = ()
    alert: tuple[str, ...] = ()
    alert_all: bool = False

    def __post_init__(self) -> None:
        if self.regex:
            for pattern in (*self.include, *self.exclude, *self.alert):
                if len(pattern) > MAX_PATTERN:
                    raise ValidationError(
                        Said(
                            QT_TRANSLATE_NOOP(
                                "Messages", "Patterns are limited to {MAX_PATTERN} characters."
                            ),
                            MAX_PATTERN=MAX_PATTERN,
                        )
                    )
                _compile(pattern)

    def checked(self) -> Filters:
        """These filters, once every pattern is known to match in bounded time.

        Called where patterns come in (the column dialog, a shared column set); a pattern
        stored before this check still runs with a time limit on every match.
        """
        if self.regex:
            for pattern in (*self.include, *self.exclude, *self.alert):
                _check_speed(pattern)
        return self

    def _hit(self, terms: tuple[str, ...], text: str) -> bool:
        if self.regex:
            return any(_search(t, text) for t in terms)
        folded = text.casefold()
        return any(t.casefold() in folded for t in terms)

    def shows(self, item: FeedItem) -> bool:
        """Whether the column shows an item."""
        text = f"{item.title}\n{item.summary}"
        if item.author and item.author.casefold() in {a.casefold() for a in self.muted_authors}:
            return False
        if item.handle and item.handle.casefold() in {a.casefold() for a in self.muted_authors}:
            return False
        if self.include and not self._hit(self.include, text):
            return False
        return not (self.exclude and self._hit(self.exclude, text))

    def alerts(self, item: FeedItem) -> bool:
        """Whether an item raises an alert."""
        return self.alert_all or bool(
            self.alert and self._hit(self.alert, f"{item.title}\n{item.summary}")
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "include": list(self.include),
            "exclude": list(self.exclude),
            "regex": self.regex,
            "muted_authors": list(self.muted_authors),
            "alert": list(self.alert),
            "alert_all": self.alert_all,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Filters:
        def words(name: str) -> tuple[str, ...]:
            value = raw.get(name, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ValidationError(
                    Said(
                        QT_TRANSLATE_NOOP("Messages", "'{value}' must be a list of words."),
                        value=name,
                    )
                )
            return tuple(v for v in value if v.strip())

        return cls(
            words("include"),
            words("exclude"),
            bool(raw.get("regex", False)),
            words("muted_authors"),
            words("alert"),
            bool(raw.get("alert_all", False)),
        )


@dataclass(frozen=True)
class Column:
    """One saved query shown as a column."""

    id: int
    kind: ColumnKind
    title: str
    query: dict[str, str]
    filters: Filters = field(default_factory=Filters)
    interval_s: int = 300
    width: int = 360
    muted: bool = False
    position: int = 0
    office: bool = False  # from the office's column set, not the officer's own

    def __post_init__(self) -> None:
        if self.kind is ColumnKind.FEED:
            url = self.query.get("url", "")
            if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
                raise ValidationError(
                    Said(
                        QT_TRANSLATE_NOOP(
                            "Messages", "'{url}' is not a web address (http or https)."
                        ),
                        url=url,
                    )
                )
        if self.kind is ColumnKind.MASTODON_TAG:
            instance = self.query.get("instance", "")
            if urlsplit(instance).scheme not in ("http", "https") or not urlsplit(instance).netloc:
                raise ValidationError(
                    Said(
                        QT_TRANSLATE_NOOP(
                            "Messages", "'{instance}' is not a Mastodon server address."
                        ),
                        instance=instance,
                    )
                )
            if not self.query.get("tag", "").lstrip("#").strip():
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "A Mastodon hashtag column needs a hashtag.")
                )
        key, name = self.kind.field
        if key and not self.query.get(key, "").strip():
            raise ValidationError(
                Said(
                    QT_TRANSLATE_NOOP("Messages", "A {kind} column needs: {value}."),
                    kind=self.kind.label,
                    value=name,
                )
            )
        if self.kind is ColumnKind.MASTODON_ACCOUNT and "@" not in self.query["acct"].strip("@"):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Give the Mastodon account as user@server.")
            )
        if self.kind is ColumnKind.GOVUK_SEARCH and not (
            self.query.get("keywords") or self.query.get("organisation")
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "A GOV.UK search needs keywords or an organisation.")
            )


@dataclass(frozen=True)
class FeedItem:
    """An item as fetched from a source."""

    key: str
    source: str
    url: str
    title: str
    summary: str
    author: str
    published: datetime
    handle: str = ""


@dataclass(frozen=True)
class StoredItem:
    """An item as stored, with its reading state."""

    id: int
    item: FeedItem
    fetched: datetime
    read: bool
    starred: bool
    alerted: bool = False
    note: str = ""


def canonical_url(url: str) -> str:
    """A URL without fragment, tracking parameters or case differences in scheme and host."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # e.g. a broken IPv6 host in a hostile feed: keep it as written
        return url.strip()
    if not parts.scheme:
        return url.strip()
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(TRACKING_PARAMS)
    ]
    path = parts.path or "/"
    if path != "/" and path.endswith("/"):
        path = path[:-1]
    netloc = parts.netloc.lower()
    if netloc.startswith("www."):
        netloc = netloc[4:]
    return urlunsplit(
        (
            parts.scheme.lower().replace("http", "https", 1)
            if parts.scheme.lower() == "http"
            else parts.scheme.lower(),
            netloc,
            path,
            urlencode(query),
            "",
        )
    )


def item_key(url: str, source_id: str) -> str:
    """The de-duplication key: the canonical URL, else the source's own id."""
    if url.strip():
        return "url:" + canonical_url(url)
    return "id:" + source_id
