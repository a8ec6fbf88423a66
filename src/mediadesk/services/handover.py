"""The duty handover sheet: open enquiries by deadline, as printable HTML."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime

from mediadesk.domain.deadlines import Urgency, countdown, urgency
from mediadesk.domain.enquiry import Enquiry

_STYLE = """
body { font-family: 'Segoe UI', Arial, sans-serif; font-size: 10pt; }
h1 { font-size: 15pt; margin-bottom: 2pt; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #999; padding: 3pt 5pt; vertical-align: top; text-align: left; }
th { background: #e6e6e6; }
.overdue td { background: #f8d7da; }
.due_soon td { background: #fff3cd; }
"""


def sheet_html(enquiries: Sequence[Enquiry], now: datetime, by: str) -> str:
    """An HTML page listing open enquiries, soonest deadline first."""
    rows = []
    for e in enquiries:
        state = urgency(e.deadline, now, e.status.is_open)
        due = "" if e.deadline is None else e.deadline.astimezone().strftime("%a %d %b %H:%M")
        rows.append(
            f"<tr class='{state.value}'><td>{html.escape(e.ref)}</td>"
            f"<td>{html.escape(due)}<br>{html.escape(countdown(e.deadline, now))}</td>"
            f"<td>{html.escape(e.status.label)}</td><td>{html.escape(e.priority.label)}</td>"
            f"<td>{html.escape(e.journalist)}<br>{html.escape(e.outlet)}</td>"
            f"<td><b>{html.escape(e.subject)}</b><br>{html.escape(e.questions[:400])}</td>"
            f"<td>{html.escape(e.owner)}</td></tr>"
        )
    overdue = sum(
        1 for e in enquiries if urgency(e.deadline, now, e.status.is_open) is Urgency.OVERDUE
    )
    stamp = now.astimezone().strftime("%A %d %B %Y, %H:%M")
    return (
        "<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
        f"<title>Duty handover</title><style>{_STYLE}</style></head><body>"
        f"<h1>Duty handover: open enquiries</h1><p>{html.escape(stamp)} · prepared by "
        f"{html.escape(by)} · {len(enquiries)} open, {overdue} overdue. OFFICIAL-SENSITIVE</p>"
        "<table><thead><tr><th>Reference</th><th>Deadline</th><th>Status</th><th>Priority</th>"
        "<th>Journalist / outlet</th><th>Subject and questions</th><th>Owner</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></body></html>"
    )
