"""The accessibility tree a screen reader reads, walked on the real widgets: every control has
a name, every image a name, on each tab (an enquiry and a post open) and in the dialogs."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from mediadesk.context import AppContext
from mediadesk.domain.enquiry import Channel, NewEnquiry
from mediadesk.domain.posts import Visit
from mediadesk.ui.mainwindow import MainWindow
from tests.ui.accessibility import problems, walk
from tests.ui.test_access_keys import each_dialog


def _png() -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def test_every_control_on_every_tab_has_a_name(qtbot: QtBot, ctx: AppContext) -> None:
    made = ctx.desk.enquiries.create(NewEnquiry(ctx.clock(), Channel.PHONE, "Bus lanes"))
    service = ctx.posts()
    post = service.new_post(service.save_visit(Visit(0, "Jo Minister", "2026-11-20", "Cardiff")).id)
    service.add_photo(post.id, _png(), "png", (8, 8), "school.png")  # its previews are images
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.posts is not None and window.monitoring is not None)
    window.enquiries.refresh(select=made.id)
    qtbot.waitUntil(lambda: window.enquiries.editor.current is not None)
    found, walked, graphics = {}, 0, 0
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(50)
        nodes = list(walk(window))
        walked += len(nodes)
        graphics += sum(1 for n in nodes if n.role() is QAccessible.Role.Graphic)
        found[window.tabs.tabText(index)] = problems(window)
    assert walked > 100  # the tree really was walked
    assert graphics >= 2  # the photo and its previews were reached
    assert found == {name: [] for name in found}
    window.close()


def test_the_count_says_the_number_not_what_the_label_is(
    qtbot: QtBot, ctx: AppContext, window: MainWindow
) -> None:
    ctx.desk.enquiries.create(NewEnquiry(ctx.clock(), Channel.PHONE, "Bus lanes"))
    window.enquiries.refresh()
    qtbot.waitUntil(lambda: window.enquiries.count.text() == "1 enquiry")
    node = QAccessible.queryAccessibleInterface(window.enquiries.count)
    assert node is not None and node.text(QAccessible.Text.Name) == "1 enquiry"


def test_every_control_in_the_dialogs_has_a_name(
    qtbot: QtBot, ctx: AppContext, window: MainWindow
) -> None:
    found = each_dialog(qtbot, ctx, window, problems)
    assert found == {name: [] for name in found}


def test_the_walk_finds_a_control_with_no_name(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    named, unnamed = QLineEdit(), QLineEdit()
    named.setAccessibleName("Subject")
    layout.addWidget(named)
    layout.addWidget(unnamed)
    form.show()
    qtbot.waitUntil(form.isVisible)
    assert [p.split(":")[-1].strip() for p in problems(form)] == ["no name"]


def test_the_walk_finds_a_combo_box_named_by_its_value(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    for name in ("Channel", "Phone", ""):
        combo = QComboBox()
        combo.addItems(["Phone", "Email"])
        combo.setAccessibleName(name)
        layout.addWidget(combo)
    form.show()
    qtbot.waitUntil(form.isVisible)
    assert sorted(p.split(": ", 1)[-1] for p in problems(form)) == [
        "named by its value 'Phone'",
        "no name (it would be announced as 'Phone')",
    ]
