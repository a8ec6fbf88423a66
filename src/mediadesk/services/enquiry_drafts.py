"""An open enquiry's autosaved form: what changed, and recovering what a crash left behind."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from mediadesk.domain.enquiry import Channel, Enquiry, Priority, ResponseType, normalise_tags
from mediadesk.errors import KnownError
from mediadesk.services.enquiries import EnquiryService

DRAFT_PREFIX = "enquiry:"
TEXT_FIELDS = ("subject", "journalist", "outlet", "questions", "owner", "response", "tags")


def recover(service: EnquiryService) -> list[str]:
    """Apply edits left in drafts by a crash; returns the references recovered."""
    recovered: list[str] = []
    for name in service.draft_names(DRAFT_PREFIX):
        body = service.load_draft(name)
        try:
            enquiry_id = int(name.removeprefix(DRAFT_PREFIX))
            if body:
                changes = changes_from_form(service.get(enquiry_id), body)
                if changes:
                    recovered.append(service.update(enquiry_id, **changes).ref)
        except KnownError:
            continue  # e.g. the enquiry was deleted meanwhile: kept, and tried next start
        except (ValueError, TypeError):
            pass  # a draft no build of MediaDesk could have written: dropped, not fatal
        service.discard_draft(name)
    return recovered


def changes_from_form(current: Enquiry, form: dict[str, Any]) -> dict[str, Any]:
    """The fields a saved form holds that differ from the enquiry, as update() takes them."""
    changes: dict[str, Any] = {}
    for name in TEXT_FIELDS:
        if name not in form:
            continue
        value = form[name]
        old: Any = getattr(current, name)
        if name == "tags":
            if normalise_tags(value) != old:
                changes[name] = normalise_tags(value)
        elif value != old:
            changes[name] = value
    for name, kind in (
        ("priority", Priority),
        ("channel", Channel),
        ("response_type", ResponseType),
    ):
        if name in form and kind(form[name]) != getattr(current, name):
            changes[name] = kind(form[name])
    if "deadline" in form:
        raw = form["deadline"]
        deadline = None if raw is None else datetime.fromtimestamp(int(raw), UTC)
        if deadline != current.deadline:
            changes["deadline"] = deadline
    return changes
