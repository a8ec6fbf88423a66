"""The OS keyring behind one small interface; plaintext backends are refused."""

from __future__ import annotations

import contextlib
import importlib
import threading
from typing import Any, Protocol

from mediadesk.errors import KeyringUnavailable
from mediadesk.words import QT_TRANSLATE_NOOP, Said

SERVICE = "MediaDesk"
# One keyring call at a time in a process: the Secret Service backend opens a D-Bus connection
# for each, and gnome-keyring was seen to abort under dozens at once (the chaos test's
# officers); the calls are few and short, so waiting costs nothing a person notices.
_ONE_AT_A_TIME = threading.Lock()
# Windows Credential Manager stores at most 2,560 bytes (1,280 UTF-16 characters).
MAX_SECRET_CHARS = 1280

# The backends known to keep secrets encrypted by the operating system. Any other (keyrings.alt's
# file stores, EncryptedKeyring with a password prompt on the console, third-party plug-ins) is
# refused: "not known to be safe" is treated as unsafe.
SAFE_BACKENDS = {
    "keyring.backends.Windows.WinVaultKeyring",
    "keyring.backends.macOS.Keyring",
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
}


class SecretStore(Protocol):
    """Somewhere to keep secrets, one entry per name."""

    @property
    def backend_name(self) -> str: ...

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


def _leaf_backends(backend: Any) -> list[Any]:
    """The real backends behind keyring's chainer (or the backend itself)."""
    inner = getattr(backend, "backends", None)
    if isinstance(inner, list | tuple):
        return list(inner)
    return [backend]


def insecure_reason(backend: Any) -> str | None:
    """Say why a keyring backend is not acceptable, or None if it is."""
    leaves = _leaf_backends(backend)
    if not leaves:
        return "no keyring backend is available"
    for leaf in leaves:
        cls = type(leaf)
        module = cls.__module__
        if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
            return (
                "no secure keyring (such as Windows Credential Manager or GNOME Keyring) "
                "is available"
            )
        if f"{module}.{cls.__name__}" not in SAFE_BACKENDS:
            return (
                f"the keyring available ({module}.{cls.__name__}) is not one known to "
                "keep keys encrypted by the operating system"
            )
    return None


def _check_length(value: str) -> None:
    if len(value) > MAX_SECRET_CHARS:
        raise ValueError(
            f"secret is {len(value)} characters; the Windows keyring holds at most "
            f"{MAX_SECRET_CHARS}"
        )


class KeyringStore:
    """Secrets in the OS keyring (Credential Manager, Keychain, Secret Service)."""

    def __init__(self, backend: Any = None) -> None:
        import keyring
        from keyring.errors import KeyringError

        # Backends raise their platform's own errors too (pywintypes.error, error 1312, from
        # Credential Manager over RDP or under hardened baselines; D-Bus errors): each is "the
        # keyring is unavailable", never a crash. pywintypes.error is not an OSError.
        self._errors: tuple[type[BaseException], ...] = (KeyringError, OSError, RuntimeError)
        with contextlib.suppress(ImportError):  # pywin32 exists on Windows only
            self._errors += (importlib.import_module("pywintypes").error,)
        chosen = backend if backend is not None else keyring.get_keyring()
        reason = insecure_reason(chosen)
        if reason is not None:
            raise KeyringUnavailable(
                Said(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "MediaDesk cannot keep its keys safely on this computer: {reason}. You can"
                        " use a passphrase-protected profile instead.",
                    ),
                    reason=reason,
                )
            )
        self._backend = chosen
        for leaf in _leaf_backends(chosen):
            if type(leaf).__name__ == "WinVaultKeyring":
                # The default, enterprise persistence, roams the key to every machine the
                # user signs in to; a profile's key belongs to this laptop alone.
                leaf.persist = "local machine"

    @property
    def backend_name(self) -> str:
        cls = type(self._backend)
        leaves = _leaf_backends(self._backend)
        if len(leaves) == 1 and leaves[0] is not self._backend:
            cls = type(leaves[0])
        return f"{cls.__module__}.{cls.__qualname__}"

    def get(self, name: str) -> str | None:
        try:
            with _ONE_AT_A_TIME:
                value: str | None = self._backend.get_password(SERVICE, name)
        except self._errors as exc:
            raise KeyringUnavailable(
                Said(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The OS keyring could not be read ({__name__}). Unlock your keyring or "
                        "sign in again, then retry.",
                    ),
                    __name__=type(exc).__name__,
                )
            ) from exc
        return value

    def set(self, name: str, value: str) -> None:
        _check_length(value)
        try:
            with _ONE_AT_A_TIME:
                self._backend.set_password(SERVICE, name, value)
        except self._errors as exc:
            raise KeyringUnavailable(
                Said(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The OS keyring refused to store a key ({__name__}). Unlock your keyring, "
                        "then retry.",
                    ),
                    __name__=type(exc).__name__,
                )
            ) from exc

    def delete(self, name: str) -> None:
        from keyring.errors import PasswordDeleteError

        try:
            with _ONE_AT_A_TIME:
                self._backend.delete_password(SERVICE, name)
        except PasswordDeleteError:
            return
        except self._errors as exc:
            raise KeyringUnavailable(
                Said(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The OS keyring could not remove an entry ({__name__}). Unlock your "
                        "keyring, then retry.",
                    ),
                    __name__=type(exc).__name__,
                )
            ) from exc


class MemoryStore:
    """An in-memory secret store for unit tests of code that needs one."""

    def __init__(self) -> None:
        self._items: dict[str, str] = {}

    @property
    def backend_name(self) -> str:
        return "memory"

    def get(self, name: str) -> str | None:
        return self._items.get(name)

    def set(self, name: str, value: str) -> None:
        _check_length(value)
        self._items[name] = value

    def delete(self, name: str) -> None:
        self._items.pop(name, None)
