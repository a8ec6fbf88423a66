"""The duty handover sheet: open enquiries by deadline, as printable HTML."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime

from mediadesk.domain.deadlines import Urgency, countdown, urgency
from mediadesk.domain.enquiry import Enquiry
from mediadesk.words import ENGLISH, QT_TRANSLATE_NOOP, Speech

_STYLE = """
body { font-family: 'Segoe UI', Arial, sans-serif; font-size: 10pt; }
h1 { font-size: 15pt; margin-bottom: 2pt; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #999; padding: 3pt 5pt; vertical-align: top; text-align: left; }
th { background: #e6e6e6; }
.overdue td { background: #f8d7da; }
.due_soon td { background: #fff3cd; }
"""


def _t(speech: Speech, text: str) -> str:
    return speech.say("Handover", text)


def sheet_html(
    enquiries: Sequence[Enquiry], now: datetime, by: str, speech: Speech = ENGLISH
) -> str:
    """An HTML page listing open enquiries, soonest deadline first, worded by speech."""
    rows = []
    for e in enquiries:
        state = urgency(e.deadline, now, e.status.is_open)
        due = "" if e.deadline is None else speech.dated(e.deadline, "%a %d %b %H:%M")
        left = countdown(e.deadline, now, lambda t: speech.say("Countdown", t))
        rows.append(
            f"<tr class='{state.value}'><td>{html.escape(e.ref)}</td>"
            f"<td>{html.escape(due)}<br>{html.escape(left)}</td>"
            f"<td>{html.escape(speech.say('Labels', e.status.label))}</td>"
            f"<td>{html.escape(speech.say('Labels', e.priority.label))}</td>"
            f"<td>{html.escape(e.journalist)}<br>{html.escape(e.outlet)}</td>"
            f"<td><b>{html.escape(e.subject)}</b><br>{html.escape(e.questions[:400])}</td>"
            f"<td>{html.escape(e.owner)}</td></tr>"
        )
    overdue = sum(
        1 for e in enquiries if urgency(e.deadline, now, e.status.is_open) is Urgency.OVERDUE
    )
    stamp = speech.dated(now, "%A %d %B %Y, %H:%M")
    summary = _t(
        speech,
        QT_TRANSLATE_NOOP(
            "Handover",
            "{when} · prepared by {who} · {n} open, {late} overdue.",
        ),
    ).format(when=stamp, who=by, n=len(enquiries), late=overdue)
    heads = (
        QT_TRANSLATE_NOOP("Handover", "Reference"),
        QT_TRANSLATE_NOOP("Handover", "Deadline"),
        QT_TRANSLATE_NOOP("Handover", "Status"),
        QT_TRANSLATE_NOOP("Handover", "Priority"),
        QT_TRANSLATE_NOOP("Handover", "Journalist / outlet"),
        QT_TRANSLATE_NOOP("Handover", "Subject and questions"),
        QT_TRANSLATE_NOOP("Handover", "Owner"),
    )
    head = "".join(f"<th>{html.escape(_t(speech, h))}</th>" for h in heads)
    language = html.escape(_t(speech, QT_TRANSLATE_NOOP("Handover", "en-GB")))
    title = html.escape(_t(speech, QT_TRANSLATE_NOOP("Handover", "Duty handover")))
    heading = _t(speech, QT_TRANSLATE_NOOP("Handover", "Duty handover: open enquiries"))
    return (
        f"<!DOCTYPE html><html lang='{language}'><head><meta charset='utf-8'>"
        f"<title>{title}</title><style>{_STYLE}</style></head><body>"
        f"<h1>{html.escape(heading)}</h1>"
        f"<p>{html.escape(summary)} OFFICIAL-SENSITIVE</p>"
        f"<table><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></body></html>"
    )
