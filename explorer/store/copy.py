"""Copy a whole store into another (SQLite to PostgreSQL and back): `python -m explorer migrate SRC DST`.

Every table is copied with its rows' ids (documents and entities first, since the others refer to them),
then counted on both sides; any difference is an error that names the table. The destination must hold
no articles yet, so a copy never mixes two corpora.
"""

from __future__ import annotations

from collections.abc import Callable

from explorer.store import faults
from explorer.store.base import CORE_TABLES, Store

SKIP = {"schema_version"}  # each store keeps its own record of the migrations it applied


def copy_order(tables: list[str]) -> list[str]:
    return [t for t in CORE_TABLES if t in tables] + sorted(t for t in tables if t not in CORE_TABLES and t not in SKIP)


def copy_store(src: Store, dst: Store, *, progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Copy every row of `src` into the empty store `dst`; returns rows per table, checked on both sides."""
    if src.target == dst.target:
        raise faults.StoreError(f"{src.target}: the source and the destination are the same store")
    if src.schema_version() != dst.schema_version():
        raise faults.StoreError(f"{src.target} has schema {src.schema_version()}, {dst.target} has"
                                f" {dst.schema_version()}; open both with this Diplograph first")
    held = dst.query_one("SELECT count(*) FROM documents")[0]
    if held:
        raise faults.StoreError(f"{dst.target}: already holds {held} documents; migrate into an empty store")
    tables = copy_order(src.tables())
    missing = [t for t in tables if t not in dst.tables()]
    if missing:
        raise faults.StoreError(f"{dst.target}: has no table {', '.join(missing)}; both stores need the same schema")
    counts: dict[str, int] = {}
    with dst.transaction():
        for table in tables:
            cols = [c for c in src.columns(table) if c in set(dst.columns(table))]
            names = ", ".join(f'"{c}"' for c in cols)
            sql = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(cols))}) ON CONFLICT DO NOTHING'
            n = 0
            for rows in src.iter_rows(table, cols):
                dst.executemany(sql, rows)
                n += len(rows)
                if progress:
                    progress(table, n)
            counts[table] = n
        if hasattr(dst, "reset_sequences"):
            dst.reset_sequences()
        check_counts(src, dst, tables)  # inside the transaction: a copy that does not match is not kept
    return counts


def check_counts(src: Store, dst: Store, tables: list[str]) -> None:
    """Same number of rows in every table on both sides, or a StoreError naming each difference."""
    differ = []
    for table in tables:
        a = src.query_one(f'SELECT count(*) FROM "{table}"')[0]
        b = dst.query_one(f'SELECT count(*) FROM "{table}"')[0]
        if a != b:
            differ.append(f"{table} {a} in the source, {b} in the copy")
    if differ:
        raise faults.StoreError(
            f"{dst.target}: the copy does not match {src.target} ({'; '.join(differ)}); nothing was kept"
        )
