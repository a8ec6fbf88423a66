"""Mastodon, Bluesky and X columns read through connected accounts on loopback servers."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from mediadesk.context import AppContext
from mediadesk.domain.monitoring import Column
from mediadesk.domain.platforms import ColumnKind
from mediadesk.secrets import MemoryStore
from mediadesk.services import monitoring
from mediadesk.services.accounts import Accounts
from mediadesk.storage import monitoring as store
from tests.platforms import Fault, Platforms, connect_every_platform, serving_platforms


@pytest.fixture
def loopback() -> Iterator[tuple[Platforms, str]]:
    with serving_platforms() as running:
        yield running


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=5) as client:
        yield client


@pytest.fixture
def accounts(ctx: AppContext, loopback: tuple[Platforms, str], http: httpx.Client) -> Accounts:
    platforms, base = loopback
    found = Accounts(ctx.conn, MemoryStore(), "t", http, ctx.clock)
    connect_every_platform(found, platforms, base, "client-1")
    return found


def add(ctx: AppContext, kind: ColumnKind, **query: str) -> Column:
    column_id = store.add_column(ctx.conn, Column(0, kind, kind.label, query))
    return next(c for c in store.columns(ctx.conn) if c.id == column_id)


CASES = [
    (ColumnKind.MASTODON_LIST, {"list_id": "5"}, "I have never stolen a ham", "@admin"),
    (ColumnKind.MASTODON_SEARCH, {"q": "school meals"}, "Minister on school meals", ""),
    (ColumnKind.BLUESKY_SEARCH, {"q": "school meals"}, "Post 2 about school meals", "@jane"),
    (ColumnKind.BLUESKY_AUTHOR, {"actor": "jane.bugle.example"}, "Post 0 about jane", "@jane"),
    (ColumnKind.X_SEARCH, {"q": "school meals -is:retweet"}, "Tweet 1 on school", "@tomh"),
    (ColumnKind.X_LIST, {"list_id": "1234"}, "Tweet 0 on 1234", "@tomh"),
]


@pytest.mark.parametrize("kind,query,title,handle", CASES, ids=[c[0].value for c in CASES])
def test_a_social_column_fills_with_items(
    ctx: AppContext,
    accounts: Accounts,
    http: httpx.Client,
    kind: ColumnKind,
    query: dict[str, str],
    title: str,
    handle: str,
) -> None:
    column = add(ctx, kind, **query)
    result = monitoring.poll(ctx.conn, http, column, ctx.clock(), readers=accounts.reader)
    assert result.error == "" and result.new_items >= 1
    items = store.column_items(ctx.conn, column.id, 50)
    assert any(s.item.title.startswith(title) for s in items), [s.item.title for s in items]
    assert all(s.item.handle.startswith(handle) for s in items), [s.item.handle for s in items]
    assert all(s.item.url.startswith("http") for s in items)


def test_a_public_mastodon_account_column_needs_no_account(
    ctx: AppContext, loopback: tuple[Platforms, str], http: httpx.Client
) -> None:
    _platforms, base = loopback
    column = add(ctx, ColumnKind.MASTODON_ACCOUNT, acct=f"mastodonpy_test@{base}")
    result = monitoring.poll(ctx.conn, http, column, ctx.clock(), readers=None)
    assert result.error == "" and result.new_items == 1


def test_without_a_connected_account_the_column_says_so(
    ctx: AppContext, http: httpx.Client
) -> None:
    column = add(ctx, ColumnKind.X_SEARCH, q="school meals")
    result = monitoring.poll(ctx.conn, http, column, ctx.clock(), readers=lambda _p: None)
    assert result.error == "Connect an X account (Posts > Accounts) to use this column."


def test_x_rate_limit_reset_is_honoured(
    ctx: AppContext, accounts: Accounts, loopback: tuple[Platforms, str], http: httpx.Client
) -> None:
    platforms, _base = loopback
    reset = int((datetime.now(UTC) + timedelta(minutes=40)).timestamp())  # X: epoch seconds
    platforms.fault(
        "GET", "/2/tweets/search/recent", Fault("status", 429, {"x-rate-limit-reset": str(reset)})
    )
    column = add(ctx, ColumnKind.X_SEARCH, q="school meals")
    result = monitoring.poll(
        ctx.conn, http, column, ctx.clock(), random.Random(1), readers=accounts.reader
    )
    assert "slow down" in result.error
    assert result.next_poll >= ctx.clock() + timedelta(minutes=39)


def test_a_spent_x_budget_waits_for_its_reset(
    ctx: AppContext, accounts: Accounts, loopback: tuple[Platforms, str], http: httpx.Client
) -> None:
    platforms, _base = loopback
    reset = int((datetime.now(UTC) + timedelta(minutes=25)).timestamp())
    platforms.x_read_headers = {"x-rate-limit-remaining": "0", "x-rate-limit-reset": str(reset)}
    column = add(ctx, ColumnKind.X_SEARCH, q="school meals")
    result = monitoring.poll(
        ctx.conn, http, column, ctx.clock(), random.Random(1), readers=accounts.reader
    )
    assert result.error == "" and result.new_items == 2
    assert result.next_poll >= ctx.clock() + timedelta(minutes=24)
