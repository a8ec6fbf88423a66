"""`mediadesk columns import|export`, `refresh` and `export items` as separate processes."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from tests.feedserver import Route, serving
from tests.integration.conftest import run_cli

DATA = Path(__file__).resolve().parents[1] / "data" / "feeds"


def test_column_sets_round_trip_and_refresh(profile_dir: Path, tmp_path: Path) -> None:
    with serving() as server:
        server.routes["/dfe.atom"] = Route((DATA / "govuk-news.atom").read_bytes())
        server.routes["/bugle.rss"] = Route((DATA / "news.rss").read_bytes(), "application/rss+xml")
        layout = {
            "format": "mediadesk-columns/1",
            "columns": [
                {
                    "kind": "feed",
                    "title": "DfE news",
                    "query": {"url": server.url("/dfe.atom")},
                    "filters": {"alert": ["school meals"]},
                },
                {"kind": "feed", "title": "Bugle", "query": {"url": server.url("/bugle.rss")}},
                {"kind": "feed", "title": "Broken", "query": {"url": server.url("/missing")}},
            ],
        }
        source = tmp_path / "team.json"
        source.write_text(json.dumps(layout))
        result = run_cli("--profile", str(profile_dir), "columns", "import", str(source))
        assert result.returncode == 0, result.stderr
        assert "Imported 3 columns" in result.stdout
        result = run_cli("--profile", str(profile_dir), "refresh")
        assert result.returncode == 1, result.stderr  # the broken column needs attention
        lines = result.stdout.strip().splitlines()
        assert lines == [
            "DfE news: 3 new items, 1 alerts",
            "Bugle: 2 new items",
            "Broken: The server answered 404 Not Found.",
        ]
        again = run_cli("--profile", str(profile_dir), "refresh").stdout.splitlines()
        assert again[0] == "DfE news: no change since last time"
    out = tmp_path / "out.json"
    assert run_cli("--profile", str(profile_dir), "columns", "export", str(out)).returncode == 0
    exported = json.loads(out.read_text())
    assert [c["title"] for c in exported["columns"]] == ["DfE news", "Bugle", "Broken"]
    assert exported["columns"][0]["filters"]["alert"] == ["school meals"]
    assert "token" not in out.read_text().lower()
    items = tmp_path / "items.csv"
    result = run_cli(
        "--profile", str(profile_dir), "export", "items", "--format", "csv", "--output", str(items)
    )
    assert result.returncode == 0, result.stderr
    with items.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 5 and {"Title", "Source", "Published", "Link"} <= set(rows[0])


def test_bad_column_sets_are_refused_whole(profile_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "format": "mediadesk-columns/1",
                "columns": [
                    {"kind": "feed", "title": "ok", "query": {"url": "https://example.org/feed"}},
                    {"kind": "feed", "title": "bad", "query": {"url": "ftp://nope"}},
                ],
            }
        )
    )
    result = run_cli("--profile", str(profile_dir), "columns", "import", str(bad))
    assert result.returncode == 1 and "Column 2" in result.stderr
    out = tmp_path / "out.json"
    run_cli("--profile", str(profile_dir), "columns", "export", str(out))
    assert json.loads(out.read_text())["columns"] == []
    bad.write_text("{not json")
    result = run_cli("--profile", str(profile_dir), "columns", "import", str(bad))
    assert result.returncode == 1 and "not valid JSON" in result.stderr
