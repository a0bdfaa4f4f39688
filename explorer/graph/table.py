"""Relations as a compact table of integer codes: what views filter on, without any text.

A million relations take about 40 MB this way (id, source, target, type, date, document and
confidence: 37 bytes a row) against well over a gigabyte as a pandas frame of Python strings with
their sentences. Filters become array look-ups: a type, kind or date predicate is evaluated once per
distinct value (a dozen types, a few thousand dates) and then indexed by the codes of every row.

Dates are coded by rank: `dates` holds the distinct date strings in sorted order, so comparing codes
compares dates; an undated relation has code -1. Sentences, titles and the rest of the evidence stay
in the store and are fetched for the rows a view shows (`Corpus.evidence`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

#: The columns of a relation row that views filter and fold on, as decoded by `RelationTable.frame`.
ROW_COLUMNS = ("id", "doc_id", "source", "target", "type", "date", "confidence", "review")
#: Review states (explorer.review), coded by position; a relation nobody reviewed is "unreviewed".
REVIEW_STATES = np.array(["unreviewed", "confirmed", "rejected"], dtype=object)


@dataclass(eq=False)
class RelationTable:
    """Rows of relations as parallel arrays of codes, plus the value arrays the codes point into.

    `source`/`target` index `entity_ids`, `type` indexes `types`, `date` indexes `dates` (-1: undated),
    `doc` indexes `doc_ids`. Subsets (`take`) share the value arrays.
    """

    id: np.ndarray  # int64
    source: np.ndarray  # int32
    target: np.ndarray  # int32
    type: np.ndarray  # int16
    date: np.ndarray  # int32, -1 for undated
    doc: np.ndarray  # int32
    confidence: np.ndarray  # float64
    entity_ids: np.ndarray  # object (str)
    types: np.ndarray  # object (str)
    dates: np.ndarray  # object (str), sorted
    doc_ids: np.ndarray  # object (str)
    review: np.ndarray | None = None  # int8 codes into REVIEW_STATES; None: nothing reviewed

    def __len__(self) -> int:
        return len(self.id)

    def take(self, which: np.ndarray) -> RelationTable:
        """The rows selected by a boolean mask or an index array (the value arrays are shared; every row
        selected: this very table, which is never mutated)."""
        which = np.asarray(which)
        if which.dtype == bool:
            if len(which) == len(self) and which.all():
                return self
            which = np.flatnonzero(which)  # once, rather than once per column
        return RelationTable(self.id[which], self.source[which], self.target[which], self.type[which],
                             self.date[which], self.doc[which], self.confidence[which], self.entity_ids,
                             self.types, self.dates, self.doc_ids,
                             None if self.review is None else self.review[which])

    def review_states(self) -> np.ndarray:
        """Each row's review state (object array of REVIEW_STATES)."""
        if self.review is None:
            return np.full(len(self), "unreviewed", dtype=object)
        return REVIEW_STATES[self.review]

    def frame(self) -> pd.DataFrame:
        """The rows decoded (columns `ROW_COLUMNS`, Python strings, None for no date), in table order."""
        dates = np.append(self.dates, None)  # code -1 picks the last item
        text = {"doc_id": self.doc_ids[self.doc], "source": self.entity_ids[self.source],
                "target": self.entity_ids[self.target], "type": self.types[self.type], "date": dates[self.date],
                "review": self.review_states()}
        cols = {"id": self.id, **{k: pd.Series(v, dtype=object) for k, v in text.items()},  # object: no Arrow
                "confidence": self.confidence}  # (Arrow strings reject lone surrogates, and copy on every cut)
        return pd.DataFrame(cols, columns=list(ROW_COLUMNS))


_STATE = {s: i for i, s in enumerate(REVIEW_STATES)}


def _key(value):
    """Missing values (None, NaN, "") are one key, None: an undated relation, a relation without document."""
    return None if value is None or value != value or value == "" else value


def empty_table() -> RelationTable:
    z = np.zeros(0, dtype=np.int32)
    none = np.array([], dtype=object)
    return RelationTable(np.zeros(0, np.int64), z, z, z.astype(np.int16), z, z, np.zeros(0), none, none, none, none)


class TableBuilder:
    """Codes rows as they stream in (from the store in chunks, or from a frame), then freezes them."""

    def __init__(self, entity_ids: Iterable[str] = ()) -> None:
        self._entities: dict[str, int] = {e: i for i, e in enumerate(dict.fromkeys(entity_ids))}
        self._types: dict[str, int] = {}
        self._dates: dict[str | None, int] = {}
        self._docs: dict[str, int] = {}
        self._parts: list[tuple[np.ndarray, ...]] = []
        self._reviewed = False

    def add(self, ids: Sequence, doc_ids: Sequence, sources: Sequence, targets: Sequence, types: Sequence,
            dates: Sequence, confidences: Sequence, review: Sequence | None = None) -> None:
        """One chunk of rows, column by column (any sequences of the same length); `review` holds review
        states (None: all unreviewed)."""
        n = len(ids)
        ents, tys, ds, docs = self._entities, self._types, self._dates, self._docs

        def code(table: dict, values: Sequence) -> np.ndarray:
            # hash the chunk in C (pandas), then give only its distinct values a code of the whole table
            local, uniques = pd.factorize(pd.Series(values, dtype=object), use_na_sentinel=False)
            glob = np.fromiter((table.setdefault(_key(v), len(table)) for v in uniques), dtype=np.int32,
                               count=len(uniques))
            return glob[local] if len(glob) else np.zeros(n, dtype=np.int32)

        self._parts.append((
            np.asarray(ids, dtype=np.int64), code(ents, sources), code(ents, targets), code(tys, types),
            code(ds, dates), code(docs, doc_ids),
            np.asarray([np.nan if c is None else c for c in confidences], dtype=np.float64),  # NaN: unknown
            np.zeros(n, dtype=np.int8) if review is None else
            np.fromiter((_STATE.get(r, 0) for r in review), dtype=np.int8, count=n),
        ))
        self._reviewed = self._reviewed or review is not None

    def build(self) -> RelationTable:
        """The table, sorted by relation id, with dates coded by rank."""
        if not self._parts:
            t = empty_table()
            t.entity_ids = np.array(list(self._entities), dtype=object)
            return t
        cols = [np.concatenate(c) for c in zip(*self._parts, strict=True)]
        rid, src, tgt, typ, dat, doc, conf, rev = cols
        # dates: rank the distinct strings, undated -> -1
        raw = list(self._dates)
        dated = sorted(d for d in raw if d is not None)
        rank = {d: i for i, d in enumerate(dated)}
        remap = np.array([rank[d] if d is not None else -1 for d in raw], dtype=np.int32)
        dat = remap[dat] if len(remap) else dat
        order = np.argsort(rid, kind="stable")
        return RelationTable(
            rid[order], src[order], tgt[order], typ[order].astype(np.int16), dat[order], doc[order], conf[order],
            np.array(list(self._entities), dtype=object), np.array(list(self._types), dtype=object),
            np.array(dated, dtype=object), np.array(list(self._docs), dtype=object),
            rev[order] if self._reviewed else None,
        )


def table_from_frame(rows: pd.DataFrame, entity_ids: Iterable[str] = ()) -> RelationTable:
    """Code a frame with the `ROW_COLUMNS` (as `Store.relations_frame()` gives); a missing id is the row
    number, a missing confidence NaN (unknown)."""
    b = TableBuilder(entity_ids)
    n = len(rows)
    col = lambda c, default: rows[c].tolist() if c in rows else [default] * n  # noqa: E731
    b.add(col("id", None) if "id" in rows else list(range(n)), col("doc_id", None), rows["source"].tolist(),
          rows["target"].tolist(), rows["type"].tolist(), col("date", None), col("confidence", None),
          rows["review"].tolist() if "review" in rows else None)
    return b.build()


def table_from_store(store, entity_ids: Iterable[str] = (), *, chunk: int = 50_000) -> RelationTable:
    """Every relation of `store` (an `explorer.store.Store`), streamed in chunks: never the whole table as
    Python tuples at once, and never a sentence."""
    b = TableBuilder(entity_ids)
    for rows in store.iter_rows("relations", list(ROW_COLUMNS[:-1]), chunk=chunk):  # no review column there
        b.add(*zip(*rows, strict=True))
    return b.build()


_ARRAYS = ("id", "source", "target", "type", "date", "doc", "confidence")
_VALUES = ("entity_ids", "types", "dates", "doc_ids")


def save_table(t: RelationTable, path: Path, key: str) -> None:
    """Write `t` (an unreviewed table) to `path` as plain arrays (no pickle), tagged with `key`; atomic."""
    path.parent.mkdir(parents=True, exist_ok=True)
    arrays = {a: getattr(t, a) for a in _ARRAYS}
    arrays |= {v: np.array([str(x) if x is not None else "" for x in getattr(t, v)], dtype=str) for v in _VALUES}
    arrays["key"] = np.array(key)
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    with open(tmp, "wb") as f:
        np.savez(f, **arrays)
    os.replace(tmp, path)


def load_table(path: Path, key: str) -> RelationTable | None:
    """The table `save_table` wrote under `key`, or None (no file, another key, unreadable)."""
    try:
        with np.load(path, allow_pickle=False) as z:
            if str(z["key"]) != key:
                return None
            parts = {a: z[a] for a in _ARRAYS}
            values = {v: z[v].astype(object) for v in _VALUES}
    except (OSError, ValueError, KeyError):
        return None
    values["doc_ids"] = np.where(values["doc_ids"] == "", None, values["doc_ids"])
    return RelationTable(**parts, **values)
