"""What went wrong talking to the office server, in one plain sentence (never the address)."""

from __future__ import annotations

from mediadesk.errors import KnownError
from mediadesk.words import QT_TRANSLATE_NOOP, Said


def explained(exc: Exception, where: str) -> KnownError:
    """A sentence for a failed connection or statement to the server at `where`."""
    text = str(exc).lower()
    if "password authentication failed" in text or "no password supplied" in text:
        return KnownError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages", "The office server at {where} refused that user name and password."
                ),
                where=where,
            )
        )
    if "gssapi" in text or "kerberos" in text:
        return KnownError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The office server at {where} did not accept your Windows sign-in (Kerberos): "
                    "sign in to Windows again on the office network, or ask IT.",
                ),
                where=where,
            )
        )
    if "not permitted to log in" in text:
        return KnownError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The office server at {where} no longer lets this officer sign in: ask the "
                    "office's admin.",
                ),
                where=where,
            )
        )
    if "certificate" in text or "ssl" in text or "tls" in text:
        return KnownError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The office server at {where} could not prove who it is (its TLS certificate "
                    "was not verified). Ask IT for the office's root certificate.",
                ),
                where=where,
            )
        )
    if "does not exist" in text and "database" in text:
        return KnownError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages", "There is no such database on the office server at {where}."
                ),
                where=where,
            )
        )
    if "permission denied" in text or "insufficient" in text:
        return KnownError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The office server at {where} does not allow this sign-in to do that.",
                ),
                where=where,
            )
        )
    if "timeout" in text or "timed out" in text:
        return KnownError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages", "The office server at {where} did not answer in time."
                ),
                where=where,
            )
        )
    return KnownError(
        f"The office server at {where} cannot be reached: check the address and the network."
        if "connect" in text or "connection" in text or "resolve" in text
        else f"The office server at {where} refused: {str(exc).strip().splitlines()[0][:200]}"
    )
