"""Logging, editing, clearing and answering enquiries, with every change audited."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from mediadesk.domain.clock import Clock, utc_now
from mediadesk.domain.deadlines import reminders_due
from mediadesk.domain.enquiry import (
    Channel,
    Contact,
    Enquiry,
    NewEnquiry,
    OutletType,
    Priority,
    ResponseType,
    Status,
    check_transition,
    normalise_tags,
)
from mediadesk.domain.enquiry_filter import EnquiryFilter, SortKey
from mediadesk.errors import ValidationError
from mediadesk.services.progress import Progress
from mediadesk.storage import audit, directory, drafts
from mediadesk.storage import enquiries as repo
from mediadesk.storage.db import Connection, transaction
from mediadesk.words import QT_TRANSLATE_NOOP, Said

ENTITY = "enquiry"
NOT_A_CLEARER = QT_TRANSLATE_NOOP(
    "Messages", "Only a clearer can clear a response: ask the head of news or a clearer."
)
NEEDS_LINES = QT_TRANSLATE_NOOP("Messages", "Write the response lines before they can be cleared.")


def _text(value: Any) -> str:
    """How a field value is written in the audit log."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="minutes")
    if isinstance(value, tuple):
        return ", ".join(value)
    if hasattr(value, "value"):
        return str(value.value)
    return str(value)


@dataclass(frozen=True)
class Reminder:
    """A deadline reminder to show the user."""

    enquiry: Enquiry
    kind: str  # "before" or "due"


class EnquiryService:
    """The enquiry use cases, over one connection owned by the calling thread."""

    def __init__(self, conn: Connection, actor: str, clock: Clock = utc_now) -> None:
        self.conn = conn
        self.actor = actor
        self.clock = clock

    # -- reading -----------------------------------------------------------------------
    def get(self, enquiry_id: int) -> Enquiry:
        found = repo.get(self.conn, enquiry_id)
        if found is None:
            raise ValidationError(
                Said(
                    QT_TRANSLATE_NOOP("Messages", "Enquiry {enquiry_id} no longer exists."),
                    enquiry_id=enquiry_id,
                )
            )
        return found

    def history(self, enquiry_id: int) -> list[audit.AuditEntry]:
        return audit.history(self.conn, ENTITY, enquiry_id)

    def get_many(self, ids: Sequence[int]) -> dict[int, Enquiry]:
        """The enquiries with these ids (those that still exist), by id."""
        return repo.get_many(self.conn, ids)

    def in_order(self, ids: Sequence[int]) -> list[Enquiry]:
        """The enquiries with these ids that still exist, in the order given."""
        rows = repo.get_many(self.conn, ids)
        return [rows[i] for i in ids if i in rows]

    def search_ids(self, flt: EnquiryFilter) -> list[int]:
        """The ids the list shows for a filter, in its order (milliseconds over years of log)."""
        return repo.search_ids(self.conn, flt)

    def search(self, flt: EnquiryFilter) -> list[Enquiry]:
        return repo.search(self.conn, flt)

    def owners(self) -> list[str]:
        return repo.owners(self.conn)

    def tags(self) -> list[str]:
        return repo.tags(self.conn)

    # -- creating ----------------------------------------------------------------------
    def _resolve_people(
        self, journalist: str, outlet: str, outlet_type: OutletType | None = None
    ) -> tuple[int | None, int | None]:
        """Find or create the outlet (of the type given, when new) and journalist named."""
        outlet_id: int | None = None
        if outlet.strip():
            found, _ = directory.ensure_outlet(
                self.conn, outlet.strip(), outlet_type or OutletType.NATIONAL
            )
            outlet_id = found.id
        contact_id: int | None = None
        if journalist.strip():
            matches = directory.find_contacts(self.conn, journalist, outlet_id)
            if not matches and outlet_id is None:
                matches = directory.find_contacts(self.conn, journalist)
            if matches:
                contact_id = matches[0].id
                if outlet_id is None:
                    outlet_id = matches[0].outlet_id
            else:
                contact_id = directory.insert_contact(
                    self.conn, Contact(0, " ".join(journalist.split()), outlet_id)
                )
        return contact_id, outlet_id

    def _insert(self, new: NewEnquiry, status: Status = Status.NEW) -> int:
        new.validated()
        contact_id, outlet_id = self._resolve_people(new.journalist, new.outlet, new.outlet_type)
        now = self.clock()
        ref = repo.next_ref(self.conn, new.received.astimezone(UTC).year)
        enquiry_id = repo.insert(
            self.conn,
            {
                "ref": ref,
                "received": repo.to_ts(new.received),
                "channel": new.channel.value,
                "contact_id": contact_id,
                "outlet_id": outlet_id,
                "subject": new.subject.strip(),
                "questions": new.questions,
                "deadline": repo.to_ts(new.deadline),
                "priority": new.priority.value,
                "owner": new.owner.strip(),
                "status": status.value,
                "tags": ",".join(new.tags),
                "updated": repo.to_ts(now),
            },
        )
        repo.set_tags(self.conn, enquiry_id, new.tags)
        repo.reindex(self.conn, [enquiry_id])
        audit.append(
            self.conn,
            actor=self.actor,
            entity=ENTITY,
            entity_id=enquiry_id,
            action="created",
            new=ref,
            ts=now,
        )
        return enquiry_id

    def create(self, new: NewEnquiry) -> Enquiry:
        """Log a new enquiry and give it its reference."""
        with transaction(self.conn):
            enquiry_id = self._insert(new)
        return self.get(enquiry_id)

    def create_many(
        self,
        items: list[NewEnquiry],
        status: list[Status] | None = None,
        progress: Progress | None = None,
    ) -> int:
        """Log many enquiries in one transaction: all of them or none (also when cancelled)."""
        with transaction(self.conn):
            for index, item in enumerate(items):
                if progress is not None:
                    progress.step(index, len(items))
                self._insert(item, status[index] if status else Status.NEW)
            if progress is not None:
                progress.step(len(items), len(items))  # the last chance to cancel
        return len(items)

    # -- editing -----------------------------------------------------------------------
    def update(self, enquiry_id: int, **changes: Any) -> Enquiry:
        """Change fields; editing the response of a cleared enquiry sends it back to clearance."""
        with transaction(self.conn):
            before = self.get(enquiry_id)
            values: dict[str, Any] = {}
            audited: list[tuple[str, Any, Any]] = []
            for name, given in changes.items():
                if name in ("journalist", "outlet"):
                    continue
                value = (
                    normalise_tags(given) if name == "tags" and isinstance(given, str) else given
                )
                if name == "subject" and not str(value).strip():
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("Messages", "An enquiry needs a subject.")
                    )
                old = getattr(before, name)
                if old == value:
                    continue
                audited.append((name, old, value))
                values[name] = self._column(name, value)
            if "journalist" in changes or "outlet" in changes:
                journalist = changes.get("journalist", before.journalist)
                outlet = changes.get("outlet", before.outlet)
                if journalist != before.journalist or outlet != before.outlet:
                    contact_id, outlet_id = self._resolve_people(journalist, outlet)
                    values["contact_id"], values["outlet_id"] = contact_id, outlet_id
                    if journalist != before.journalist:
                        audited.append(("journalist", before.journalist, journalist))
                    if outlet != before.outlet:
                        audited.append(("outlet", before.outlet, outlet))
            if not audited:
                return before
            wording = {"response", "response_type"} & {name for name, _, _ in audited}
            if wording and before.status is Status.CLEARED:
                values.update(
                    status=Status.AWAITING_CLEARANCE.value, cleared_by="", cleared_at=None
                )
                audited.append(("status", before.status, Status.AWAITING_CLEARANCE))
            now = self.clock()
            values["updated"] = repo.to_ts(now)
            repo.update(self.conn, enquiry_id, values)
            if "tags" in values:
                repo.set_tags(self.conn, enquiry_id, normalise_tags(values["tags"]))
            repo.reindex(self.conn, [enquiry_id])
            self._audit_changes(enquiry_id, audited, now)
        return self.get(enquiry_id)

    def _audit_changes(
        self, enquiry_id: int, audited: list[tuple[str, Any, Any]], now: datetime
    ) -> None:
        """One audit row per changed field (inside the caller's transaction)."""
        for name, old, new in audited:
            audit.append(
                self.conn,
                actor=self.actor,
                entity=ENTITY,
                entity_id=enquiry_id,
                action="changed",
                field=name,
                old=_text(old),
                new=_text(new),
                ts=now,
            )

    @staticmethod
    def _column(name: str, value: Any) -> Any:
        if isinstance(value, datetime) or (value is None and name in ("deadline",)):
            return repo.to_ts(value)
        if isinstance(value, tuple):
            return ",".join(value)
        if isinstance(value, Channel | Priority | Status | ResponseType | OutletType):
            return value.value
        return value

    def may_clear(self) -> bool:
        """Whether this officer clears responses: anyone on a solo profile; in an office, the
        clearers and admins (the office server holds everyone to it as well)."""
        from mediadesk.storage import replica

        return replica.state(self.conn, "role") in (None, "clearer", "admin")

    def clearer(self) -> tuple[str, bool]:
        """Who clears here, and whether that is fixed: in an office, the signed-in officer
        (the office records it); alone, whoever the officer says (by default, themselves)."""
        from mediadesk.storage import replica

        officer = replica.state(self.conn, "officer")
        return (officer, True) if officer else (self.actor, False)

    def set_status(self, enquiry_id: int, target: Status, cleared_by: str | None = None) -> Enquiry:
        """Move an enquiry along the workflow, recording who cleared (`cleared_by`, or the
        officer) or answered it."""
        if target is Status.CLEARED and not self.may_clear():
            raise ValidationError(NOT_A_CLEARER)
        with transaction(self.conn):
            before = self.get(enquiry_id)
            check_transition(before.status, target)
            now = self.clock()
            values: dict[str, Any] = {"status": target.value, "updated": repo.to_ts(now)}
            audited: list[tuple[str, Any, Any]] = [("status", before.status, target)]
            if target is Status.CLEARED:
                if not before.response.strip():
                    raise ValidationError(NEEDS_LINES)
                who = (cleared_by or "").strip() or self.actor
                values.update(cleared_by=who, cleared_at=repo.to_ts(now))
                audited.append(("cleared_by", before.cleared_by, who))
            if target is Status.RESPONDED:
                if before.response_type is ResponseType.NONE:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "Say how the response was given (on the record, background, statement "
                            "or declined to comment) before marking it responded.",
                        )
                    )
                values["responded_at"] = repo.to_ts(now)
            repo.update(self.conn, enquiry_id, values)
            self._audit_changes(enquiry_id, audited, now)
        return self.get(enquiry_id)

    # -- deadlines -----------------------------------------------------------------------
    def reminders(self, since: datetime, now: datetime, before: timedelta) -> list[Reminder]:
        """Reminders that fell due in (since, now] for open enquiries."""
        waiting = (Status.NEW, Status.IN_PROGRESS, Status.AWAITING_CLEARANCE, Status.CLEARED)
        ids = repo.ids_due_between(self.conn, since - timedelta(seconds=1), now + before, waiting)
        found = repo.get_many(self.conn, ids)
        out: list[Reminder] = []
        for enquiry in sorted(found.values(), key=lambda e: e.deadline or now):
            assert enquiry.deadline is not None
            for kind in reminders_due(enquiry.deadline, before, since, now):
                out.append(Reminder(enquiry, kind))
        return out

    def open_by_deadline(self) -> list[Enquiry]:
        """Open enquiries, soonest deadline first (the duty handover sheet)."""
        flt = EnquiryFilter(
            statuses=frozenset(
                {Status.NEW, Status.IN_PROGRESS, Status.AWAITING_CLEARANCE, Status.CLEARED}
            ),
            sort=SortKey.DEADLINE,
            descending=False,
        )
        return repo.search(self.conn, flt)

    # -- autosaved drafts ----------------------------------------------------------------
    def save_draft(self, name: str, body: dict[str, Any]) -> None:
        """Keep what a form holds so a crash loses nothing."""
        drafts.save(self.conn, name, body, self.clock())

    def load_draft(self, name: str) -> dict[str, Any] | None:
        return drafts.load(self.conn, name)

    def draft_names(self, prefix: str) -> list[str]:
        """The autosaved drafts whose names start with `prefix` (what a crash left behind)."""
        return drafts.names(self.conn, prefix)

    def discard_draft(self, name: str) -> None:
        drafts.discard(self.conn, name)
