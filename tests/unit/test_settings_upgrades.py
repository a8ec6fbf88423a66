"""Numbered settings upgrades run once each; a renamed key keeps working in stored settings
and in IT policy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mediadesk.config import upgrades
from mediadesk.config.policy import Policy, load_policy
from mediadesk.config.settings import Settings
from mediadesk.context import AppContext


def test_a_setting_saved_under_its_old_name_is_read_under_the_new_one(ctx: AppContext) -> None:
    ctx.conn.execute("DELETE FROM settings WHERE key = ?", (upgrades.VERSION_KEY,))
    ctx.conn.execute(
        "INSERT OR REPLACE INTO settings(key, value) VALUES ('posts.accounts_allowed', 'false')"
    )
    assert upgrades.version(ctx.conn) == 0
    assert upgrades.upgrade(ctx.conn) == [1]
    assert Settings(ctx.conn, ctx.policy).flag("accounts.allowed") is False
    assert upgrades.version(ctx.conn) == len(upgrades.UPGRADES)
    assert upgrades.upgrade(ctx.conn) == []  # once only
    old = ctx.conn.execute("SELECT 1 FROM settings WHERE key='posts.accounts_allowed'").fetchone()
    assert old is None


def test_a_new_profile_starts_fully_upgraded(ctx: AppContext) -> None:
    assert upgrades.version(ctx.conn) == upgrades.UPGRADES[-1][0]


def test_a_policy_under_the_old_name_still_locks_the_setting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ctx: AppContext
) -> None:
    policy_file = tmp_path / "policy.json"
    policy_file.write_text(json.dumps({"posts.accounts_allowed": 0}))
    monkeypatch.setenv("MEDIADESK_POLICY_FILE", str(policy_file))
    settings = Settings(ctx.conn, load_policy(machine=Policy))
    assert settings.is_locked("accounts.allowed")
    assert settings.flag("accounts.allowed") is False


def test_the_current_name_wins_over_the_old_one_in_policy() -> None:
    values = upgrades.renamed({"posts.accounts_allowed": 0, "accounts.allowed": 1})
    assert values == {"accounts.allowed": 1}
