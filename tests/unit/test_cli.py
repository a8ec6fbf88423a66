"""The command line: the window's own options, and every command behind them."""

from __future__ import annotations

import pytest

from mediadesk.cli import parse_args, starts_the_window


def test_the_window_start_is_told_from_commands() -> None:
    assert starts_the_window([])
    assert starts_the_window(["--profile", "D:/press office"])
    assert starts_the_window(["--profile=D:/p", "--self-test"])
    assert starts_the_window(["--passphrase-file", "pass.txt", "--profile", "p"])
    assert not starts_the_window(["--profile", "p", "export", "enquiries"])
    assert not starts_the_window(["--help"])
    assert not starts_the_window(["--version"])
    assert not starts_the_window(["typo"])


def test_the_window_and_the_commands_read_the_same_options() -> None:
    window = parse_args(["--profile", "p"])
    assert (window.profile, window.command, window.self_test) == ("p", None, False)
    command = parse_args(
        ["--profile", "p", "export", "enquiries", "--format", "csv", "--output", "o"]
    )
    assert (command.profile, command.command, command.format) == ("p", "export", "csv")
    assert parse_args(["--self-test"]).self_test


def test_a_mistyped_command_still_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        parse_args(["--profile", "p", "exprot"])
    assert stopped.value.code == 2
    assert "invalid choice: 'exprot'" in capsys.readouterr().err
