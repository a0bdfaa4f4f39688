"""The corpus a view is cut from: a compact table of relation codes and the entities, loaded once.

A `Corpus` is read-only once made: the dashboard shares one per store version between every browser
session (st.cache_resource), the CLI makes one per command. It holds no sentence: views filter the
integer table (graph/table.py) and `evidence` fetches sentences, titles and outlets from the store
for the rows a view shows, in chunks. What is derived (names, the search index, agreement dates,
the date span) is computed on first use and kept.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

import numpy as np
import pandas as pd

from explorer.graph.spec import CorpusSize
from explorer.graph.table import RelationTable, table_from_frame, table_from_store

#: Columns `Corpus.evidence` adds to relation rows: the sentence and its document, and the review's view of
#: the relation (its stable id `rid`, who reviewed it, the type the extractor gave, whether it was corrected).
EVIDENCE_COLUMNS = ("sentence", "sent_start", "sent_end", "trigger", "method", "doc_title", "doc_source", "lang",
                    "doc_path", "doc_url", "doc_date", "date_precision", "rid", "reviewer", "review_note",
                    "extracted_type", "corrected")


@dataclass(eq=False)
class Corpus:
    """The relation table, the entities (one row each, as `Store.entities_frame()`), store counts,
    majority language, and where evidence comes from: the store at `location`, or `side` (a frame of
    evidence columns indexed by relation id, for corpora made from frames or by the review overlay).
    `review` says what the review log did (merges, orphaned decisions, the reviewed documents).

    `kb` (an `explorer.kb.KnowledgeBase`, a function returning one, or None) adds aliases to the search
    index and dates to the agreement marks; a function is called on first use (`knowledge`), so a view that
    needs neither never loads it. Never mutate what a corpus holds: it is shared.
    """

    table: RelationTable
    entities: pd.DataFrame
    stats: dict = field(default_factory=dict)
    lang: str = "ar"
    kb: Any = None
    location: str | None = None
    side: pd.DataFrame | None = None
    review: Review | None = None
    patch: Any = None  # a store's reviewed corpus: explorer.review.compact.ReviewPatch, for the evidence
    columns: frozenset | None = None  # a corpus made from frames: the columns its rows had (None: all)

    @classmethod
    def load(cls, location, *, kb=None) -> Corpus:
        """The corpus of the store at `location` (a file or a postgresql:// URL), with its review log applied.

        The relation codes are streamed from the store (or read from the cache a previous process left, see
        `cached_table`) and evidence is read from there when a view needs it: the path that scales to
        millions of relations. Review decisions (states, corrections, merges, hand-added relations, document
        decisions) are applied to that table as patches (explorer.review.compact), and to the evidence a
        view reads.
        """
        from explorer.store import open_store

        with open_store(location, readonly=True) as store:
            return cls.from_store(store, kb=kb, location=location)

    @classmethod
    def from_store(cls, store, *, kb=None, location=None) -> Corpus:
        """`load` on a store already open; evidence is later read from `location` (default: the store's
        file, `store.target`; give the URL of a PostgreSQL store, whose target hides the password)."""
        from explorer.actor_profile import majority_language
        from explorer.review.log import read_log

        location = str(location if location is not None else store.target)
        decisions = read_log(store)
        stats = store.stats()
        langs = store.query("SELECT lang, count(*) FROM documents GROUP BY lang")
        entities = store.entities_frame()
        table = cached_table(store, entities, stats, location)
        if decisions:
            from explorer.review.compact import apply_to_table

            done = apply_to_table(store, table, entities, decisions, cached_keys(store, table, stats, location))
            corpus = cls(table=done.table, entities=done.entities, kb=kb, patch=done.patch,
                         review=Review(location=location, merged_into=done.merged_into, orphans=done.orphans,
                                       decisions=len(decisions), doc_decisions=done.doc_decisions))
        else:
            corpus = cls(table=table, entities=entities, kb=kb, review=Review(location=location))
        corpus.stats = stats
        corpus.lang = majority_language(pd.Series(np.repeat([x for x, _ in langs], [n for _, n in langs]),
                                                  dtype=object))
        corpus.location = location
        return corpus

    @classmethod
    def reviewed_in_memory(cls, store, kb=None) -> Corpus:
        """The store's corpus made by the review overlay over whole frames (explorer.review.overlay): the
        oracle the compact path (`from_store`) is tested against; slow and big on a large corpus."""
        from explorer.review import reviewed

        applied = reviewed(store)
        rel = applied.relations
        missing = rel["id"].isna()
        if missing.any():  # relations added by hand have no store id: number them below zero
            rel = rel.assign(id=rel["id"].where(~missing, -np.cumsum(missing)))
        rel = rel.assign(id=rel["id"].astype(np.int64))
        corpus = cls.from_frames(rel, applied.entities, kb=kb)
        corpus.review = Review(merged_into=applied.merged_into, orphans=applied.orphans, decisions=applied.decisions,
                               documents=applied.documents)
        return corpus

    @classmethod
    def from_frames(cls, relations: pd.DataFrame, entities: pd.DataFrame, **kw) -> Corpus:
        """A corpus of frames shaped like `Store.relations_frame()` and `Store.entities_frame()` (tests,
        snapshots read back); its evidence is the frame's own columns."""
        table = table_from_frame(relations, entities["id"])
        side = None
        present = [c for c in EVIDENCE_COLUMNS if c in relations]
        if present:
            ids = relations["id"] if "id" in relations else pd.RangeIndex(len(relations))
            side = relations[present].set_axis(pd.Index(ids, name="id"))
        stats = {"documents": int(relations["doc_id"].nunique()) if "doc_id" in relations else 0,
                 "actors": int((~entities["kind"].isin(["agreement", "place"])).sum()),
                 "relations": len(relations)}
        return cls(table=table, entities=entities, stats=kw.pop("stats", stats), side=side,
                   columns=frozenset(relations.columns), **kw)

    # -- entities, aligned with the table's entity codes ----------------------------------------------
    @cached_property
    def _entity_frame(self) -> pd.DataFrame:
        ent = self.entities.drop_duplicates("id").set_index("id")
        return ent.reindex(pd.Index(self.table.entity_ids, dtype=object))

    @cached_property
    def codes(self) -> dict[str, int]:
        """entity id -> its code in the table."""
        return {e: i for i, e in enumerate(self.table.entity_ids)}

    @cached_property
    def entity_kind(self) -> np.ndarray:
        return self._entity_frame["kind"].fillna("").to_numpy(dtype=object)

    @cached_property
    def entity_mentions(self) -> np.ndarray:
        m = self._entity_frame["mentions"] if "mentions" in self._entity_frame else None
        return np.zeros(len(self.table.entity_ids)) if m is None else m.fillna(0).to_numpy(dtype=np.float64)

    @cached_property
    def entity_rank(self) -> np.ndarray:
        """Each code's position in id order (the node cap's last tie-break)."""
        rank = np.empty(len(self.table.entity_ids), dtype=np.int64)
        rank[np.argsort(self.table.entity_ids.astype(str), kind="stable")] = np.arange(len(rank))
        return rank

    @cached_property
    def node_attributes(self) -> list[dict]:
        """Per entity code: the display graph's node attributes (name, name_ar, kind, mentions)."""
        f = self._entity_frame
        out = []
        cols = [f[c].tolist() for c in ("name", "name_ar", "kind")]  # lists: iterating Arrow columns is slow
        for eid, name, name_ar, kind, m in zip(self.table.entity_ids.tolist(), *cols, self.entity_mentions.tolist(),
                                               strict=True):
            out.append({"name": name if isinstance(name, str) and name else eid,
                        "name_ar": name_ar if isinstance(name_ar, str) else None,
                        "kind": kind if isinstance(kind, str) and kind else "organization", "mentions": int(m)})
        return out

    # -- derived once -----------------------------------------------------------------------------------
    @cached_property
    def knowledge(self):
        """The knowledge base (`kb`, loaded now if it is a function), or None."""
        return self.kb() if callable(self.kb) else self.kb

    @cached_property
    def names(self) -> dict[str, dict]:
        """entity id -> {name, name_ar, kind}."""
        e = self.entities
        if not e["id"].is_unique:
            raise ValueError("entity ids must be unique")
        cols = [e[c].tolist() for c in ("id", "name", "name_ar", "kind")]
        return {i: {"name": n, "name_ar": a, "kind": k} for i, n, a, k in zip(*cols, strict=True)}

    @cached_property
    def choices(self) -> list[str]:
        """Actor and agreement ids, most mentioned first (places are not actors)."""
        actors = self.entities[self.entities["kind"] != "place"]
        return list(actors.sort_values(["mentions", "name"], ascending=[False, True])["id"])

    def shortlist(self, keep: Iterable[str | None] = (), limit: int = 2000) -> list[str]:
        """The options of an actor picker: the `limit` most mentioned actors and agreements, and `keep`
        (what is already chosen). A picker of every actor of a large corpus (30,000 at a million relations)
        costs seconds on every rerun; the search box reaches the rest."""
        extra = [k for k in keep if k is not None and k in self.names]
        return list(dict.fromkeys([*extra, *self.choices[:limit]]))

    @cached_property
    def span(self) -> tuple[date, date] | None:
        from explorer.graph.timeline import corpus_span

        return corpus_span(pd.Series(self.table.dates, dtype=object))

    @cached_property
    def index(self):
        """The search index over actors and agreements (explorer.search.SearchIndex)."""
        from explorer.search import SearchIndex

        return SearchIndex.from_frame(self.entities, kb=self.knowledge)

    @cached_property
    def marks(self) -> pd.DataFrame:
        """Agreements and their dates, for the timeline."""
        from explorer.graph.timeline import agreement_dates

        agreements = self.entities.loc[self.entities["kind"] == "agreement", "id"]
        return agreement_dates(self.entities, self.rows_touching(agreements), self.knowledge)

    @cached_property
    def size(self) -> CorpusSize:
        s = self.stats
        return CorpusSize(documents=s.get("documents", 0), actors=s.get("actors", 0), relations=s.get("relations", 0))

    @cached_property
    def undated_relations(self) -> int:
        """How many relations have no date."""
        return int((self.table.date < 0).sum())

    @cached_property
    def relations(self) -> pd.DataFrame:
        """Every relation decoded (`table.ROW_COLUMNS`, no evidence). Costly on a large corpus (about
        1 s and 300 MB a million rows): views and profiles use `rows_touching` and `evidence`."""
        return self.table.frame()

    @cached_property
    def evidence_items(self) -> ItemCache | None:
        """The evidence items views made (graph/view.py), by relation id, for the next views to reuse; only
        for a store's corpus (whose relation ids are the store's, one per relation)."""
        return ItemCache() if self.location is not None else None

    # -- rows and their evidence ---------------------------------------------------------------------------
    def rows_touching(self, entity_ids: Iterable[str], *, newest_evidence: int = 0,
                      rejected: bool = False) -> pd.DataFrame:
        """Decoded relations with an end among `entity_ids`, without those a reviewer rejected (what
        profiles and agreement tables count) unless `rejected`; the `newest_evidence` newest of them (date
        order, undated last) carry their evidence columns, the others None there."""
        lut = np.zeros(len(self.table.entity_ids), dtype=bool)
        lut[[self.codes[e] for e in entity_ids if e in self.codes]] = True
        keep = lut[self.table.source] | lut[self.table.target]
        if not rejected and self.table.review is not None:
            keep &= self.table.review != 2  # (REVIEW_STATES[2]: rejected)
        t = self.table.take(keep)
        rows = t.frame()
        if newest_evidence:
            top = rows.loc[newest_order(t)[:newest_evidence]]
            ev = self.evidence(top)[["id", *EVIDENCE_COLUMNS]]
            rows = rows.merge(ev, on="id", how="left", sort=False)
            rows = rows.astype({c: object for c in EVIDENCE_COLUMNS}).where(rows.notna(), None)
        return rows

    def newest_touching(self, entity_ids: Iterable[str], n: int) -> pd.DataFrame:
        """The `n` newest relations with an end among `entity_ids`, with their evidence."""
        lut = np.zeros(len(self.table.entity_ids), dtype=bool)
        lut[[self.codes[e] for e in entity_ids if e in self.codes]] = True
        t = self.table.take(lut[self.table.source] | lut[self.table.target])
        return self.evidence(t.take(newest_order(t)[:n]).frame())

    def rows_of_document(self, doc_id: str) -> pd.DataFrame:
        """The relations of one document (as the view shows them: reviewed, merged), with their evidence."""
        code = np.flatnonzero(self.table.doc_ids == doc_id)
        t = self.table.take(np.isin(self.table.doc, code))
        return self.evidence(t.frame())

    def reviewed_relations(self) -> pd.DataFrame:
        """Every relation with its review columns when anything was reviewed (for a store's corpus only those:
        rid, reviewer, review_note, extracted_type, corrected, method; no sentence is read); empty when nothing
        ever was (every relation is then unreviewed, and there is nothing to measure)."""
        if self.review is None or not self.review.decisions:
            return pd.DataFrame(columns=[*self.table.frame().columns, *EVIDENCE_COLUMNS])
        if self.patch is not None:  # a store's reviewed corpus: the review columns without reading every sentence
            return self.patch.review_columns(self.relations)
        return self.evidence(self.relations)

    def evidence(self, rows: pd.DataFrame) -> pd.DataFrame:
        """`rows` (relation rows of this corpus, with `id`) with the `EVIDENCE_COLUMNS` added, in the
        same order; read from the store in chunks, so only the rows shown cost anything."""
        if rows.empty or all(c in rows for c in EVIDENCE_COLUMNS):
            return rows.assign(**{c: None for c in EVIDENCE_COLUMNS if c not in rows})
        ids = [int(i) for i in rows["id"]]
        if self.side is not None:
            ev = self.side.reindex(pd.Index(ids, name="id"))
            ev = ev.assign(**{c: None for c in EVIDENCE_COLUMNS if c not in ev})
        elif self.location is not None:
            from explorer.store import open_store

            stored = np.asarray(ids, dtype=np.int64) >= 0  # (below zero: added by hand, not in the store)
            with open_store(self.location, readonly=True) as store:
                ev = store.relations_evidence([i for i in ids if i >= 0]).set_index("id")
            ev = ev.reindex(pd.Index(ids, name="id"))
            ev = _unreviewed(ev, rows) if self.patch is None else self.patch.evidence(ev, rows, stored)
        else:
            ev = pd.DataFrame(index=pd.Index(ids, name="id"), columns=list(EVIDENCE_COLUMNS))
        ev = ev[list(EVIDENCE_COLUMNS)]
        out = rows.drop(columns=[c for c in EVIDENCE_COLUMNS if c in rows]).reset_index(drop=True)
        out = pd.concat([out, ev.reset_index(drop=True)], axis=1)
        return out.set_axis(rows.index)


class ItemCache:
    """A bounded map of relation id -> evidence item, shared by the sessions that share a corpus: when full,
    the older half is dropped."""

    def __init__(self, limit: int = 40_000) -> None:
        self.limit, self._items, self._lock = limit, {}, threading.Lock()

    def get_many(self, ids: list) -> list:
        get = self._items.get
        return [get(i) for i in ids]

    def put_many(self, ids: list, items: list) -> None:
        with self._lock:
            self._items.update(zip(ids, items, strict=True))
            if len(self._items) > self.limit:
                drop = len(self._items) - self.limit // 2
                for k in list(self._items)[:drop]:
                    del self._items[k]


class Review:
    """What the review log did to a corpus: `merged_into` (entity -> the one it was merged into), `orphans`
    (decisions whose target is gone, with why), the number of `decisions`, and `documents` (every
    document with its reviewed date, title, outlet and `excluded`; read on first use)."""

    def __init__(self, *, location: str | None = None, merged_into: dict | None = None, orphans: list | None = None,
                 decisions: int = 0, documents: pd.DataFrame | None = None, doc_decisions: dict | None = None) -> None:
        self.location, self.merged_into, self.orphans = location, merged_into or {}, orphans or []
        self.decisions, self.doc_decisions = decisions, doc_decisions or {}
        if documents is not None:
            self.documents = documents

    @cached_property
    def documents(self) -> pd.DataFrame:
        from explorer.store import open_store

        if self.location is None:
            return pd.DataFrame(columns=["id", "path", "title", "source", "url", "date", "lang", "excluded"])
        with open_store(self.location, readonly=True) as store:
            docs = store.documents_frame()
        if not self.decisions:
            return docs.assign(excluded=False)
        from explorer.review.compact import reviewed_documents

        return reviewed_documents(docs, self.doc_decisions)


def _unreviewed(ev: pd.DataFrame, rows: pd.DataFrame) -> pd.DataFrame:
    """The review columns of relations nobody reviewed: their stable id, the extracted type, no reviewer."""
    from explorer.review.decisions import relation_key

    keys = [relation_key(d, a, b, s, t, y) if a == a and a is not None else None
            for d, a, b, s, t, y in zip(rows["doc_id"], ev["sent_start"], ev["sent_end"], rows["source"],
                                       rows["target"], rows["type"], strict=True)]
    return ev.assign(rid=keys, reviewer=None, review_note=None, extracted_type=list(rows["type"]), corrected=False)


def _cache_path(location, suffix: str):
    """The cache file of the store at `location`, or None when caching is off ($DIPLOGRAPH_CACHE=off)."""
    import hashlib
    import os
    from pathlib import Path

    folder = os.environ.get("DIPLOGRAPH_CACHE") or str(
        Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "diplograph")
    if folder == "off":
        return None
    where = str(location)
    if not (where.startswith(("postgresql://", "postgres://"))):
        where = str(Path(where).resolve())
    return Path(folder) / f"relations-{hashlib.sha1(where.encode('utf-8', 'surrogatepass')).hexdigest()[:16]}{suffix}"


def cached_keys(store, table: RelationTable, stats: dict, location) -> np.ndarray:
    """The stable ids (`relation_key`, 64 bits each) of the store's relations, aligned with `table` (the
    store's unreviewed table): what review decisions name relations by. Computed once per store version
    (a hash per relation, about a second a million) and kept beside the cached table."""
    from explorer.review.compact import relation_keys

    path = _cache_path(location, ".keys.npz")
    key = f"1|{store.version()}|{stats.get('relations')}|{len(table)}"
    if path is not None:
        try:
            with np.load(path, allow_pickle=False) as z:
                if str(z["key"]) == key and len(z["keys"]) == len(table):
                    return z["keys"]
        except (OSError, ValueError, KeyError):
            pass
    keys = relation_keys(store, table.id)
    if path is not None:
        import os

        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
            with open(tmp, "wb") as f:
                np.savez(f, keys=keys, key=np.array(key))
            os.replace(tmp, path)
        except OSError:
            pass  # a cache that cannot be written is only slower
    return keys


def cached_table(store, entities: pd.DataFrame, stats: dict, location) -> RelationTable:
    """The store's relation table, from the cache a previous process left when the store has not changed
    since (its version, relation and entity counts), else streamed from the store and cached.

    The cache is one file of plain arrays per store in the user's cache folder ($XDG_CACHE_HOME or
    ~/.cache, under diplograph/; $DIPLOGRAPH_CACHE overrides, "off" disables): a restarted dashboard
    reads a million relations in a fraction of a second instead of several seconds.
    """
    from explorer.graph.table import load_table, save_table

    path = _cache_path(location, ".npz")
    key = f"1|{store.version()}|{stats.get('relations')}|{stats.get('entities')}"
    if path is not None:
        table = load_table(path, key)
        if table is not None:
            return table
    table = table_from_store(store, entities["id"])
    if path is not None:
        try:
            save_table(table, path, key)
        except OSError:
            pass  # a cache that cannot be written is only slower
    return table


def newest_order(t: RelationTable) -> np.ndarray:
    """Row positions of `t` newest first, undated last, ties in table order (as a stable pandas sort by
    date, descending, gives them)."""
    key = np.where(t.date >= 0, -t.date.astype(np.int64), np.iinfo(np.int64).max)
    return np.lexsort((np.arange(len(t)), key))
