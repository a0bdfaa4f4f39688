"""One-line messages for a store that cannot be used: damaged, busy, read-only, unreachable, too new.

Each names the store and says what to do next; the backends raise them as `StoreError`s.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from explorer.errors import ExplorerError

DEFAULT_BUSY_TIMEOUT = 30.0


class StoreError(ExplorerError):
    """The store itself is the problem (not the articles): the message says how to get going again."""


class DamagedStore(StoreError):
    pass


class BusyStore(StoreError):
    pass


class ReadOnlyStore(StoreError):
    pass


def busy_timeout(value: float | None = None) -> float:
    """Seconds to wait for another writer: `value`, else $DIPLOGRAPH_BUSY_TIMEOUT, else 30."""
    if value is not None:
        return float(value)
    raw = os.environ.get("DIPLOGRAPH_BUSY_TIMEOUT", "").strip()
    if not raw:
        return DEFAULT_BUSY_TIMEOUT
    try:
        seconds = float(raw)
    except ValueError:
        seconds = -1.0
    if not seconds >= 0:
        raise ExplorerError(f"DIPLOGRAPH_BUSY_TIMEOUT={raw!r}: give a number of seconds, e.g. 60")
    return seconds


def redact(url: str) -> str:
    """A PostgreSQL URL without its password, fit for a message."""
    return re.sub(r"(://[^/@:]*):[^/@]*@", r"\1:***@", url)


def damaged_sqlite(path: Path, detail: str) -> DamagedStore:
    detail = " ".join(detail.split())[:160]
    new = path.with_name(path.stem + "-recovered.db")
    return DamagedStore(
        f"{path}: the store is damaged ({detail}); nothing was written to it. Restore it from a backup, or save"
        f" what is readable with: {recover_commands(path, new)[0]} (if your sqlite3 lacks .recover:"
        f" {recover_commands(path, new)[1]}), then use --db {new}"
    )


def recover_commands(path: Path, new: Path) -> tuple[str, str]:
    """Shell commands that copy what is readable of a damaged SQLite file into a new one."""
    return (
        f'sqlite3 "{path}" ".recover" | sqlite3 "{new}"',
        f"sqlite3 \"{path}\" .dump | sed 's/^ROLLBACK; -- due to errors$/COMMIT;/' | sqlite3 \"{new}\"",
    )


def damaged_postgres(url: str, detail: str) -> DamagedStore:
    return DamagedStore(
        f"{redact(url)}: the PostgreSQL store reports damaged data ({' '.join(detail.split())[:160]}); nothing more"
        " was written. Restore the last pg_dump (pg_restore) or ask the database administrator"
    )


def busy(target: str, seconds: float) -> BusyStore:
    return BusyStore(
        f"{target}: the store is busy: another process kept it locked for more than {seconds:g} s; try again when"
        " it is done, or wait longer with DIPLOGRAPH_BUSY_TIMEOUT=SECONDS"
    )


def read_only(target: str, detail: str = "", *, server: bool = False) -> ReadOnlyStore:
    why = f" ({detail})" if detail else ""
    fix = (
        "ask the database administrator for write rights (INSERT, UPDATE, DELETE and USAGE on its sequences)"
        if server
        else "copy it somewhere writable (or fix its permissions) and pass --db with that path"
    )
    return ReadOnlyStore(f"{target}: the store is read-only{why}; it can be read but not written. To write, {fix}")


def too_new(target: str, found: int, known: int) -> StoreError:
    return StoreError(
        f"{target}: the store has schema version {found}, newer than this Diplograph knows ({known});"
        " upgrade Diplograph to use it"
    )


def not_a_store(target: str, detail: str = "") -> StoreError:
    why = f" ({detail})" if detail else ""
    return StoreError(f"{target}: not a Diplograph store{why}; pass --db with a store made by `explorer ingest`")


def missing(target: str) -> StoreError:
    return StoreError(f"{target}: no store here; run `python -m explorer ingest` first")
