"""Fixtures for the office server: one real PostgreSQL per session, a fresh database per test."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from tests.integration.conftest import real_keyring
from tests.postgres import Cluster, running_cluster

__all__ = ["real_keyring"]  # the integration tests' fixture: joining keeps a password there

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def cluster() -> Iterator[Cluster]:
    with running_cluster() as running:
        yield running


@dataclass
class Office:
    """A database on the cluster, its admin DSN, and a way to sign in as anyone on it."""

    cluster: Cluster
    database: str

    @property
    def dsn(self) -> str:
        return self.cluster.dsn(self.database)

    def as_user(self, user: str, password: str) -> str:
        return self.cluster.dsn(self.database, user, password)


@pytest.fixture
def office_db(cluster: Cluster) -> Iterator[Office]:
    """An empty database; afterwards it and every login made meanwhile are dropped."""
    name = f"office_{next(_numbers)}"
    cluster.admin(f"CREATE DATABASE {name}")
    yield Office(cluster, name)
    cluster.admin(f"DROP DATABASE {name} WITH (FORCE)")
    import psycopg

    with psycopg.connect(cluster.dsn(), autocommit=True) as conn:
        roles = conn.execute(
            "SELECT rolname FROM pg_roles WHERE rolname <> 'postgres' AND rolname !~ '^pg_'"
        ).fetchall()
        for (role,) in roles:
            conn.execute(f'DROP ROLE "{role}"'.encode())
