"""What the enquiry list shows: filters, full-text terms and the order, as the UI builds them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

from mediadesk.domain.enquiry import Status


class SortKey(Enum):
    """Orders the list can be sorted in (storage knows the SQL for each)."""

    RECEIVED = "received"
    DEADLINE = "deadline"
    REF = "ref"
    STATUS = "status"
    PRIORITY = "priority"
    OWNER = "owner"
    SUBJECT = "subject"
    JOURNALIST = "journalist"
    OUTLET = "outlet"


@dataclass(frozen=True)
class EnquiryFilter:
    """What the list shows: filters, full-text terms and order."""

    text: str = ""
    statuses: frozenset[Status] = field(default_factory=frozenset)
    owner: str = ""
    outlet_id: int | None = None
    contact_id: int | None = None
    tag: str = ""
    received_from: datetime | None = None
    received_to: datetime | None = None
    sort: SortKey = SortKey.RECEIVED
    descending: bool = True
