"""The enquiry workflow from the keyboard: each step a menu item with its shortcut."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QBoxLayout, QMenu, QWidget

from mediadesk.domain.enquiry import TRANSITIONS, Enquiry, Status
from mediadesk.words import QT_TRANSLATE_NOOP

ACTION_LABELS = {
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("Workflow", "Mark in progress"),
    Status.AWAITING_CLEARANCE: QT_TRANSLATE_NOOP("Workflow", "Send for clearance"),
    Status.CLEARED: QT_TRANSLATE_NOOP("Workflow", "Clear for release…"),
    Status.RESPONDED: QT_TRANSLATE_NOOP("Workflow", "Mark responded"),
    Status.CLOSED: QT_TRANSLATE_NOOP("Workflow", "Close enquiry"),
    Status.DECLINED: QT_TRANSLATE_NOOP("Workflow", "Decline"),
    Status.NO_RESPONSE: QT_TRANSLATE_NOOP("Workflow", "No response given"),
}


class ShownEnquiry(Protocol):
    """The editor, as the workflow needs it."""

    current: Enquiry | None
    shown: SignalInstance

    def move_to(self, target: Status) -> None: ...


# Ctrl+Shift and a letter of the step: none is taken by text editing or by another menu item.
KEYS = {
    Status.IN_PROGRESS: "Ctrl+Shift+P",
    Status.AWAITING_CLEARANCE: "Ctrl+Shift+S",
    Status.CLEARED: "Ctrl+Shift+C",
    Status.RESPONDED: "Ctrl+Shift+R",
    Status.CLOSED: "Ctrl+Shift+X",
    Status.DECLINED: "Ctrl+Shift+D",
    Status.NO_RESPONSE: "Ctrl+Shift+N",
}


class WorkflowActions:
    """Menu items for the steps, enabled for the enquiry the editor shows."""

    def __init__(self, editor: ShownEnquiry, parent: QWidget) -> None:
        self.editor = editor
        self.actions: dict[Status, QAction] = {}
        for target, label in ACTION_LABELS.items():
            action = QAction(QCoreApplication.translate("Workflow", label), parent)
            action.setShortcut(QKeySequence(KEYS[target]))
            action.triggered.connect(lambda _=False, t=target: self._step(t))
            self.actions[target] = action
        editor.shown.connect(self.update)
        self.update()

    def update(self) -> None:
        """Offer the steps the shown enquiry can take (none when none is shown)."""
        current = self.editor.current
        allowed = TRANSITIONS[current.status] if current is not None else frozenset()
        for target, action in self.actions.items():
            action.setEnabled(target in allowed)

    def _step(self, target: Status) -> None:
        if self.editor.current is not None and target in TRANSITIONS[self.editor.current.status]:
            self.editor.move_to(target)


def install(menu: QMenu, editor: ShownEnquiry, parent: QWidget) -> WorkflowActions:
    """The steps at the top of the Enquiries menu, where their shortcuts are listed."""
    steps = WorkflowActions(editor, parent)
    first = menu.actions()[0] if menu.actions() else None
    menu.insertActions(first, list(steps.actions.values()))  # type: ignore[arg-type]
    menu.insertSeparator(first)  # type: ignore[arg-type]
    return steps


def in_reading_order(row: QBoxLayout, anchor: QWidget) -> None:
    """Put the row's widgets just before anchor in the Tab order, where the eye finds them
    (new buttons join the end of the window's focus chain)."""
    widgets = [row.itemAt(i).widget() for i in range(row.count())]  # type: ignore[union-attr]
    buttons = [w for w in widgets if w is not None]
    before = anchor.previousInFocusChain()
    # Qt orders only after a control that takes Tab: skip labels, containers and the row.
    while before is not None and (
        before in buttons or not before.focusPolicy() & Qt.FocusPolicy.TabFocus
    ):
        before = before.previousInFocusChain()
    if before is None:
        return
    for widget in buttons:
        QWidget.setTabOrder(before, widget)
        before = widget
