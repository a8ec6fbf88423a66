"""A joined profile's outbox asks the office before sending, so each part goes out once."""

from __future__ import annotations

import logging

from mediadesk.errors import KnownError
from mediadesk.net.publish import Remote
from mediadesk.services.office_sync import OfficeSync
from mediadesk.services.outbox import Claimed
from mediadesk.storage import publications
from mediadesk.storage.publications import Publication

log = logging.getLogger("mediadesk.outbox")

# Long enough to send a part with its photos and push "published" back; a laptop that dies
# meanwhile holds it no longer than this, and the part's shared key keeps a retry single.
LEASE_S = 900
UNREACHABLE = "waiting to reach the office server, so that only one laptop publishes this post."


class OfficeClaims:
    """Claims over the office link of one profile (one short connection per claim)."""

    def __init__(self, sync: OfficeSync) -> None:
        self.sync = sync

    def claim(self, pub: Publication) -> Claimed:
        post = publications.post_uid(self.sync.conn, pub.post_id)
        try:
            answer = self.sync.claim_part(post, pub.platform.value, pub.part, LEASE_S)
        except KnownError as exc:
            log.info("could not claim a part: %s", exc.message)
            return Claimed(False, UNREACHABLE)
        if answer["result"] == "claimed":
            return Claimed(True)
        if answer["result"] == "published":
            return Claimed(
                False,
                published=Remote(
                    str(answer.get("remote_id") or ""),
                    str(answer.get("remote_url") or ""),
                    str(answer.get("remote_cid") or ""),
                ),
            )
        by = str(answer.get("by") or "another officer")
        return Claimed(False, f"being published by {by} from another laptop.")

    def release(self, pub: Publication) -> None:
        post = publications.post_uid(self.sync.conn, pub.post_id)
        try:
            self.sync.claim_part(post, pub.platform.value, pub.part, 0)
        except KnownError as exc:  # it lapses by itself
            log.info("could not let a claim go: %s", exc.message)
