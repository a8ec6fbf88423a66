"""Which local tables the office shares besides enquiries, as data: one entry per table.

A new shared table is one `Table` here and the triggers of one migration (made by
`migrations.sync_triggers` from the same names); pushing, pulling, first sync and checking
pulled values need no code of their own. Enquiries keep their own path (storage.replica):
their journalist and outlet travel as names, and they feed the search index.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from mediadesk.domain.enquiry import OutletType
from mediadesk.domain.platforms import Platform
from mediadesk.domain.posts import PostStatus

MAX_TEXT = 1_000_000
MAX_BLOB = 12 * 1024 * 1024  # base64 of a 12 MB photo stays under the office's 16 MB a value


class Kind(Enum):
    """What a shared field holds, and so how a pulled value is checked."""

    TEXT = "text"
    INT = "int"
    TIME = "time"  # seconds since 1970, as stored here
    CHOICE = "choice"
    BLOB = "blob"  # bytes, travelling as base64
    REF = "ref"  # another shared record, travelling as its uid
    DERIVED = "derived"  # read from other rows (pushed so the office sees it; never written)


@dataclass(frozen=True)
class Field:
    """One shared field: the local column (or SQL reading it) and what it may hold."""

    column: str
    kind: Kind = Kind.TEXT
    choices: frozenset[str] = frozenset()
    ref: str = ""  # for REF: the entity it points to
    required: bool = False  # a record cannot be made here without it
    optional: bool = False  # may be empty (NULL) — a time not set


@dataclass(frozen=True)
class Table:
    """A local table the office shares, and what each of its shared fields is."""

    entity: str
    table: str
    fields: dict[str, Field]
    stepped: frozenset[str] = frozenset()  # state fields: every step is pushed in turn
    pulled_only: frozenset[str] = frozenset()  # only the office writes them
    unset: tuple[tuple[str, Any], ...] = ()  # what a pulled-only field the office never set is
    made: tuple[str, ...] = ()  # local columns set to the time a pulled record is made
    touched: str = ""  # the local column set to the time a pulled change is written
    label: str = ""  # SQL (over the table as t) naming a record in Needs attention
    name_key: str = ""  # the field whose matching key (name_key column) is kept beside it

    def pushed(self) -> list[str]:
        """The fields this laptop pushes (all but the office's own)."""
        return [f for f in self.fields if f not in self.pulled_only]

    def reading(self, name: str) -> str:
        """The SQL that reads field `name` from a row of this table (as t)."""
        spec = self.fields[name]
        if spec.kind is Kind.REF:
            parent = BY_ENTITY[spec.ref]
            return f"(SELECT uid FROM {parent.table} WHERE id = t.{spec.column})"
        if spec.kind is Kind.DERIVED:
            return spec.column
        return f"t.{spec.column}"


def fits(spec: Field, value: Any) -> bool:
    """Whether a pulled value can stand in its field (anything else is left out and logged)."""
    if value is None:
        return spec.optional
    if spec.kind in (Kind.INT, Kind.TIME):
        return type(value) is int and 0 <= value < 2**40
    if spec.kind is Kind.CHOICE:
        return isinstance(value, str) and value in spec.choices
    if spec.kind is Kind.DERIVED:
        return True  # never written here
    if not isinstance(value, str):
        return False
    if spec.kind is Kind.BLOB:
        return 0 < len(value) <= MAX_BLOB * 4 // 3 + 4
    if spec.kind is Kind.REF:
        return len(value) == 36
    return len(value) <= MAX_TEXT and (bool(value.strip()) or not spec.required)


STATES = frozenset({"pending", "sending", "published", "failed", "held"})

OUTLET = Table(
    "outlet",
    "outlets",
    {
        "name": Field("name", required=True),
        "type": Field("type", Kind.CHOICE, frozenset(t.value for t in OutletType)),
    },
    label="'Outlet: ' || t.name",
    name_key="name",
)
CONTACT = Table(
    "contact",
    "contacts",
    {
        "name": Field("name", required=True),
        "outlet": Field("outlet_id", Kind.REF, ref="outlet", optional=True),
        "role": Field("role"),
        "phone": Field("phone"),
        "email": Field("email"),
        "handles": Field("handles"),
    },
    label="'Journalist: ' || t.name",
    name_key="name",
)
VISIT = Table(
    "visit",
    "visits",
    {
        "minister": Field("minister", required=True),
        "date": Field("date", required=True),
        "place": Field("place"),
        "notes": Field("notes"),
        "embargo": Field("embargo", Kind.TIME, optional=True),
        "location_sensitive_until": Field("location_sensitive_until", Kind.TIME, optional=True),
    },
    made=("created", "updated"),
    touched="updated",
    label="t.minister || ', ' || t.date",
)
POST = Table(
    "post",
    "posts",
    {
        "visit": Field("visit_id", Kind.REF, ref="visit", required=True),
        "text": Field("text"),
        "variants": Field("variants"),
        "hashtags": Field("hashtags"),
        "link": Field("link"),
        "platforms": Field("platforms"),
        "thread": Field("thread", Kind.INT),
        "status": Field("status", Kind.CHOICE, frozenset(s.value for s in PostStatus)),
        "status_note": Field("status_note"),
        "publish_at": Field("publish_at", Kind.TIME, optional=True),
        "clearance_note": Field("clearance_note"),
        # The photos in order: the office sends a cleared post back when they change.
        "photos": Field(
            "(SELECT json_group_array(uid) FROM (SELECT uid FROM post_photos"
            " WHERE post_id = t.id ORDER BY position))",
            Kind.DERIVED,
        ),
        "cleared_by": Field("cleared_by"),
        "cleared_at": Field("cleared_at", Kind.TIME, optional=True),
    },
    stepped=frozenset({"status"}),
    pulled_only=frozenset({"cleared_by", "cleared_at"}),
    unset=(("cleared_by", ""), ("cleared_at", None)),
    made=("created", "updated"),
    touched="updated",
    label="'Post: ' || substr(t.text, 1, 60)",
)
PHOTO = Table(
    "photo",
    "post_photos",
    {
        "post": Field("post_id", Kind.REF, ref="post", required=True),
        "position": Field("position", Kind.INT, required=True),
        "data": Field("data", Kind.BLOB, required=True),
        "format": Field("format", Kind.CHOICE, frozenset({"jpeg", "png"}), required=True),
        "width": Field("width", Kind.INT, required=True),
        "height": Field("height", Kind.INT, required=True),
        "alt": Field("alt"),
        "source_name": Field("source_name"),
    },
    label="'Photo: ' || t.source_name",
)
PUBLICATION = Table(
    "publication",
    "publications",
    {
        "post": Field("post_id", Kind.REF, ref="post", required=True),
        "platform": Field(
            "platform", Kind.CHOICE, frozenset(p.value for p in Platform), required=True
        ),
        "part": Field("part", Kind.INT, required=True),
        "text": Field("text", required=True),
        "idem_key": Field("idem_key", required=True),
        "state": Field("state", Kind.CHOICE, STATES),
        "not_before": Field("not_before", Kind.TIME, required=True),
        "attempts": Field("attempts", Kind.INT),
        "first_attempt": Field("first_attempt", Kind.TIME, optional=True),
        "remote_id": Field("remote_id"),
        "remote_cid": Field("remote_cid"),
        "remote_url": Field("remote_url"),
        "last_error": Field("last_error"),
    },
    label="'Publishing on ' || t.platform",
)

# Parents before children: a record is made here only once what it names is.
TABLES: tuple[Table, ...] = (OUTLET, CONTACT, VISIT, POST, PHOTO, PUBLICATION)
BY_ENTITY = {t.entity: t for t in TABLES}
ORDER = {t.entity: n for n, t in enumerate(TABLES)}
