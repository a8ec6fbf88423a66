"""The rule for a profile passphrase (used where no keyring holds the key)."""

from __future__ import annotations

from mediadesk.errors import ValidationError
from mediadesk.words import QT_TRANSLATE_NOOP, Said

MINIMUM_LENGTH = 12


def check_passphrase(passphrase: str) -> None:
    """Reject passphrases too weak to protect a lost laptop."""
    if len(passphrase) < MINIMUM_LENGTH:
        raise ValidationError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages", "Use a passphrase of at least {MINIMUM_LENGTH} characters."
                ),
                MINIMUM_LENGTH=MINIMUM_LENGTH,
            )
        )
