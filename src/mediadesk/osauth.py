"""Proving who is at the keyboard with the operating system's own sign-in, to unlock MediaDesk.

Windows: Windows Hello (face, fingerprint or PIN) through UserConsentVerifier, as KeePassXC's
quick unlock does; where Hello is not set up, the Windows password, checked by LogonUser.
Linux: the user's login password, checked by PAM (service "mediadesk", which falls back to
the system's "other" rules unless IT installs /etc/pam.d/mediadesk).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import getpass
import os
import sys
from collections.abc import Callable
from typing import Any

PAM_SERVICE = "mediadesk"
_PAM_PROMPT_ECHO_OFF = 1
_PAM_PROMPT_ECHO_ON = 2
_PAM_SUCCESS = 0


def current_user() -> str:
    """The signed-in operating-system account."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


# -- Linux: PAM --------------------------------------------------------------------------------
class _PamMessage(ctypes.Structure):
    _fields_ = [("msg_style", ctypes.c_int), ("msg", ctypes.c_char_p)]


class _PamResponse(ctypes.Structure):
    _fields_ = [("resp", ctypes.c_void_p), ("resp_retcode", ctypes.c_int)]


_CONV = ctypes.CFUNCTYPE(
    ctypes.c_int,
    ctypes.c_int,
    ctypes.POINTER(ctypes.POINTER(_PamMessage)),
    ctypes.POINTER(ctypes.POINTER(_PamResponse)),
    ctypes.c_void_p,
)


class _PamConv(ctypes.Structure):
    _fields_ = [("conv", _CONV), ("appdata_ptr", ctypes.c_void_p)]


def pam_available() -> bool:
    return sys.platform.startswith("linux") and ctypes.util.find_library("pam") is not None


def pam_verify(user: str, password: str, service: str = PAM_SERVICE) -> bool:
    """Whether `password` is `user`'s operating-system password (PAM authentication only)."""
    libpam = ctypes.CDLL(ctypes.util.find_library("pam") or "libpam.so.0")
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    libc.calloc.restype = ctypes.c_void_p
    libc.calloc.argtypes = [ctypes.c_size_t, ctypes.c_size_t]
    libc.strdup.restype = ctypes.c_void_p
    libc.strdup.argtypes = [ctypes.c_char_p]
    secret = password.encode("utf-8")

    def converse(count: int, messages: Any, answers: Any, _data: Any) -> int:
        # PAM frees what is handed back, so it is allocated with the C library's calloc.
        block = libc.calloc(count, ctypes.sizeof(_PamResponse))
        replies = ctypes.cast(block, ctypes.POINTER(_PamResponse))
        for index in range(count):
            style = messages[index].contents.msg_style
            if style in (_PAM_PROMPT_ECHO_OFF, _PAM_PROMPT_ECHO_ON):
                replies[index].resp = libc.strdup(secret)
        answers[0] = replies
        return _PAM_SUCCESS

    callback = _CONV(converse)
    conversation = _PamConv(callback, None)
    handle = ctypes.c_void_p()
    libpam.pam_start.argtypes = [
        ctypes.c_char_p,
        ctypes.c_char_p,
        ctypes.POINTER(_PamConv),
        ctypes.POINTER(ctypes.c_void_p),
    ]
    libpam.pam_authenticate.argtypes = [ctypes.c_void_p, ctypes.c_int]
    libpam.pam_end.argtypes = [ctypes.c_void_p, ctypes.c_int]
    started = libpam.pam_start(
        service.encode(), user.encode(), ctypes.byref(conversation), ctypes.byref(handle)
    )
    if started != _PAM_SUCCESS:
        return False
    result = libpam.pam_authenticate(handle, 0)
    libpam.pam_end(handle, result)
    return bool(result == _PAM_SUCCESS)


# -- Windows -----------------------------------------------------------------------------------
def windows_hello(message: str) -> bool | None:  # pragma: no cover - Windows only
    """True or False from Windows Hello; None where it is not available (not set up)."""
    try:
        import asyncio

        from winrt.windows.security.credentials.ui import (
            UserConsentVerificationResult,
            UserConsentVerifier,
            UserConsentVerifierAvailability,
        )
    except ImportError:
        return None

    async def ask() -> bool | None:
        available = await UserConsentVerifier.check_availability_async()
        if available != UserConsentVerifierAvailability.AVAILABLE:
            return None
        answer = await UserConsentVerifier.request_verification_async(message)
        return bool(answer == UserConsentVerificationResult.VERIFIED)

    try:
        return asyncio.run(ask())
    except Exception:  # Hello unavailable or refused for this desktop process: use the password
        return None


def windows_password_verify(user: str, password: str) -> bool:  # pragma: no cover - Windows
    """Whether `password` signs `user` in to Windows (LogonUser, an interactive logon check)."""
    advapi: Any = getattr(ctypes, "WinDLL")("advapi32", use_last_error=True)  # noqa: B009
    kernel: Any = getattr(ctypes, "WinDLL")("kernel32", use_last_error=True)  # noqa: B009
    domain, _, name = user.rpartition("\\")
    domain = domain or os.environ.get("USERDOMAIN", "")
    token = ctypes.c_void_p()
    logon_interactive, provider_default = 2, 0
    ok = advapi.LogonUserW(
        name, domain or None, password, logon_interactive, provider_default, ctypes.byref(token)
    )
    if ok:
        kernel.CloseHandle(token)
    return bool(ok)


Verifier = Callable[[str], bool]  # the password the user typed -> whether it is theirs


def os_password_verifier() -> Verifier | None:
    """A check of the current user's OS password, or None where none is available."""
    user = current_user()
    if not user:
        return None
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return lambda password: windows_password_verify(user, password)
    if pam_available():
        return lambda password: pam_verify(user, password)
    return None
