"""Architecture rules: the core never imports Qt, the UI goes through the Desk, no import
circles, and logs never hold secrets."""

from __future__ import annotations

import ast
import logging
import subprocess
import sys
from pathlib import Path

import mediadesk
from mediadesk.logs import setup

SRC = Path(mediadesk.__file__).parent
CORE = ("domain", "storage", "office", "net", "services", "config")


def _modules() -> dict[str, Path]:
    """Every module of the package by dotted name."""
    found = {}
    for path in SRC.rglob("*.py"):
        parts = path.relative_to(SRC.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The package's modules `name` imports anywhere: top level, in functions, TYPE_CHECKING."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                kept = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*kept, base] if base else kept)
            for alias in node.names:  # `from pkg import module` imports the module
                whole = f"{base}.{alias.name}"
                found.add(whole if whole in modules else base)
    return {m for m in found if m in modules and m != name}


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def test_the_ui_reaches_data_and_network_only_through_the_desk() -> None:
    offenders = sorted(
        f"{name} imports {target}"
        for name, targets in _graph().items()
        if name.startswith("mediadesk.ui")
        for target in targets
        if target.startswith(("mediadesk.storage", "mediadesk.office", "mediadesk.net"))
    )
    assert offenders == []


def test_the_ui_and_the_command_line_never_touch_a_connection() -> None:
    offenders = []
    for path in [*(SRC / "ui").rglob("*.py"), SRC / "cli.py", SRC / "app.py", SRC / "guards.py"]:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Attribute) and node.attr in ("conn", "execute"):
                offenders.append(f"{path.relative_to(SRC)}:{node.lineno} .{node.attr}")
    assert offenders == []


def test_sql_lives_in_storage_only() -> None:
    offenders = []
    for path in SRC.rglob("*.py"):
        if path.relative_to(SRC).parts[0] in ("storage", "office"):  # the two databases
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Attribute) and node.attr.startswith("execute"):
                offenders.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert offenders == []


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while (member := stack.pop()) != node:
                group.append(member)
            if group:
                circles.append(sorted([*group, node]))

    for node in graph:
        if node not in index:
            visit(node)
    return circles


def test_the_circle_finder_finds_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _circles(graph) == [["a", "b", "c"]]


def test_no_module_imports_itself_round_a_circle() -> None:
    assert _circles(_graph()) == []


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
