"""SQLite store: idempotent upserts keyed by document hash, one transaction per batch.

WAL mode lets the dashboard read while an ingest writes. A document that is already stored is
skipped whole, so re-running an ingest (after a crash, or on the same folder) adds nothing twice.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from explorer.errors import ExplorerError
from explorer.records import Document, Extraction

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, path TEXT, title TEXT, source TEXT, url TEXT, date TEXT,
    date_source TEXT, lang TEXT, text TEXT NOT NULL, added_at TEXT DEFAULT (datetime('now'))
);
CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, name_ar TEXT, kind TEXT NOT NULL, known INTEGER NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS mentions (
    doc_id TEXT NOT NULL REFERENCES documents(id), entity_id TEXT NOT NULL REFERENCES entities(id),
    start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (doc_id, entity_id, start)
);
CREATE TABLE IF NOT EXISTS relations (
    id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id),
    source TEXT NOT NULL, target TEXT NOT NULL, type TEXT NOT NULL,
    sentence TEXT NOT NULL, sent_start INTEGER NOT NULL, sent_end INTEGER NOT NULL,
    date TEXT, confidence REAL NOT NULL, method TEXT, trigger TEXT,
    UNIQUE (doc_id, source, target, type, sent_start)
);
CREATE INDEX IF NOT EXISTS relations_date ON relations(date);
CREATE INDEX IF NOT EXISTS relations_source ON relations(source);
CREATE INDEX IF NOT EXISTS relations_target ON relations(target);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""


def default_db_path() -> Path:
    """`DIPLOGRAPH_DB` if set, else graphs/diplograph.db under the working directory."""
    return Path(os.environ.get("DIPLOGRAPH_DB") or Path("graphs") / "diplograph.db")


class Store:
    """An open store. Cheap to create; use one per thread or process."""

    def __init__(self, path: str | os.PathLike, *, readonly: bool = False) -> None:
        self.path = Path(path)
        if readonly and not self.path.exists():
            raise ExplorerError(f"{self.path}: no store here; run `python -m explorer ingest` first")
        if not readonly:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(self.path, timeout=30, check_same_thread=False, isolation_level=None)
            self.db.execute("PRAGMA busy_timeout=30000")
            if not readonly:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self.db.executescript(_SCHEMA)
                self.db.execute(
                    "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
                )
        except sqlite3.DatabaseError as e:
            raise ExplorerError(f"{self.path}: not a Diplograph store ({e})") from None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self):
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")

    # -- writing ---------------------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE id=?", (doc_id,)).fetchone() is not None

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        found: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            q = f"SELECT id FROM documents WHERE id IN ({','.join('?' * len(chunk))})"
            found.update(r[0] for r in self.db.execute(q, chunk))
        return found

    def add(self, batch: Iterable[Extraction]) -> tuple[int, int]:
        """Store a batch in one transaction; returns (added, duplicates). Stored documents are skipped."""
        added = dup = 0
        entities: list[tuple] = []
        mentions: list[tuple] = []
        relations: list[tuple] = []
        with self.transaction() as db:
            for ex in batch:
                d = ex.document
                cur = db.execute(
                    "INSERT OR IGNORE INTO documents(id, path, title, source, url, date, date_source, lang, text)"
                    " VALUES (?,?,?,?,?,?,?,?,?)",
                    (d.id, d.path, d.title, d.source, d.url, d.date, d.date_source, d.lang, d.text),
                )
                if cur.rowcount == 0:
                    dup += 1
                    continue
                added += 1
                for e in ex.entities:
                    entities.append(
                        (e.id, e.name, e.name_ar, e.kind, int(e.known), json.dumps(e.aliases, ensure_ascii=False))
                    )
                    mentions.extend((d.id, e.id, m.start, m.end, m.text) for m in e.mentions)
                relations.extend(
                    (
                        d.id,
                        r.source,
                        r.target,
                        r.type,
                        r.sentence,
                        r.start,
                        r.end,
                        r.date,
                        r.confidence,
                        r.method,
                        r.trigger,
                    )
                    for r in ex.relations
                )
            db.executemany(
                "INSERT INTO entities(id, name, name_ar, kind, known, aliases) VALUES (?,?,?,?,?,?)"
                " ON CONFLICT(id) DO NOTHING",
                entities,
            )
            db.executemany(
                "INSERT OR IGNORE INTO mentions(doc_id, entity_id, start, end, text) VALUES (?,?,?,?,?)", mentions
            )
            db.executemany(
                "INSERT OR IGNORE INTO relations(doc_id, source, target, type, sentence, sent_start, sent_end,"
                " date, confidence, method, trigger) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                relations,
            )
        return added, dup

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    # -- reading ---------------------------------------------------------------------------------
    def stats(self) -> dict:
        one = lambda q: self.db.execute(q).fetchone()[0]  # noqa: E731
        return {
            "documents": one("SELECT count(*) FROM documents"),
            "actors": one("SELECT count(*) FROM entities WHERE kind NOT IN ('agreement', 'place')"),
            "agreements": one("SELECT count(*) FROM entities WHERE kind='agreement'"),
            "entities": one("SELECT count(*) FROM entities"),
            "relations": one("SELECT count(*) FROM relations"),
            "undated_documents": one("SELECT count(*) FROM documents WHERE date IS NULL"),
            "first_date": one("SELECT min(date) FROM documents"),
            "last_date": one("SELECT max(date) FROM documents"),
        }

    def relations_frame(self) -> pd.DataFrame:
        """Every relation with its document's title, source and language: the graph's raw material."""
        q = """SELECT r.id, r.doc_id, r.source, r.target, r.type, r.sentence, r.sent_start, r.sent_end,
                      r.date, r.confidence, r.trigger, d.title AS doc_title, d.source AS doc_source,
                      d.lang AS lang, d.path AS doc_path
               FROM relations r JOIN documents d ON d.id = r.doc_id"""
        return pd.read_sql_query(q, self.db)

    def entities_frame(self) -> pd.DataFrame:
        q = """SELECT e.id, e.name, e.name_ar, e.kind, e.known, e.aliases,
                      (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS mentions
               FROM entities e"""
        df = pd.read_sql_query(q, self.db)
        df["aliases"] = df["aliases"].map(json.loads)
        return df

    def mentions_frame(self, entity_id: str | None = None) -> pd.DataFrame:
        q = """SELECT m.doc_id, m.entity_id, m.start, m.end, m.text, d.date, d.title, d.source, d.lang
               FROM mentions m JOIN documents d ON d.id = m.doc_id"""
        args: tuple = ()
        if entity_id:
            q += " WHERE m.entity_id = ?"
            args = (entity_id,)
        return pd.read_sql_query(q, self.db, params=args)

    def documents_frame(self, *, with_text: bool = False) -> pd.DataFrame:
        cols = "id, path, title, source, url, date, date_source, lang" + (", text" if with_text else "")
        return pd.read_sql_query(f"SELECT {cols} FROM documents ORDER BY date", self.db)

    def document(self, doc_id: str) -> Document | None:
        row = self.db.execute(
            "SELECT id, text, title, source, url, date, date_source, lang, path FROM documents WHERE id=?", (doc_id,)
        ).fetchone()
        return Document(*row) if row else None

    def integrity(self) -> str:
        return self.db.execute("PRAGMA integrity_check").fetchone()[0]
