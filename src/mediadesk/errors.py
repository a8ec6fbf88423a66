"""Expected failures that carry a sentence for the user."""

from __future__ import annotations


class KnownError(Exception):
    """An expected failure: `message` says what happened and what the user can do."""

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class ProfileError(KnownError):
    """The profile database could not be opened; it has been left untouched."""


class KeyringUnavailable(KnownError):
    """No secure OS keyring is usable on this machine."""


class ValidationError(KnownError):
    """User input that breaks a rule of the domain."""


class ProfileLocked(KnownError):
    """MediaDesk is locked: its connections are closed and its key is out of memory."""
