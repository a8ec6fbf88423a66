"""The office's monitoring columns: a clearer publishes them, every officer's laptop keeps them."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mediadesk.context import AppContext
from mediadesk.domain.monitoring import Column
from mediadesk.domain.platforms import ColumnKind
from mediadesk.errors import KnownError
from mediadesk.secrets import KeyringStore
from mediadesk.services.office_columns import record_id
from mediadesk.ui.mainwindow import MainWindow
from tests.office.conftest import Office
from tests.office.helpers import push, sign_in, staffed
from tests.office.test_team import laptop

FEED = "http://127.0.0.1:9/{name}.xml"  # never fetched from the internet by the test


@pytest.fixture
def office(office_db: Office) -> Office:
    return staffed(office_db)


def _feed(ctx: AppContext, title: str) -> int:
    return ctx.desk.monitoring.add(
        Column(0, ColumnKind.FEED, title, {"url": FEED.format(name=title)})
    )


def _titles(ctx: AppContext) -> dict[str, bool]:
    return {c.title: c.office for c in ctx.desk.monitoring.all()}


def test_a_clearers_columns_reach_an_officer_beside_their_own_and_change_in_place(
    office: Office, tmp_path: Path, real_keyring: KeyringStore
) -> None:
    with laptop(tmp_path, office, "cara", real_keyring) as cara:
        _feed(cara, "GOV.UK news")
        wales = _feed(cara, "Wales news")
        assert cara.desk.office_sync().publish_columns() == 2
        assert cara.desk.office_sync().sync().pushed == 1
    with laptop(tmp_path, office, "olly", real_keyring) as olly:
        _feed(olly, "My local paper")
        olly.desk.office_sync().sync()
        assert _titles(olly) == {"My local paper": False, "GOV.UK news": True, "Wales news": True}
        kept_id = next(c.id for c in olly.desk.monitoring.all() if c.title == "GOV.UK news")
        with pytest.raises(KnownError, match="Only a clearer or an admin"):
            olly.desk.office_sync().publish_columns()
    with laptop(tmp_path, office, "cara", real_keyring) as cara:
        column = next(c for c in cara.desk.monitoring.all() if c.title == "GOV.UK news")
        cara.desk.monitoring.change(
            Column(column.id, column.kind, "GOV.UK announcements", column.query)
        )
        cara.desk.monitoring.remove(wales)
        cara.desk.office_sync().publish_columns()
        cara.desk.office_sync().sync()
    with laptop(tmp_path, office, "olly", real_keyring) as olly:
        report = olly.desk.office_sync().sync()
        assert report.columns
        assert _titles(olly) == {"My local paper": False, "GOV.UK announcements": True}
        # the same column, renamed: its cached items and read state stay with it
        assert olly.desk.monitoring.get(kept_id) is not None


def test_the_server_refuses_an_officer_who_writes_the_office_columns_around_the_app(
    office: Office,
) -> None:
    with sign_in(office, "olly") as olly:
        office_id = olly.execute("SELECT mediadesk.my_office()").fetchone()
        assert office_id is not None
        layout = {"format": "mediadesk-columns/1", "columns": []}
        change = {
            "entity": "column_set",
            "id": record_id(str(office_id[0])),
            "field": "layout",
            "value": layout,
            "base": 0,
            "key": "1:layout",
        }
        [answer] = push(olly, change)
    assert answer == {
        "result": "refused",
        "reason": "Only a clearer or an admin can publish the office's columns.",
    }


def test_a_hostile_column_set_from_the_office_leaves_the_columns_as_they_were(
    office: Office, tmp_path: Path, real_keyring: KeyringStore
) -> None:
    with laptop(tmp_path, office, "olly", real_keyring) as olly:
        _feed(olly, "My local paper")
    hostile = [
        {
            "format": "mediadesk-columns/1",
            "columns": [
                {"kind": "feed", "query": {"url": "file:///etc/passwd"}, "key": str(uuid.uuid4())}
            ],
        },
        {
            "format": "mediadesk-columns/1",
            "columns": [{"kind": "feed", "query": {"url": "https://a.example/x"}}],
        },
        {
            "format": "mediadesk-columns/1",
            "columns": [{"kind": "feed", "query": {"url": "https://a.example/x"}, "key": "k"}] * 2,
        },
        {
            "format": "mediadesk-columns/1",
            "columns": [
                {"kind": "feed", "query": {"url": "https://a.example/x"}, "key": str(uuid.uuid4())}
            ]
            * 101,
        },
        "not a layout",
    ]
    with sign_in(office, "cara") as cara:
        office_id = cara.execute("SELECT mediadesk.my_office()").fetchone()
        assert office_id is not None
        for base, layout in enumerate(hostile):
            change = {
                "entity": "column_set",
                "id": record_id(str(office_id[0])),
                "field": "layout",
                "value": layout,
                "base": base,
                "key": f"{base}:layout",
            }
            assert push(cara, change)[0]["result"] == "applied", json.dumps(layout)[:80]
    with laptop(tmp_path, office, "olly", real_keyring) as olly:
        olly.desk.office_sync().sync()
        assert _titles(olly) == {"My local paper": False}


def test_published_in_one_window_the_columns_appear_in_the_other(
    qtbot: QtBot,
    office: Office,
    tmp_path: Path,
    real_keyring: KeyringStore,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    with (
        laptop(tmp_path, office, "cara", real_keyring) as cara,
        laptop(tmp_path, office, "olly", real_keyring) as olly,
    ):
        _feed(cara, "GOV.UK news")
        windows = []
        for ctx in (cara, olly):
            window = MainWindow(ctx)
            qtbot.addWidget(window)
            window.show()
            qtbot.waitUntil(lambda w=window: w.monitoring is not None)  # type: ignore[misc]
            windows.append(window)
        a, b = windows
        assert a.monitoring is not None and b.monitoring is not None
        assert not b.monitoring.publish_button.isEnabled()  # olly is an officer
        tabs = a.tabs.tabBar()
        qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(2).center())
        qtbot.waitUntil(lambda: a.monitoring is not None and a.monitoring.isVisible())
        qtbot.mouseClick(a.monitoring.publish_button, Qt.MouseButton.LeftButton)
        assert asked == [
            "Make this column the office's columns? Every officer's MediaDesk shows them from "
            "its next sync, beside the officer's own columns."
        ]
        qtbot.waitUntil(
            lambda: "GOV.UK news" in [w.column.title for w in b.monitoring.widgets.values()],
            timeout=10_000,
        )  # type: ignore[union-attr]
        a.close()
        b.close()
