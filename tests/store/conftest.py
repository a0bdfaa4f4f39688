"""Fixtures for the store tests: every test that takes `target` runs once on SQLite and once on PostgreSQL."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
for p in (ROOT, HERE):  # `explorer`, `tests.pg`, and the stub extractor for worker processes
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from tests.pg import pg_server, pg_url  # noqa: E402, F401  (fixtures)


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request, tmp_path) -> str:
    """A place for a new store: a SQLite file, or a fresh PostgreSQL database's URL."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return request.getfixturevalue("pg_url")
