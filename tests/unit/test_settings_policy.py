"""The settings registry and IT policy overrides."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mediadesk.config.policy import load_policy
from mediadesk.config.settings import REGISTRY, Settings, policy_problems
from mediadesk.context import AppContext
from mediadesk.errors import ValidationError


def test_every_setting_is_described_and_typed() -> None:
    for setting in REGISTRY:
        assert setting.description.endswith(".")
        assert isinstance(setting.default, setting.type)


def test_settings_persist_and_are_checked(ctx: AppContext) -> None:
    ctx.settings.set("enquiries.retention_months", "36")
    assert ctx.settings.get("enquiries.retention_months") == 36
    with pytest.raises(ValidationError, match="at least 1"):
        ctx.settings.set("enquiries.retention_months", 0)
    with pytest.raises(ValidationError, match="one of"):
        ctx.settings.set("ui.theme", "purple")


def test_typed_getters_give_the_setting_its_type_and_refuse_another(ctx: AppContext) -> None:
    ctx.settings.set("enquiries.retention_months", "36")
    assert ctx.settings.number("enquiries.retention_months") == 36
    assert ctx.settings.flag("enquiries.export_allowed") is True
    assert ctx.settings.text("ui.theme") == "system"
    with pytest.raises(TypeError, match="int setting"):
        ctx.settings.flag("enquiries.retention_months")


def test_policy_file_overrides_and_locks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ctx: AppContext
) -> None:
    policy_file = tmp_path / "policy.json"
    policy_file.write_text(
        json.dumps(
            {
                "enquiries.retention_months": 12,
                "enquiries.export_allowed": False,
                "no.such.key": 1,
                "ui.theme": "purple",
            }
        )
    )
    monkeypatch.setenv("MEDIADESK_POLICY_FILE", str(policy_file))
    policy = load_policy()
    assert policy.source == str(policy_file)
    settings = Settings(ctx.conn, policy)
    ctx.settings.set("enquiries.retention_months", 48)
    assert settings.get("enquiries.retention_months") == 12
    assert settings.is_locked("enquiries.retention_months")
    assert settings.get("enquiries.export_allowed") is False
    assert settings.flag("enquiries.export_allowed") is False
    assert settings.number("enquiries.retention_months") == 12
    with pytest.raises(ValidationError, match="managed by your organisation"):
        settings.set("enquiries.export_allowed", True)
    # A bad policy value is ignored (and reported), not obeyed.
    assert not settings.is_locked("ui.theme")
    problems = policy_problems(policy)
    assert any("no.such.key" in p for p in problems)
    assert any("ui.theme" in p for p in problems)


def test_broken_policy_file_is_reported_not_fatal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    policy_file = tmp_path / "policy.json"
    policy_file.write_text("{broken")
    monkeypatch.setenv("MEDIADESK_POLICY_FILE", str(policy_file))
    policy = load_policy()
    assert policy.values == {} and policy.problems


def test_machine_policy_beats_the_environment_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mediadesk.config.policy import POLICY_FILE_ENV, Policy, load_policy

    lifted = tmp_path / "mine.json"
    lifted.write_text('{"enquiries.export_allowed": true}', encoding="utf-8")
    monkeypatch.setenv(POLICY_FILE_ENV, str(lifted))
    machine = Policy({"enquiries.export_allowed": False}, "HKLM\\Software\\Policies\\MediaDesk")
    assert load_policy(lambda: machine).values == {"enquiries.export_allowed": False}
    # where IT has set nothing, the file named by the variable applies
    assert load_policy(Policy).values == {"enquiries.export_allowed": True}
