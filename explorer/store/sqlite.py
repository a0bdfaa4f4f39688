"""SQLite store, the embedded default: one file, WAL mode (the dashboard reads while an ingest writes).

Faults become one-line `StoreError`s: a damaged file (checked with `PRAGMA quick_check` before any write,
and whenever a query reports corruption), a writer that holds the lock longer than the busy timeout, a
file or folder that cannot be written.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from explorer.store import faults
from explorer.store.base import REPLACEMENTS, Params, Store

# The file as this process (or, read from the cache folder, an earlier one) last left it after a clean check or
# its own writes: (dev, inode, size, mtime, ctime). A writable open skips the full check when the file is still
# exactly so (nobody else wrote to it since), so the dashboard's review clicks do not each read a whole large
# store, and a restarted dashboard does not check an unchanged one again (0.8 s of CPU, 2.5 s from a cold disk,
# at a million relations).
_VOUCHED: dict[str, tuple[int, ...]] = {}

WRITE_CACHE_MB = 64  # page cache of a writing connection (SQLite's default is 2 MB)

# primary result codes (sqlite3.h)
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _CANTOPEN, _FULL, _NOTADB = 5, 6, 8, 10, 11, 14, 13, 26


def _writable(path: Path) -> bool:
    """Can this process write the file and the folder its journal files go into?"""
    folder = path.parent if path.parent != Path("") else Path(".")
    if path.exists():
        return os.access(path, os.W_OK) and os.access(folder, os.W_OK)
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return os.access(folder, os.W_OK)


def _fingerprint(path: Path) -> tuple[int, ...]:
    try:
        st = path.stat()
    except OSError:
        return ()
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns


def _vouch_file(key: str) -> Path | None:
    """Where the fingerprint of the store file `key` is kept between processes (the user's cache folder, as for
    the cached relation table: $DIPLOGRAPH_CACHE, else $XDG_CACHE_HOME or ~/.cache, under diplograph/;
    "off": none), so a restarted dashboard or CLI does not check an unchanged store again."""
    import hashlib

    folder = os.environ.get("DIPLOGRAPH_CACHE") or str(
        Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "diplograph")
    if folder == "off":
        return None
    return Path(folder) / f"checked-{hashlib.sha1(key.encode('utf-8', 'surrogatepass')).hexdigest()[:16]}"


def _vouched(key: str) -> tuple[int, ...]:
    """The fingerprint the store file `key` had when last checked or written by this or an earlier process."""
    if key in _VOUCHED:
        return _VOUCHED[key]
    path = _vouch_file(key)
    try:
        name, *values = path.read_text(encoding="utf-8").split("\n") if path else ("",)
        fp = tuple(int(v) for v in values) if name == key else ()
    except (OSError, ValueError, UnicodeDecodeError):
        fp = ()
    _VOUCHED[key] = fp
    return fp


def _save_vouch(key: str, fp: tuple[int, ...]) -> None:
    path = _vouch_file(key)
    if path is None:
        return
    try:
        if not fp:
            path.unlink(missing_ok=True)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
        tmp.write_text("\n".join([key, *map(str, fp)]), encoding="utf-8", errors="surrogatepass")
        os.replace(tmp, path)
    except OSError:
        pass  # not kept: the next process checks the store again


class SQLiteStore(Store):
    """A store in one SQLite file. `readonly` opens an existing store for reading and never creates one."""

    dialect = "sqlite"
    _driver_error = sqlite3.Error

    def __init__(self, path: str | os.PathLike, *, readonly: bool = False, busy_timeout: float | None = None) -> None:
        self.path = Path(path)
        self.target = str(self.path)
        self.readonly = readonly
        self.timeout = faults.busy_timeout(busy_timeout)
        self._depth = 0
        self._migrating = False
        self._damaged = False
        self._key = str(self.path.resolve())
        self.db: sqlite3.Connection | None = None
        if self.path.exists() and not self.path.is_file():
            raise faults.not_a_store(self.target, "it is not a regular file")
        if readonly and not self.path.exists():
            raise faults.missing(self.target)
        writable = _writable(self.path)
        if not readonly and not writable:
            raise faults.read_only(self.target, "no write permission on the file or its folder, or a read-only disk")
        fresh = not self.path.exists() or self.path.stat().st_size == 0
        if not readonly:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise faults.read_only(self.target, e.strerror or str(e)) from None
        # a store nobody can write (read-only disk or permissions) is opened immutable: no -wal/-shm needed
        uri = f"file:{quote(str(self.path.resolve()))}" + ("" if writable else "?mode=ro&immutable=1")
        try:
            self.db = sqlite3.connect(uri, uri=True, timeout=self.timeout, check_same_thread=False,
                                      isolation_level=None)
        except sqlite3.Error as e:
            raise self._translate(e) from None
        try:
            with self._guard():
                self.db.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")
                self.db.execute("SELECT count(*) FROM sqlite_master").fetchone()  # "file is not a database"
                if not readonly and not fresh and _vouched(self._key) != _fingerprint(self.path):
                    self.check()
                    self._vouch()
                if not readonly:
                    self.db.execute("PRAGMA journal_mode = WAL")
                    self.db.execute("PRAGMA synchronous = NORMAL")
                    # random keys (document hashes) land all over the indexes: a 2 MB page cache makes every
                    # batch read pages again once the store outgrows it, and writing slows as the store grows
                    self.db.execute(f"PRAGMA cache_size = -{WRITE_CACHE_MB * 1024}")
                if self._pending_migrations():
                    if not writable:
                        raise faults.read_only(self.target, "it needs a schema upgrade, so open it once with write"
                                                            " access, e.g. `python -m explorer stats --db FILE`")
                    self._migrating = True
                    try:
                        self._migrate()
                        self._reclaim()
                    finally:
                        self._migrating = False
        except BaseException:
            self.db.close()
            raise

    def _reclaim(self) -> None:
        """After a migration that rebuilt tables (0006), give their old pages back to the disk when they are over
        a quarter of the file: `VACUUM`, 13 s for a 100,000-article store whose file went from 1.4 GB to 0.6 GB.
        Skipped when another connection holds the store; later writes then reuse the free pages."""
        pages = self.db.execute("PRAGMA page_count").fetchone()[0]
        free = self.db.execute("PRAGMA freelist_count").fetchone()[0]
        if free * 4 > pages:
            try:
                with self._guard():
                    self.db.execute("VACUUM")
            except faults.BusyStore:
                pass

    # -- faults -----------------------------------------------------------------------------------------
    def _check(self) -> str:
        """`PRAGMA quick_check`: "ok" or the first problems found (damage that stops the check included)."""
        try:
            rows = [r[0] for r in self.db.execute("PRAGMA quick_check(3)")]
        except sqlite3.Error as e:
            if getattr(e, "sqlite_errorcode", 0) & 0xFF in (_CORRUPT, _NOTADB):
                return str(e)
            raise
        return "; ".join(rows) or "no answer"

    def check(self) -> None:
        with self._guard():
            found = self._check()
        if found != "ok":
            raise faults.damaged_sqlite(self.path, found)

    def _translate(self, e: sqlite3.Error) -> Exception:
        code = getattr(e, "sqlite_errorcode", 0) & 0xFF
        if code in (_BUSY, _LOCKED) or "database is locked" in str(e):
            return faults.busy(self.target, self.timeout)
        if code in (_CORRUPT, _NOTADB):
            self._damaged = True
            _VOUCHED.pop(self._key, None)
            _save_vouch(self._key, ())
            try:
                found = self._check() if code == _CORRUPT else str(e)
            except sqlite3.Error:
                found = str(e)
            return faults.damaged_sqlite(self.path, found if found != "ok" else str(e))
        if code == _READONLY:
            return faults.read_only(self.target, str(e))
        if code == _FULL:
            return faults.StoreError(f"{self.target}: the disk is full; nothing of the last batch was stored")
        if code in (_CANTOPEN, _IOERR):
            return faults.StoreError(f"{self.target}: cannot open or read the store ({e})")
        return e

    # -- primitives -------------------------------------------------------------------------------------
    def _fetch(self, sql: str, params: Params = ()) -> tuple[list[str], list[tuple]]:
        with self._guard():
            cur = self.db.execute(sql, params)
            rows = cur.fetchall()
        return [d[0] for d in cur.description or ()], rows

    def execute(self, sql: str, params: Params = ()) -> int:
        self._writing()
        with self._guard():
            return self.db.execute(sql, params).rowcount

    def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        self._writing()
        with self._guard():
            self.db.executemany(sql, rows)

    def _writing(self) -> None:
        if self.readonly and not self._migrating:
            raise RuntimeError(f"{self.target}: opened read-only; open it with readonly=False to write")

    @contextmanager
    def transaction(self, *, changes_data: bool = True):  # version() follows the data tables (and replacements)
        self._writing()
        if self._depth:  # nested: part of the outer transaction
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        with self._guard():
            self.db.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self
        except BaseException:
            self._depth = 0
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise
        self._depth = 0
        with self._guard():
            self.db.execute("COMMIT")

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None
            if not self.readonly and not self._damaged:
                self._vouch()

    def _vouch(self) -> None:
        fp = _fingerprint(self.path)
        if _VOUCHED.get(self._key) != fp:
            _VOUCHED[self._key] = fp
            _save_vouch(self._key, fp)

    def integrity(self) -> str:
        with self._guard():
            rows = [r[0] for r in self.db.execute("PRAGMA integrity_check(5)")]
        return "; ".join(rows)

    def version(self) -> str:
        row = self.query_one(
            "SELECT (SELECT count(*) FROM documents), (SELECT coalesce(max(rowid), 0) FROM documents),"
            " (SELECT coalesce(max(id), 0) FROM relations),"
            f" (SELECT coalesce(max(value), '0') FROM meta WHERE key = '{REPLACEMENTS}')"
        )
        return ":".join(map(str, row))

    def tables(self) -> list[str]:
        q = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        return [r[0] for r in self.query(q)]

    def columns(self, table: str) -> list[str]:
        return [r[1] for r in self.query(f'PRAGMA table_info("{table}")')]

    def iter_rows(self, table: str, columns: Sequence[str], chunk: int = 5000) -> Iterator[list[tuple]]:
        cols = ", ".join(f'"{c}"' for c in columns)
        with self._guard():
            cur = self.db.execute(f'SELECT {cols} FROM "{table}"')
            while rows := cur.fetchmany(chunk):
                yield rows
