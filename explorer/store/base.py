"""The one store interface: what ingest, the CLI, the dashboard and review call, whatever the backend.

A backend (SQLite, PostgreSQL) supplies a handful of primitives (`_fetch`, `execute`, `executemany`,
`transaction`, `close`, `integrity`, `version`, `tables`, `columns`); every method that means something to
Diplograph is written once here in SQL both accept.

Writing your own SQL against a store (view, review):
- placeholders are `?` (qmark) on every backend; the PostgreSQL backend translates them;
- `store.query(sql, params)` gives tuples, `store.frame(sql, params)` a DataFrame, `store.execute(…)` writes
  and returns the row count;
- writes go inside `with store.transaction():` (one transaction, all or nothing; it also tells readers
  that the store changed, see `version()`);
- portable SQL only: `ON CONFLICT (…) DO NOTHING` / `DO UPDATE SET x = excluded.x`, no `rowid`, no
  `INSERT OR IGNORE`, the column "end" quoted; `store.dialect` is "sqlite" or "postgresql" for the rare
  query that must differ. New tables come with a numbered migration (see explorer/store/schema.py).
"""

from __future__ import annotations

import dataclasses
import json
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager

import pandas as pd

from explorer.records import Document, Extraction
from explorer.store import faults, schema

Params = Sequence | Mapping

# Tables copied by `explorer migrate` first, in this order (later ones may refer to them).
CORE_TABLES = ("documents", "entities", "mentions", "relations")
REPLACEMENTS = "extraction_replacements"  # meta key: how many times stored extraction rows were replaced
_DOC_FIELDS = {f.name for f in dataclasses.fields(Document)}


#: The columns of `Store.relations_evidence`.
EVIDENCE_ROW_COLUMNS = ("id", "sentence", "sent_start", "sent_end", "trigger", "method", "doc_title", "doc_source",
                        "lang", "doc_path", "doc_url", "doc_date", "date_precision")


def _evidence_queries(ids: Sequence[int], chunk: int) -> Iterator[tuple[str, list[int]]]:
    """The queries of `Store.relations_evidence`, `chunk` ids each: (sql, ids)."""
    cols = ("r.id, r.sentence, r.sent_start, r.sent_end, r.trigger, r.method, d.title AS doc_title,"
            " d.source AS doc_source, d.lang AS lang, d.path AS doc_path, d.url AS doc_url, d.date AS doc_date,"
            " d.date_precision")
    ids = [int(i) for i in ids]
    for part in (ids[i : i + chunk] for i in range(0, len(ids), chunk)):
        yield (f"SELECT {cols} FROM relations r JOIN documents d ON d.id = r.doc_id"
               f" WHERE r.id IN ({', '.join('?' * len(part))})", part)


class Store(ABC):
    """An open store. Cheap to open; use one per thread or process and close it (it is a context manager)."""

    dialect: str = ""
    readonly: bool = False
    target: str = ""  # the file or the URL without password, for messages

    # -- driver errors become one-line store faults ------------------------------------------------
    _driver_error: type[Exception] = Exception  # the driver's base error class (sqlite3.Error, psycopg.Error)

    def _translate(self, e: Exception) -> Exception:
        """The store fault a driver error means, or `e` itself when it means none."""
        return e

    @contextmanager
    def _guard(self):
        try:
            yield
        except self._driver_error as e:
            err = self._translate(e)
            if err is e:
                raise
            raise err from None

    # -- primitives every backend provides ----------------------------------------------------------
    @abstractmethod
    def _fetch(self, sql: str, params: Params = ()) -> tuple[list[str], list[tuple]]:
        """Run a read query with `?` placeholders; (column names, rows)."""

    @abstractmethod
    def execute(self, sql: str, params: Params = ()) -> int:
        """Run one writing statement with `?` placeholders; the number of rows it changed."""

    @abstractmethod
    def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        """Run one writing statement for each row of parameters."""

    @abstractmethod
    def transaction(self, *, changes_data: bool = True) -> AbstractContextManager:
        """All writes inside happen together or not at all; waits for other writers up to the busy timeout.

        `changes_data=False` for writes no view depends on (the layout): `version()` then stays the same, so
        the dashboard keeps its loaded corpus."""

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def integrity(self) -> str:
        """"ok", or what the backend's own check found wrong."""

    @abstractmethod
    def check(self) -> None:
        """Raise a `DamagedStore` error naming the recovery when the store's own check finds damage."""

    @abstractmethod
    def version(self) -> str:
        """A cheap token that changes whenever a write transaction commits (the dashboard's cache key)."""

    @abstractmethod
    def tables(self) -> list[str]:
        """The names of the store's tables."""

    @abstractmethod
    def columns(self, table: str) -> list[str]:
        """The column names of `table`, in order."""

    # -- generic reading ------------------------------------------------------------------------------
    def query(self, sql: str, params: Params = ()) -> list[tuple]:
        """Rows of a read query (`?` placeholders)."""
        return self._fetch(sql, params)[1]

    def query_in(self, sql: str, values: Iterable, *, chunk: int = 500) -> list[tuple]:
        """Rows of a read query whose `{in}` is a list of `values`, asked `chunk` at a time (a statement takes
        only so many parameters): `query_in("SELECT id FROM documents WHERE id IN ({in})", ids)`."""
        values = list(values)
        rows: list[tuple] = []
        for i in range(0, len(values), chunk):
            part = values[i : i + chunk]
            rows += self.query(sql.format(**{"in": ",".join("?" * len(part))}), part)
        return rows

    def query_one(self, sql: str, params: Params = ()) -> tuple | None:
        rows = self._fetch(sql, params)[1]
        return rows[0] if rows else None

    def frame(self, sql: str, params: Params = ()) -> pd.DataFrame:
        """A read query (`?` placeholders) as a DataFrame with the query's column names."""
        cols, rows = self._fetch(sql, params)
        return pd.DataFrame.from_records(rows, columns=cols)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- schema -----------------------------------------------------------------------------------------
    def schema_version(self) -> int:
        if "schema_version" not in self.tables():
            return 0
        return self.query_one("SELECT coalesce(max(version), 0) FROM schema_version")[0]

    def _pending_migrations(self) -> list[schema.Migration]:
        """Scripts not yet applied; raises when the store is someone else's database or newer than us."""
        tables = set(self.tables())
        known = schema.latest(self.dialect)
        if "schema_version" in tables:
            done = {r[0] for r in self.query("SELECT version FROM schema_version")}
            if done and max(done) > known:
                raise faults.too_new(self.target, max(done), known)
            return [m for m in schema.migrations(self.dialect) if m.version not in done]
        if tables and "documents" not in tables:
            raise faults.not_a_store(self.target, f"it holds other tables: {', '.join(sorted(tables)[:5])}")
        return list(schema.migrations(self.dialect))

    def _migrate(self) -> None:
        """Apply the missing migrations in one transaction (the backend's `_migration_lock` serializes openers)."""
        if not self._pending_migrations():
            return
        with self._migration_lock():
            self.execute(
                "CREATE TABLE IF NOT EXISTS schema_version"
                " (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
            for m in self._pending_migrations():  # again, under the lock: another process may have done it
                for statement in m.statements:
                    self.execute(statement)
                self.execute(
                    "INSERT INTO schema_version(version, name, applied_at) VALUES (?, ?, ?)",
                    (m.version, m.name, _now()),
                )

    def _migration_lock(self) -> AbstractContextManager:
        return self.transaction()

    # -- writing -------------------------------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        return self.query_one("SELECT 1 FROM documents WHERE id = ?", (doc_id,)) is not None

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of `ids` are stored already (ingest skips them before extracting)."""
        return {r[0] for r in self.query_in("SELECT id FROM documents WHERE id IN ({in})", ids)}

    def add(self, batch: Iterable[Extraction]) -> tuple[int, int]:
        """Store a batch in one transaction; returns (added, duplicates). Stored documents are skipped whole.

        Rows go in sorted by key, so concurrent writers take their locks in the same order and never deadlock."""
        batch = sorted(batch, key=lambda ex: ex.document.id)
        added = dup = 0
        entities: dict[str, tuple] = {}
        stored: list[Extraction] = []
        with self.transaction():
            for ex in batch:
                d = ex.document
                inserted = self.execute(
                    "INSERT INTO documents(id, path, title, source, url, date, date_source, date_precision, lang, text)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING",
                    (d.id, d.path, d.title, d.source, d.url, d.date, d.date_source,
                     getattr(d, "date_precision", None), d.lang, d.text),
                )
                if not inserted:
                    dup += 1
                    continue
                added += 1
                stored.append(ex)
                for e in ex.entities:
                    if e.id not in entities:  # (not setdefault: it would encode the aliases of every mention)
                        entities[e.id] = (e.id, e.name, e.name_ar, e.kind, int(e.known),
                                          json.dumps(e.aliases, ensure_ascii=False))
            self.executemany(
                "INSERT INTO entities(id, name, name_ar, kind, known, aliases) VALUES (?,?,?,?,?,?)"
                " ON CONFLICT (id) DO NOTHING",
                [entities[k] for k in sorted(entities)],
            )
            self.write_extraction_rows(stored, self.doc_keys(ex.document.id for ex in stored))
        return added, dup

    def doc_keys(self, ids: Iterable[str]) -> dict[str, int]:
        """The integer keys (`doc_key`) of the stored documents among `ids`."""
        return dict(self.query_in("SELECT id, doc_key FROM documents WHERE id IN ({in})", ids))

    def write_extraction_rows(self, extractions: Sequence[Extraction], keys: Mapping[str, int]) -> None:
        """The mentions and relations of stored documents (`keys`: document id -> doc_key, see migration 0006),
        and their entities' mention counts; inside the caller's transaction, the entities already stored."""
        self.executemany(
            'INSERT INTO mentions(doc_key, doc_id, entity_id, start, "end", text) VALUES (?,?,?,?,?,?)'
            " ON CONFLICT DO NOTHING",
            # streamed, not listed: a 20 MB article has a million mentions
            ((keys[ex.document.id], ex.document.id, e.id, m.start, m.end, m.text)
             for ex in extractions for e in ex.entities for m in e.mentions),
        )
        self.executemany(
            "INSERT INTO relations(doc_key, doc_id, source, target, type, sentence, sent_start, sent_end,"
            " date, confidence, method, trigger) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
            ((keys[ex.document.id], ex.document.id, r.source, r.target, r.type, r.sentence, r.start, r.end, r.date,
              r.confidence, r.method, r.trigger) for ex in extractions for r in ex.relations),
        )
        self._count_mentions([keys[ex.document.id] for ex in extractions], +1)

    def delete_extraction_rows(self, doc_ids: Iterable[str]) -> dict[str, int]:
        """Remove the mentions and relations of these documents (their entities' mention counts follow) and
        return the documents' keys, for `write_extraction_rows`; inside the caller's transaction."""
        keys = self.doc_keys(doc_ids)
        self._count_mentions(list(keys.values()), -1)
        rows = [(k,) for k in sorted(keys.values())]
        self.executemany("DELETE FROM relations WHERE doc_key = ?", rows)
        self.executemany("DELETE FROM mentions WHERE doc_key = ?", rows)
        # the new rows may take the ids of the old ones (SQLite reuses the largest): a count of replacements
        # keeps `version()` moving, so no reader pairs its old relations with the rows now under their ids
        self.execute(f"INSERT INTO meta(key, value) VALUES ('{REPLACEMENTS}', '1') ON CONFLICT (key)"
                     " DO UPDATE SET value = CAST(CAST(meta.value AS INTEGER) + 1 AS TEXT)")
        return keys

    def _count_mentions(self, doc_keys: Sequence[int], sign: int) -> None:
        """Add (sign +1) or take away (-1) the stored mentions of these documents from their entities' counts,
        counted in the store, so a mention stored once is counted once."""
        counts: dict[str, int] = {}
        for eid, n in self.query_in("SELECT entity_id, count(*) FROM mentions WHERE doc_key IN ({in})"
                                    " GROUP BY entity_id", doc_keys):
            counts[eid] = counts.get(eid, 0) + n
        self.executemany("UPDATE entities SET mention_count = mention_count + ? WHERE id = ?",
                         [(sign * counts[e], e) for e in sorted(counts)])

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def get_meta(self, key: str) -> str | None:
        row = self.query_one("SELECT value FROM meta WHERE key = ?", (key,))
        return row[0] if row else None

    def load_positions(self) -> dict[str, tuple[float, float]]:
        """The stored layout: entity id -> (x, y)."""
        return {e: (x, y) for e, x, y in self.query("SELECT entity_id, x, y FROM positions")}

    def save_positions(self, positions: Mapping[str, Sequence[float]]) -> None:
        """Remember where entities were drawn (replaces their old positions, keeps the others)."""
        rows = [(e, float(p[0]), float(p[1])) for e, p in sorted(positions.items())]
        with self.transaction(changes_data=False):
            self.executemany(
                "INSERT INTO positions(entity_id, x, y) VALUES (?, ?, ?)"
                " ON CONFLICT (entity_id) DO UPDATE SET x = excluded.x, y = excluded.y",
                rows,
            )

    # -- reading -------------------------------------------------------------------------------------------
    def stats(self) -> dict:
        one = lambda q: self.query_one(q)[0]  # noqa: E731
        return {
            "documents": one("SELECT count(*) FROM documents"),
            "actors": one("SELECT count(*) FROM entities WHERE kind NOT IN ('agreement', 'place')"),
            "agreements": one("SELECT count(*) FROM entities WHERE kind = 'agreement'"),
            "entities": one("SELECT count(*) FROM entities"),
            "relations": one("SELECT count(*) FROM relations"),
            "undated_documents": one("SELECT count(*) FROM documents WHERE date IS NULL"),
            "first_date": one("SELECT min(date) FROM documents"),
            "last_date": one("SELECT max(date) FROM documents"),
        }

    def relations_frame(self) -> pd.DataFrame:
        """Every relation with its document's title, source and language: the graph's raw material."""
        return self.frame(
            """SELECT r.id, r.doc_id, r.source, r.target, r.type, r.sentence, r.sent_start, r.sent_end,
                      r.date, r.confidence, r.trigger, r.method, d.title AS doc_title, d.source AS doc_source,
                      d.lang AS lang, d.path AS doc_path
               FROM relations r JOIN documents d ON d.id = r.doc_id ORDER BY r.id"""
        )

    def relations_evidence(self, ids: Sequence[int], *, chunk: int = 500) -> pd.DataFrame:
        """The evidence of the relations `ids`: id, sentence, its offsets, trigger, method, and its
        document's title, outlet, language, path, address, date and its precision; one row per id found.
        Views read it for the rows they show (graph/corpus.py), so the dashboard never holds every
        sentence."""
        frames = [self.frame(sql, part) for sql, part in _evidence_queries(ids, chunk)]
        if not frames:
            return pd.DataFrame(columns=list(EVIDENCE_ROW_COLUMNS))
        return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]

    def relations_evidence_rows(self, ids: Sequence[int], *, chunk: int = 500) -> list[tuple]:
        """`relations_evidence` as plain rows (tuples of EVIDENCE_ROW_COLUMNS), without a frame: what a view's
        evidence items are made of (graph/view.py), several times faster than through pandas."""
        return [row for sql, part in _evidence_queries(ids, chunk) for row in self._fetch(sql, part)[1]]

    def entities_frame(self) -> pd.DataFrame:
        df = self.frame(
            """SELECT e.id, e.name, e.name_ar, e.kind, e.known, e.aliases,
                      e.mention_count AS mentions
               FROM entities e ORDER BY e.id"""
        )
        df["aliases"] = _json_values(df["aliases"].tolist())
        return df

    def mentions_frame(self, entity_id: str | None = None) -> pd.DataFrame:
        q = """SELECT m.doc_id, m.entity_id, m.start, m."end" AS "end", m.text, d.date, d.title, d.source, d.lang
               FROM mentions m JOIN documents d ON d.id = m.doc_id"""
        if entity_id:
            return self.frame(q + " WHERE m.entity_id = ? ORDER BY m.doc_id, m.start", (entity_id,))
        return self.frame(q + " ORDER BY m.doc_id, m.start")

    def documents_frame(self, *, with_text: bool = False) -> pd.DataFrame:
        cols = "id, path, title, source, url, date, date_source, date_precision, lang" + (", text" if with_text else "")
        # undated first, then by date, on both backends (they sort NULL differently)
        return self.frame(f"SELECT {cols} FROM documents ORDER BY (date IS NOT NULL), date, id")

    def document(self, doc_id: str) -> Document | None:
        cols = [c for c in self.columns("documents") if c in _DOC_FIELDS]
        row = self.query_one(f"SELECT {', '.join(cols)} FROM documents WHERE id = ?", (doc_id,))
        return Document(**dict(zip(cols, row, strict=True))) if row else None

    @abstractmethod
    def iter_rows(self, table: str, columns: Sequence[str], chunk: int = 5000) -> Iterator[list[tuple]]:
        """Every row of `table` in chunks of at most `chunk` rows, without holding the table in memory."""


def _json_values(texts: list[str]) -> list:
    """`json.loads` of each text, parsed as one JSON array (a pandas map over an Arrow column costs about
    0.7 s for the 30,000 entities of a million relations, this a hundredth of it); each on its own when
    that fails or does not give one value per text."""
    if texts:
        try:
            values = json.loads("[" + ",".join(texts) + "]")
            if len(values) == len(texts):
                return values
        except (TypeError, ValueError):
            pass
    return [json.loads(t) for t in texts]


def _now() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S")
