"""Walking the real accessibility tree (QAccessible, what AT-SPI and UI Automation are fed)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

Role = QAccessible.Role
INTERACTIVE = {
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.SpinBox,
    Role.Slider,
    Role.List,
    Role.Table,
    Role.Tree,
    Role.PageTab,
    Role.ButtonMenu,
    Role.ButtonDropDown,
}


def walk(top: QWidget) -> Iterator[QAccessibleInterface]:
    """Every visible accessible object under `top`."""
    root = QAccessible.queryAccessibleInterface(top)
    if root is None:
        return
    stack = [root]
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if not node.isValid() or node.state().invisible:
            continue
        owner = node.object()  # a page and its content share a rect: tell them apart
        marker = hash(
            (
                id(owner) if owner is not None else 0,
                node.role(),
                node.text(QAccessible.Text.Name),
                node.rect().getRect(),
            )
        )
        if marker in seen:  # a child reached twice (tables report cells more than once)
            continue
        seen.add(marker)
        yield node
        stack.extend(node.child(i) for i in range(node.childCount()) if node.child(i) is not None)


def problems(top: QWidget, combos: bool = False) -> list[str]:
    """Interactive objects with no name and unnamed images; with `combos`, also combo boxes
    whose name is their value (Qt 6.11's own combo interface reports the current text as its
    name even when an accessible name is set, so that check waits for Qt)."""
    found = []
    for node in walk(top):
        role = node.role()
        name = node.text(QAccessible.Text.Name).strip()
        value = node.text(QAccessible.Text.Value).strip()
        where = f"{role.name} at {node.rect().getRect()}"
        if role in INTERACTIVE and not name:
            found.append(f"{where}: no name")
        elif combos and role is Role.ComboBox and value and name == value:
            found.append(f"{where}: named by its value {value!r}")
        elif role is Role.Graphic and not name:
            found.append(f"{where}: an image with no name")
    return found
