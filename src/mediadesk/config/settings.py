"""One typed registry of settings, stored in the profile and overridable by IT policy."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from mediadesk.config.policy import Policy
from mediadesk.errors import ValidationError
from mediadesk.storage import settings_store
from mediadesk.storage.db import Connection, transaction
from mediadesk.words import QT_TRANSLATE_NOOP, Said


@dataclass(frozen=True)
class Setting:
    """A setting's key, type, default and the sentence that describes it."""

    key: str
    type: type
    default: Any
    description: str
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()


REGISTRY: tuple[Setting, ...] = (
    Setting(
        "enquiries.retention_months",
        int,
        24,
        QT_TRANSLATE_NOOP(
            "SettingsDialog",
            "Months after which enquiries are offered for deletion or anonymisation.",
        ),
        minimum=1,
        maximum=240,
    ),
    Setting(
        "enquiries.reminder_minutes",
        int,
        30,
        QT_TRANSLATE_NOOP(
            "SettingsDialog", "Minutes before a deadline that the first reminder is shown."
        ),
        minimum=0,
        maximum=24 * 60,
    ),
    Setting(
        "enquiries.export_allowed",
        bool,
        True,
        QT_TRANSLATE_NOOP(
            "SettingsDialog", "Whether enquiries may be exported to CSV or XLSX files."
        ),
    ),
    Setting(
        "profile.passphrase_allowed",
        bool,
        True,
        QT_TRANSLATE_NOOP(
            "SettingsDialog",
            "Whether a passphrase-protected profile may be used when no OS keyring is available.",
        ),
    ),
    Setting(
        "security.lock_after_minutes",
        int,
        15,
        QT_TRANSLATE_NOOP(
            "SettingsDialog",
            "Minutes without use after which MediaDesk locks and hides its data (it also locks "
            "when the screen is locked or the computer sleeps).",
        ),
        minimum=1,
        maximum=240,
    ),
    Setting(
        "user.display_name",
        str,
        "",
        QT_TRANSLATE_NOOP(
            "SettingsDialog",
            "The name recorded as owner and in the audit log (empty: your sign-in name).",
        ),
    ),
    Setting(
        "ui.theme",
        str,
        "system",
        QT_TRANSLATE_NOOP("SettingsDialog", "Colour theme: system, light or dark."),
        choices=("system", "light", "dark"),
    ),
    Setting(
        "ui.language",
        str,
        "system",
        QT_TRANSLATE_NOOP(
            "SettingsDialog",
            "Interface language: system (Welsh when Windows is in Welsh), en-GB or cy (Welsh);"
            " it takes effect the next time MediaDesk starts.",
        ),
        choices=("system", "en-GB", "cy"),
    ),
    Setting(
        "monitoring.retention_days",
        int,
        30,
        QT_TRANSLATE_NOOP(
            "SettingsDialog",
            "Days that monitoring items are kept (starred items are kept until unstarred).",
        ),
        minimum=1,
        maximum=3650,
    ),
    Setting(
        "posts.election_period",
        bool,
        False,
        QT_TRANSLATE_NOOP(
            "SettingsDialog",
            "Election-period (pre-election) mode: a propriety banner on every visit post draft.",
        ),
    ),
    Setting(
        "accounts.allowed",
        bool,
        True,
        QT_TRANSLATE_NOOP(
            "SettingsDialog",
            "Whether social media accounts may be connected for publishing from MediaDesk.",
        ),
    ),
    Setting(
        "accounts.x_client_id",
        str,
        "",
        QT_TRANSLATE_NOOP(
            "SettingsDialog",
            "Client ID of the organisation's X developer app (OAuth 2.0, public client).",
        ),
    ),
    Setting(
        "accounts.x_redirect_port",
        int,
        53682,
        QT_TRANSLATE_NOOP(
            "SettingsDialog",
            "Loopback port of the X app's registered callback, http://127.0.0.1:PORT/callback.",
        ),
        minimum=1024,
        maximum=65535,
    ),
    Setting(
        "office.server",
        str,
        "",
        QT_TRANSLATE_NOOP(
            "SettingsDialog",
            "The office server, as postgresql://HOST:PORT/DATABASE: when set, profiles may join"
            " only this server (empty: any the officer is given).",
        ),
    ),
    Setting(
        "office.root_certificate",
        str,
        "",
        QT_TRANSLATE_NOOP(
            "SettingsDialog",
            "Path of the root certificate that signed the office server's certificate, when it is"
            " not in the Windows trust store (empty: the trust store).",
        ),
    ),
    Setting(
        "network.proxy_mode",
        str,
        "system",
        QT_TRANSLATE_NOOP(
            "SettingsDialog",
            "Where the proxy comes from: system (Windows Internet settings or environment), "
            "pac (an auto-config script), fixed (one proxy) or direct.",
        ),
        choices=("system", "pac", "fixed", "direct"),
    ),
    Setting(
        "network.pac_url",
        str,
        "",
        QT_TRANSLATE_NOOP(
            "SettingsDialog",
            "Address of the proxy auto-config (PAC) script, used when the proxy mode is pac.",
        ),
    ),
    Setting(
        "network.proxy_url",
        str,
        "",
        QT_TRANSLATE_NOOP(
            "SettingsDialog",
            "Proxy used for everything when the proxy mode is fixed, e.g. http://proxy:8080.",
        ),
    ),
)
BY_KEY = {s.key: s for s in REGISTRY}


def coerce(setting: Setting, value: Any) -> Any:
    """Convert a stored or policy value to the setting's type, or raise ValidationError."""
    try:
        if setting.type is bool:
            if isinstance(value, str):
                lowered = value.strip().lower()
                if lowered not in ("1", "0", "true", "false", "yes", "no"):
                    raise ValueError(value)
                result: Any = lowered in ("1", "true", "yes")
            else:
                result = bool(value)
        elif setting.type is int:
            if isinstance(value, bool):
                raise ValueError(value)
            result = int(value)
        else:
            result = str(value)
    except (TypeError, ValueError) as exc:
        raise ValidationError(
            Said(
                QT_TRANSLATE_NOOP("Messages", "{key} must be a {__name__}."),
                key=setting.key,
                __name__=setting.type.__name__,
            )
        ) from exc
    if setting.minimum is not None and result < setting.minimum:
        raise ValidationError(
            Said(
                QT_TRANSLATE_NOOP("Messages", "{key} must be at least {minimum}."),
                key=setting.key,
                minimum=setting.minimum,
            )
        )
    if setting.maximum is not None and result > setting.maximum:
        raise ValidationError(
            Said(
                QT_TRANSLATE_NOOP("Messages", "{key} must be at most {maximum}."),
                key=setting.key,
                maximum=setting.maximum,
            )
        )
    if setting.choices and result not in setting.choices:
        raise ValidationError(
            Said(
                QT_TRANSLATE_NOOP("Messages", "{key} must be one of {choices}."),
                key=setting.key,
                choices=", ".join(setting.choices),
            )
        )
    return result


def policy_problems(policy: Policy) -> list[str]:
    """Policy entries that name no setting or hold a value of the wrong type."""
    problems = list(policy.problems)
    for key, value in policy.values.items():
        if key not in BY_KEY:
            problems.append(f"unknown policy key {key!r} ignored")
            continue
        try:
            coerce(BY_KEY[key], value)
        except ValidationError as exc:
            problems.append(f"{key}: {exc.message} (ignored)")
    return problems


class Settings:
    """Read and write settings; policy values win and cannot be changed here."""

    def __init__(self, conn: Connection, policy: Policy) -> None:
        self.conn = conn
        self.policy = policy

    def is_locked(self, key: str) -> bool:
        if key not in self.policy.values:
            return False
        try:
            coerce(BY_KEY[key], self.policy.values[key])
        except ValidationError:
            return False
        return True

    def get(self, key: str) -> Any:
        setting = BY_KEY[key]
        if self.is_locked(key):
            return coerce(setting, self.policy.values[key])
        stored = settings_store.value(self.conn, key)
        if stored is None:
            return setting.default
        try:
            return coerce(setting, json.loads(stored))
        except (ValueError, ValidationError):
            return setting.default

    def _typed(self, key: str, kind: type) -> Any:
        if BY_KEY[key].type is not kind:  # a programming error, caught by the first test run
            raise TypeError(f"{key} is a {BY_KEY[key].type.__name__} setting")
        return self.get(key)

    def text(self, key: str) -> str:
        """A text setting's value (policy first)."""
        return str(self._typed(key, str))

    def flag(self, key: str) -> bool:
        """A yes/no setting's value (policy first)."""
        return bool(self._typed(key, bool))

    def number(self, key: str) -> int:
        """A whole-number setting's value (policy first)."""
        return int(self._typed(key, int))

    def set(self, key: str, value: Any) -> None:
        setting = BY_KEY[key]
        if self.is_locked(key):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "This setting is managed by your organisation.")
            )
        clean = coerce(setting, value)
        with transaction(self.conn):
            settings_store.put(self.conn, key, json.dumps(clean))
