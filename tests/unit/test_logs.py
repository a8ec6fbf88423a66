"""Logs rotate when a process starts, never under another process that holds the file open."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from mediadesk import logs


def test_a_large_log_is_moved_aside_at_start_and_lines_keep_coming(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 100)
    folder = tmp_path / "logs"
    folder.mkdir()
    (folder / "mediadesk.log").write_text("x" * 150, encoding="utf-8")
    (folder / "mediadesk.log.1").write_text("older", encoding="utf-8")
    path = logs.setup(folder)
    logger = logging.getLogger("mediadesk.test")
    logger.info("first line token=abc123")
    for _ in range(20):  # past MAX_BYTES while running: no rotation under a running process
        logger.info("more")
    assert (folder / "mediadesk.log.1").read_text(encoding="utf-8") == "x" * 150
    assert (folder / "mediadesk.log.2").read_text(encoding="utf-8") == "older"
    text = path.read_text(encoding="utf-8")
    assert "first line token=[redacted]" in text and text.count("more") == 20
    assert not (folder / "mediadesk.log.3").exists()


def test_a_rename_windows_refuses_is_left_for_a_later_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 10)
    log = tmp_path / "mediadesk.log"
    log.write_text("x" * 50, encoding="utf-8")

    def refused(*args: object) -> None:
        raise PermissionError(32, "The process cannot access the file")  # held by another

    monkeypatch.setattr(logs.os, "replace", refused)
    logs.rotate_if_large(log)  # no exception: this process appends instead
    assert log.read_text(encoding="utf-8") == "x" * 50
