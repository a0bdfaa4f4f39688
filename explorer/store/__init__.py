"""The store of record behind one interface (`Store`): SQLite by default, PostgreSQL for a shared corpus.

    with open_store("graphs/diplograph.db") as store: ...                 # a file: SQLite
    with open_store("postgresql://me@dbhost/diplograph") as store: ...   # a URL: PostgreSQL
    with open_store(None, readonly=True) as store: ...                   # $DIPLOGRAPH_DB or the default file
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from explorer.store import faults
from explorer.store.base import Store
from explorer.store.faults import BusyStore, DamagedStore, ReadOnlyStore, StoreError

_URL_SCHEMES = ("postgresql://", "postgres://")

__all__ = ["BusyStore", "DamagedStore", "ReadOnlyStore", "Store", "StoreError", "default_db_path", "is_url",
           "open_store"]


def is_url(target: str | os.PathLike | None) -> bool:
    """Is `target` a PostgreSQL URL (rather than a file)?"""
    return isinstance(target, str) and target.strip().lower().startswith(_URL_SCHEMES)


def default_db_path() -> str | Path:
    """`DIPLOGRAPH_DB` if set (a file or a postgresql:// URL), else graphs/diplograph.db under the working directory."""
    env = os.environ.get("DIPLOGRAPH_DB", "").strip()
    if is_url(env):
        return env
    return Path(env) if env else Path("graphs") / "diplograph.db"


def open_store(target: str | os.PathLike | None = None, *, readonly: bool = False,
               busy_timeout: float | None = None) -> Store:
    """Open the store at `target` (a SQLite file or a postgresql:// URL; None: `default_db_path()`).

    `readonly` never creates a store and refuses writes; `busy_timeout` (seconds, default
    $DIPLOGRAPH_BUSY_TIMEOUT or 30) is how long to wait for another writer before saying the store is busy."""
    if target is None or (isinstance(target, str) and not target.strip()):
        target = default_db_path()
    if is_url(target):
        from explorer.store.postgres import PostgresStore

        return PostgresStore(target.strip(), readonly=readonly, busy_timeout=busy_timeout)
    from explorer.store.sqlite import SQLiteStore

    # SQLite answers BUSY at once, without waiting, when two connections race to set up a new file (WAL
    # switch, first migration): try again until the busy timeout has passed, then say the store is busy.
    deadline = time.monotonic() + faults.busy_timeout(busy_timeout)
    while True:
        try:
            return SQLiteStore(target, readonly=readonly, busy_timeout=busy_timeout)
        except faults.BusyStore:
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.05)
