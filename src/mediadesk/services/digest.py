"""Monitoring reports: starred items as HTML and CSV, and every stored item as CSV."""

from __future__ import annotations

import csv
import html
import os
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from mediadesk.domain.links import link_html
from mediadesk.domain.monitoring import StoredItem
from mediadesk.errors import KnownError
from mediadesk.storage.db import Connection
from mediadesk.storage.monitoring import all_item_ids, get_items
from mediadesk.words import ENGLISH, QT_TRANSLATE_NOOP, Said, Speech

HEADERS = ("Title", "Source", "Author", "Published", "Link", "Note")


def _row(s: StoredItem) -> list[str]:
    published = s.item.published.astimezone().strftime("%d/%m/%Y %H:%M")
    cells = [s.item.title, s.item.source, s.item.author, published, s.item.url, s.note]
    return ["'" + c if c[:1] in ("=", "+", "-", "@") else c for c in cells]


def _write(path: Path, write: Callable[[Path], object]) -> None:
    tmp = path.with_name(path.name + ".part")
    try:
        write(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise KnownError(
            Said(
                QT_TRANSLATE_NOOP("Messages", "{path} could not be written: {exc}."),
                path=path,
                exc=exc.strerror or exc,
            )
        ) from exc


def write_csv(items: Sequence[StoredItem], path: Path) -> int:
    """Items as CSV (Excel-friendly UTF-8)."""

    def write(target: Path) -> None:
        with target.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(HEADERS)
            writer.writerows(_row(s) for s in items)

    _write(path, write)
    return len(items)


def export_items_csv(conn: Connection, path: Path) -> int:
    """Every stored item, newest first."""
    ids = all_item_ids(conn)
    items: list[StoredItem] = []
    for start in range(0, len(ids), 500):
        items += get_items(conn, ids[start : start + 500])
    return write_csv(items, path)


def _t(speech: Speech, text: str) -> str:
    return speech.say("Digest", text)


def digest_html(
    items: Sequence[StoredItem], title: str, now: datetime, speech: Speech = ENGLISH
) -> str:
    """A monitoring report to share with the wider communications team, worded by speech."""
    rows = "".join(
        f"<tr><td>{link_html(s.item.url, s.item.title)}<br>"
        f"<small>{html.escape(s.item.summary[:300])}</small></td>"
        f"<td>{html.escape(s.item.source)}<br>{html.escape(s.item.author)}</td>"
        f"<td>{html.escape(speech.dated(s.item.published, '%d/%m/%Y %H:%M'))}</td>"
        f"<td>{html.escape(s.note)}</td></tr>"
        for s in items
    )
    heads = (
        QT_TRANSLATE_NOOP("Digest", "Item"),
        QT_TRANSLATE_NOOP("Digest", "Source"),
        QT_TRANSLATE_NOOP("Digest", "Published"),
        QT_TRANSLATE_NOOP("Digest", "Note"),
    )
    head = "".join(f"<th>{html.escape(_t(speech, h))}</th>" for h in heads)
    stamp = speech.dated(now, "%A %d %B %Y, %H:%M")
    count = _t(speech, QT_TRANSLATE_NOOP("Digest", "{n} items")).format(n=len(items))
    language = html.escape(_t(speech, QT_TRANSLATE_NOOP("Digest", "en-GB")))
    return (
        f"<!DOCTYPE html><html lang='{language}'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title><style>body{{font-family:Arial,sans-serif;"
        "font-size:10pt}table{border-collapse:collapse;width:100%}td,th{border:1px solid "
        "#999;padding:4pt;vertical-align:top;text-align:left}th{background:#eee}</style>"
        f"</head><body><h1>{html.escape(title)}</h1><p>{html.escape(stamp)} · {count}</p>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
        "</body></html>"
    )


def write_digest(
    items: Sequence[StoredItem], title: str, now: datetime, path: Path, speech: Speech = ENGLISH
) -> int:
    """Write the digest as HTML, or as CSV when the file name ends in .csv."""
    if path.suffix.lower() == ".csv":
        return write_csv(items, path)
    page = digest_html(items, title, now, speech)
    _write(path, lambda target: target.write_text(page, encoding="utf-8"))
    return len(items)
