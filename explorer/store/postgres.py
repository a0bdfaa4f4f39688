"""PostgreSQL store: a research group's shared corpus, written by many ingest workers at once.

Same tables and SQL as SQLite (`?` placeholders are translated to psycopg's `%s`). Concurrent writers are
safe because every insert is `ON CONFLICT DO NOTHING` keyed by the document hash, a batch is one
transaction, and rows go in sorted by key (no lock-order deadlocks; a deadlock or serialization failure
would still be retried). Needs `psycopg` 3 (`pip install "psycopg[binary]"`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache

from explorer.records import Extraction
from explorer.store import faults
from explorer.store.base import Params, Store

_MIGRATION_LOCK = 0x44495047  # "DIPG": pg_advisory_xact_lock key held while migrating


@lru_cache(maxsize=512)
def pyformat(sql: str) -> str:
    """`?` placeholders to psycopg's `%s` (a literal `%` becomes `%%`); quoted text is left alone."""
    out, quote = [], ""
    for part in re.split(r"('|\"|\?|%)", sql):
        if part in ("'", '"'):
            quote = "" if quote == part else (quote or part)
            out.append(part)
        elif part == "?" and not quote:
            out.append("%s")
        elif part == "%":
            out.append("%%")
        else:
            out.append(part)
    return "".join(out)


def _clean(params: Params) -> Params:
    """PostgreSQL text cannot hold NUL: each becomes U+FFFD, one character for one, so offsets still hold."""
    if isinstance(params, dict):
        return params
    return tuple(v.replace("\x00", "\ufffd") if isinstance(v, str) and "\x00" in v else v for v in params)


class PostgresStore(Store):
    """A store in a PostgreSQL database given by a `postgresql://user@host/db` URL."""

    dialect = "postgresql"

    def __init__(self, url: str, *, readonly: bool = False, busy_timeout: float | None = None) -> None:
        try:
            import psycopg
        except ImportError:
            raise faults.StoreError(
                f"{faults.redact(url)}: PostgreSQL stores need psycopg; install it with pip install \"psycopg[binary]\""
            ) from None
        self._pg = psycopg
        self.url = url
        self.target = faults.redact(url)
        self.readonly = readonly
        self.timeout = faults.busy_timeout(busy_timeout)
        self._depth = 0
        self._migrating = False
        self.db = None
        try:
            self.db = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as e:
            raise faults.StoreError(f"{self.target}: cannot connect to PostgreSQL ({_first_line(e)})") from None
        try:
            self.db.execute(f"SET lock_timeout = '{max(1, int(self.timeout * 1000))}ms'")
            if readonly and "documents" not in self.tables():
                raise faults.missing(self.target)
            if self._pending_migrations():
                self._migrating = True
                try:
                    self._migrate()
                finally:
                    self._migrating = False
            if readonly:
                self.db.execute("SET default_transaction_read_only = on")
        except BaseException:
            self.db.close()
            raise

    # -- faults -----------------------------------------------------------------------------------------
    def _translate(self, e: Exception) -> Exception:
        err = self._pg.errors
        if isinstance(e, err.LockNotAvailable):
            return faults.busy(self.target, self.timeout)
        if isinstance(e, err.ReadOnlySqlTransaction | err.InsufficientPrivilege):
            return faults.read_only(self.target, _first_line(e), server=True)
        if isinstance(e, err.DataCorrupted | err.IndexCorrupted):
            return faults.damaged_postgres(self.url, _first_line(e))
        if isinstance(e, err.DiskFull):
            return faults.StoreError(f"{self.target}: the database server's disk is full; nothing of the last batch"
                                     " was stored")
        if isinstance(e, self._pg.OperationalError):
            return faults.StoreError(f"{self.target}: lost the connection to PostgreSQL ({_first_line(e)})")
        return e

    @property
    def _driver_error(self) -> type[Exception]:
        return self._pg.Error

    # -- primitives -------------------------------------------------------------------------------------
    def _fetch(self, sql: str, params: Params = ()) -> tuple[list[str], list[tuple]]:
        with self._guard():
            cur = self.db.execute(pyformat(sql), params or None)
            if cur.description is None:
                return [], []
            return [d.name for d in cur.description], cur.fetchall()

    def execute(self, sql: str, params: Params = ()) -> int:
        self._writing()
        with self._guard():
            return self.db.execute(pyformat(sql), _clean(params) if params else None).rowcount

    def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        self._writing()
        rows = iter(rows)
        sql = pyformat(sql)
        while chunk := [_clean(r) for r in itertools.islice(rows, 10_000)]:  # bounded memory for long streams
            with self._guard(), self.db.cursor() as cur:
                cur.executemany(sql, chunk)

    def _writing(self) -> None:
        if self.readonly and not self._migrating:
            raise RuntimeError(f"{self.target}: opened read-only; open it with readonly=False to write")

    @contextmanager
    def transaction(self, *, changes_data: bool = True):
        self._writing()
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self._depth = 1
        try:
            with self._guard(), self.db.transaction():
                yield self
        finally:
            self._depth = 0
        if changes_data and not self._migrating:  # after the commit: a reader never caches data older than the token
            with self._guard():
                self.db.execute("SELECT nextval('store_changes')")

    @contextmanager
    def _migration_lock(self):
        with self.transaction():
            self.db.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            yield

    def add(self, batch: Iterable[Extraction]) -> tuple[int, int]:
        batch = list(batch)
        for attempt in range(4):
            try:
                return super().add(batch)
            except (self._pg.errors.DeadlockDetected, self._pg.errors.SerializationFailure):
                if attempt == 3:
                    raise
        raise AssertionError("unreachable")

    def close(self) -> None:
        if self.db is not None:
            self.db.close()

    def integrity(self) -> str:
        """"ok" when the server answers and the tables can be read (PostgreSQL checks its pages itself)."""
        with self._guard():
            for t in self.tables():
                self.db.execute(f'SELECT 1 FROM "{t}" LIMIT 1')
        return "ok"

    def check(self) -> None:
        found = self.integrity()
        if found != "ok":
            raise faults.damaged_postgres(self.url, found)

    def version(self) -> str:
        row = self.query_one("SELECT last_value, is_called FROM store_changes")
        return f"{row[0]}:{int(row[1])}"

    def tables(self) -> list[str]:
        return [r[0] for r in self.query(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
            " AND table_type = 'BASE TABLE' ORDER BY table_name"
        )]

    def columns(self, table: str) -> list[str]:
        return [r[0] for r in self.query(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
            " AND table_name = ? ORDER BY ordinal_position", (table,)
        )]

    def iter_rows(self, table: str, columns: Sequence[str], chunk: int = 5000) -> Iterator[list[tuple]]:
        cols = ", ".join(f'"{c}"' for c in columns)
        with self._guard(), self.db.transaction(), self.db.cursor(name=f"copy_{table}") as cur:
            cur.execute(f'SELECT {cols} FROM "{table}"')
            while rows := cur.fetchmany(chunk):
                yield rows

    def reset_sequences(self) -> None:
        """After rows were copied in with their ids: identity columns continue after the largest id."""
        rows = self.query(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()"
            " AND is_identity = 'YES'"
        )
        for table, column in rows:
            self.query(
                f"SELECT setval(pg_get_serial_sequence(?, ?), coalesce(max(\"{column}\"), 0) + 1, false)"
                f' FROM "{table}"', (table, column)
            )


def _first_line(e: Exception) -> str:
    return (str(e).strip().splitlines() or [type(e).__name__])[0]
