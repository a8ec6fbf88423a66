"""Polling monitoring columns politely, storing and filtering items, raising alerts."""

from __future__ import annotations

import logging
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

import httpx

from mediadesk.domain.monitoring import Column, FeedItem, StoredItem
from mediadesk.domain.platforms import FACTS, ColumnKind
from mediadesk.errors import KnownError
from mediadesk.net import feeds, fetch, mastodon
from mediadesk.net.platforms import PLATFORM_APIS
from mediadesk.net.publish import RetryLater, budget_spent
from mediadesk.storage import monitoring as store
from mediadesk.storage.db import Connection, transaction
from mediadesk.words import QT_TRANSLATE_NOOP, Said

log = logging.getLogger("mediadesk.monitoring")
MAX_BACKOFF = timedelta(hours=6)
UNREADABLE = "The source sent something MediaDesk could not read; it will try again later."


@dataclass(frozen=True)
class PollResult:
    """What one poll of one column did."""

    column_id: int
    new_items: int
    alerts: tuple[StoredItem, ...]
    not_modified: bool
    error: str
    offline: bool
    next_poll: datetime


def _request(column: Column) -> tuple[str, dict[str, Any] | None]:
    if column.kind is ColumnKind.FEED:
        return column.query["url"], None
    if column.kind is ColumnKind.MASTODON_TAG:
        return (
            mastodon.tag_timeline_url(column.query["instance"], column.query["tag"]),
            {"limit": mastodon.PAGE},
        )
    return feeds.GOVUK_SEARCH, feeds.govuk_params(
        column.query.get("keywords", ""), column.query.get("organisation", "")
    )


def _parse(
    column: Column, body: bytes, now: datetime, parser: feeds.Parser
) -> tuple[list[FeedItem], feeds.Parser]:
    if column.kind is ColumnKind.FEED:
        return feeds.parse_feed(body, column.query["url"], now, parser)
    if column.kind is ColumnKind.MASTODON_TAG:
        return mastodon.parse_statuses(body, column.query["instance"]), parser
    return feeds.parse_govuk_search(body, now), parser


Readers = Callable[[str], Any]  # platform name -> the connected account's client, or None


def _social(
    column: Column, client: httpx.Client, readers: Readers | None
) -> tuple[list[FeedItem], float | None]:
    """Items of a social column, and seconds to wait if the platform's budget is spent."""
    reader = readers(column.kind.account) if readers and column.kind.account else None
    items = _social_items(column, client, reader)
    return items, budget_spent(getattr(reader, "last_headers", {}))


def _social_items(column: Column, client: httpx.Client, reader: Any) -> list[FeedItem]:
    """Read a social column through the platform's API (most need a connected account)."""
    kind, query = column.kind, column.query
    if kind is ColumnKind.MASTODON_ACCOUNT:
        instance, url = mastodon.account_statuses_url(client, query["acct"])
        fetched = fetch.fetch(client, url, params={"limit": mastodon.PAGE})
        return mastodon.parse_statuses(fetched.body or b"[]", instance)
    if reader is None:
        name = FACTS[kind.account].article
        raise KnownError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages", "Connect {value} account (Posts > Accounts) to use this column."
                ),
                value=name,
            )
        )
    return PLATFORM_APIS[kind.account].read_column(kind, query, reader)


def backoff(failures: int, interval: timedelta, rng: random.Random) -> timedelta:
    """Exponential backoff with jitter, capped at six hours."""
    base: timedelta = min(interval * (2 ** min(failures, 10)), MAX_BACKOFF)
    jittered: timedelta = base * rng.uniform(0.8, 1.2)
    return jittered


def _failed(
    conn: Connection,
    column_id: int,
    state: store.PollState,
    now: datetime,
    next_poll: datetime,
    message: str,
    offline: bool,
) -> PollResult:
    """Record a failed poll (one more failure, its message, when to try again)."""
    # The reason, never the address (a feed URL may carry a key) nor any item text.
    log.info(
        "column %s: poll failed (%s; %d in a row; next %s): %s",
        column_id,
        "offline" if offline else "online",
        state.failures + 1,
        next_poll.isoformat(timespec="seconds"),
        message,
    )
    with transaction(conn):
        store.save_poll_state(
            conn,
            column_id,
            replace(
                state,
                last_attempt=now,
                next_poll=next_poll,
                failures=state.failures + 1,
                last_error=message,
            ),
        )
    return PollResult(column_id, 0, (), False, message, offline, next_poll)


def poll(
    conn: Connection,
    client: httpx.Client,
    column: Column,
    now: datetime,
    rng: random.Random | None = None,
    readers: Readers | None = None,
) -> PollResult:
    """Fetch one column once, store what is new, and schedule the next poll."""
    rng = rng or random.Random()
    state = store.poll_state(conn, column.id)
    interval = timedelta(seconds=max(column.interval_s, column.kind.min_interval_s))
    try:
        parser = feeds.Parser(state.parser)
        items: list[FeedItem] = []
        budget_wait: float | None = None
        if column.kind.account or column.kind is ColumnKind.MASTODON_ACCOUNT:
            items, budget_wait = _social(column, client, readers)
            fetched = fetch.Fetched(b"", None, None, None, {})
        else:
            url, params = _request(column)
            fetched = fetch.fetch(client, url, state.etag, state.last_modified, params)
            if fetched.body is not None:
                items, parser = _parse(column, fetched.body, now, parser)
    except RetryLater as exc:
        wait = backoff(state.failures, interval, rng)
        if exc.after is not None:
            wait = max(timedelta(seconds=exc.after), interval)
        return _failed(conn, column.id, state, now, now + wait, exc.message, exc.offline)
    except fetch.FetchError as exc:
        wait = backoff(state.failures, interval, rng)
        if exc.retry_after is not None:
            wait = max(timedelta(seconds=exc.retry_after), interval)
        return _failed(conn, column.id, state, now, now + wait, exc.message, exc.offline)
    except KnownError as exc:  # the server answered, but not with a feed
        next_poll = now + backoff(state.failures, interval, rng)
        return _failed(conn, column.id, state, now, next_poll, exc.message, False)
    except Exception as exc:
        # Whatever a hostile answer trips below the parsers' own checks is this column's
        # failure, recorded and backed off, never a crash that repeats every cycle.
        log.error("column %s: poll failed (%s)", column.id, type(exc).__name__, exc_info=True)
        next_poll = now + backoff(state.failures, interval, rng)
        return _failed(conn, column.id, state, now, next_poll, UNREADABLE, False)
    if fetched.max_age:
        interval = max(interval, timedelta(seconds=fetched.max_age))
    next_poll = now + interval * rng.uniform(1.0, 1.1)
    reset = mastodon.rate_limit_reset(fetched.headers)
    if reset is not None:  # the server's budget is spent: wait for it to come back
        next_poll = max(next_poll, reset)
    if budget_wait:
        next_poll = max(next_poll, now + timedelta(seconds=budget_wait))
    shown = [i for i in items if column.filters.shows(i)]
    alerts = [column.filters.alerts(i) for i in shown]
    with transaction(conn):
        new_ids = store.store_items(conn, column.id, shown, alerts, now)
        store.save_poll_state(
            conn,
            column.id,
            store.PollState(
                fetched.etag, fetched.last_modified, now, now, next_poll, 0, "", parser.value
            ),
        )
    alerted = {i.key for i, a in zip(shown, alerts, strict=True) if a}
    new_alerts = tuple(s for s in store.get_items(conn, new_ids) if s.item.key in alerted)
    return PollResult(
        column.id, len(new_ids), new_alerts, fetched.body is None, "", False, next_poll
    )


def refresh(
    conn: Connection,
    client: httpx.Client,
    column: Column,
    now: datetime,
    readers: Readers | None = None,
) -> PollResult:
    """A refresh the user asked for: conditional, but never before a failing server's wait.

    A column that failed (a 429 with Retry-After, a 503, a broken answer) keeps its backoff:
    asking again early is what rate limits punish. Every other column is asked again now,
    with its ETag and Last-Modified so an unchanged feed costs the server nothing.
    """
    state = store.poll_state(conn, column.id)
    if state.failures and state.next_poll is not None and state.next_poll > now:
        minutes = max(1, math.ceil((state.next_poll - now).total_seconds() / 60))
        message = f"Waiting {minutes} min before asking again: {state.last_error}"
        return PollResult(column.id, 0, (), False, message, False, state.next_poll)
    return poll(conn, client, column, now, readers=readers)


def apply_retention(conn: Connection, now: datetime, days: int) -> int:
    """Delete unstarred items older than the retention period; returns how many."""
    return store.prune(conn, now - timedelta(days=days))


def due(conn: Connection, now: datetime) -> list[Column]:
    """Unmuted columns whose next poll time has come (or that were never polled)."""
    found = []
    for column in store.columns(conn):
        if column.muted:
            continue
        state = store.poll_state(conn, column.id)
        if state.next_poll is None or state.next_poll <= now:
            found.append(column)
    return found


def describe_state(state: store.PollState, now: datetime) -> str:
    """The column's state in plain words: updated, next poll, offline or the error."""

    def ago(moment: datetime) -> str:
        minutes = int((now - moment).total_seconds() // 60)
        if minutes < 1:
            return QT_TRANSLATE_NOOP("Messages", "just now")
        if minutes < 60:
            return Said(QT_TRANSLATE_NOOP("Messages", "{n} min ago"), n=minutes)
        if minutes < 48 * 60:
            return Said(QT_TRANSLATE_NOOP("Messages", "{n} h ago"), n=minutes // 60)
        return Said(QT_TRANSLATE_NOOP("Messages", "{n} days ago"), n=minutes // 1440)

    parts: list[str] = []
    if state.last_error:
        parts.append(state.last_error)
        if state.last_success:
            parts.append(
                Said(
                    QT_TRANSLATE_NOOP("Messages", "showing items from {ago}"),
                    ago=ago(state.last_success),
                )
            )
    elif state.last_success:
        parts.append(
            Said(QT_TRANSLATE_NOOP("Messages", "Updated {ago}"), ago=ago(state.last_success))
        )
    else:
        parts.append(QT_TRANSLATE_NOOP("Messages", "Not fetched yet"))
    if state.next_poll and state.next_poll > now:
        minutes = max(1, int((state.next_poll - now).total_seconds() // 60))
        parts.append(Said(QT_TRANSLATE_NOOP("Messages", "next in {n} min"), n=minutes))
    said = parts[0]
    for part in parts[1:]:  # one sentence the interface can say in its language, part by part
        said = Said(QT_TRANSLATE_NOOP("Messages", "{first} · {then}"), first=said, then=part)
    return said
