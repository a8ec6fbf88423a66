"""The translation check refuses a Welsh string that would break when shown."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

TOOL = Path(__file__).resolve().parents[2] / "tools" / "translations.py"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_tool", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_lost_or_invented_placeholder_is_refused() -> None:
    check = _tool()._placeholder_problem
    assert check("Logged {ref}.", "Cofnodwyd {ref}.") == ""
    assert check("Logged {ref}.", "Cofnodwyd.") != ""
    assert check("Logged {ref}.", "Cofnodwyd {cyf}.") != ""
    assert check("%n minute(s)", "%n munud") == ""
    assert check("%n minute(s)", "munudau") != ""


def test_a_second_access_key_is_refused() -> None:
    check = _tool()._placeholder_problem
    assert check("&Save", "&Cadw") == ""
    assert check("&Save", "&Ca&dw") != ""
    assert check("Save", "&Cadw") != ""
    assert check("Save && close", "Cadw && cau") == ""


def test_a_plural_form_may_leave_the_count_out() -> None:
    check = _tool()._placeholder_problem
    assert check("these %n column(s)", "this column", plural=True) == ""
    assert check("{x} and %n more", "{y} a %n arall", plural=True) != ""
