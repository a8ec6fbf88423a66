"""Architecture rules: the core never imports Qt, and logs never hold secrets."""

from __future__ import annotations

import ast
import logging
import subprocess
import sys
from pathlib import Path

import mediadesk
from mediadesk.logs import setup

SRC = Path(mediadesk.__file__).parent
CORE = ("domain", "storage", "net", "services", "config")


def test_core_layers_import_no_pyside6_statically() -> None:
    offenders = []
    for layer in CORE:
        for path in (SRC / layer).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text())):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                offenders += [f"{path.name}: {n}" for n in names if n.startswith("PySide6")]
    assert offenders == []


def test_core_layers_do_not_pull_in_pyside6_at_run_time() -> None:
    modules = [
        f"mediadesk.{layer}.{p.stem}"
        for layer in CORE
        for p in (SRC / layer).glob("*.py")
        if p.stem != "__init__"
    ]
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "import mediadesk.cli, mediadesk.context\n"
        + "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_log_lines_are_redacted(tmp_path: Path) -> None:
    path = setup(tmp_path)
    logger = logging.getLogger("mediadesk.test")
    key = "ab" * 32
    logger.warning("PRAGMA key = \"x'%s'\" token=%s", key, "sekrit-token")
    for handler in logging.getLogger("mediadesk").handlers:
        handler.flush()
    text = path.read_text()
    assert key not in text and "sekrit-token" not in text and "[redacted]" in text


def test_setting_the_log_up_again_loses_and_doubles_no_line(tmp_path: Path) -> None:
    logger = logging.getLogger("mediadesk.test")
    path = setup(tmp_path)
    logger.warning("before the window")
    assert setup(tmp_path) == path
    logger.warning("after the window")
    ours = logging.getLogger("mediadesk").handlers
    assert len(ours) == 1 and isinstance(ours[0], logging.FileHandler)
    ours[0].flush()
    lines = path.read_text().splitlines()
    assert [line.split(": ", 1)[1] for line in lines] == ["before the window", "after the window"]
