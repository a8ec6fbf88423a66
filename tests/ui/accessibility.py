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


def _own_name(node: QAccessibleInterface) -> str:
    owner = node.object()
    return owner.accessibleName().strip() if isinstance(owner, QWidget) else ""


def problems(top: QWidget) -> list[str]:
    """Interactive objects with no name, combo boxes named by their value, unnamed images.

    A combo's name is checked as Windows and macOS announce it: Qt gives UI Automation the
    combo's accessible name there. (On Linux, Qt's AT-SPI bridge reports a combo's current
    text as its name by design and names it through its label's relation instead, so the
    walk's Name cannot tell the two apart here.)
    """
    found = []
    for node in walk(top):
        role = node.role()
        name = node.text(QAccessible.Text.Name).strip()
        value = node.text(QAccessible.Text.Value).strip()
        where = f"{role.name} at {node.rect().getRect()}"
        if role is Role.ComboBox:
            own = _own_name(node)
            if not own:
                found.append(f"{where}: no name (it would be announced as {value!r})")
            elif value and own == value:
                found.append(f"{where}: named by its value {value!r}")
        elif role in INTERACTIVE and not name:
            found.append(f"{where}: no name")
        elif role is Role.Graphic and not name:
            found.append(f"{where}: an image with no name")
    return found
