"""The review log applied to the compact relation table: the path a reviewed million-relation corpus takes.

`explorer.review.overlay` applies the log to whole pandas frames (every relation with its sentence):
simple, and the oracle the tests compare with, but far too slow and big for a large corpus. Here the
same decisions become patches of the integer table (graph/table.py) and a little side information:

- a relation decision finds its row through the relations' stable ids (`relation_keys`: the 64 bits of
  each `relation_key`, computed once per store version and cached next to the table);
- verdicts fill the table's review column, type and end corrections patch the codes, merges remap the
  entity codes (self-loops they make go), hand-added relations are appended with ids below zero and their
  evidence kept aside, a document's new date re-dates its relations, excluded documents' relations go;
- titles, outlets and dates of reviewed documents, reviewers, notes and extracted types are applied to
  the evidence when a view asks for it (`ReviewPatch.evidence`).

Orphaned decisions (a target that is gone) are reported as the overlay reports them.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from explorer.review.decisions import VERDICT, Decision, parse_precise_date
from explorer.review.overlay import _entities, _missing, hand_added, latest, resolve_merges

_KEY = re.compile(r"r-[0-9a-f]{16}")
_DOC_COLUMNS = ("id", "path", "title", "source", "url", "date", "date_precision", "lang")


def key_bits(key: str) -> int | None:
    """The 64 bits of a relation key ("r-" and 16 hex digits), or None for anything else."""
    return int(key[2:], 16) if isinstance(key, str) and _KEY.fullmatch(key) else None


def relation_keys(store, ids: np.ndarray, *, chunk: int = 50_000) -> np.ndarray:
    """The stable id (`relation_key`, as 64 bits) of the store's relations `ids` (sorted), streamed from
    the store; 0 for an id the store no longer holds."""
    got_ids, parts = [], []
    sha1 = hashlib.sha1
    for rows in store.iter_rows("relations", ["id", "doc_id", "sent_start", "sent_end", "source", "target", "type"],
                                chunk=chunk):
        got_ids.append(np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows)))
        raw = b"".join(sha1(f"{d}|{int(a)}|{int(b)}|{s}|{t}|{y}".encode()).digest()[:8]
                       for _, d, a, b, s, t, y in rows)
        parts.append(np.frombuffer(raw, dtype=">u8").astype(np.uint64))
    out = np.zeros(len(ids), dtype=np.uint64)
    if not parts:
        return out
    got, keys = np.concatenate(got_ids), np.concatenate(parts)
    at = np.clip(np.searchsorted(ids, got), 0, max(len(ids) - 1, 0))
    found = (ids[at] == got) if len(ids) else np.zeros(len(got), dtype=bool)
    out[at[found]] = keys[found]
    return out


def key_text(bits: np.ndarray) -> list[str]:
    return [f"r-{int(b):016x}" for b in bits]


@dataclass
class ReviewPatch:
    """What the evidence of a reviewed table needs beyond the store: per relation id its stable key, who
    reviewed it (and why), its extracted type when corrected; hand-added relations' evidence; the reviewed
    fields of documents."""

    base_ids: np.ndarray  # the store's relation ids, sorted
    base_keys: np.ndarray  # uint64, aligned with base_ids
    extracted: dict[int, str]  # relation id -> type the extractor gave (corrected relations)
    corrected: set[int]
    reviewer: dict[int, str]
    note: dict[int, str | None]
    added: pd.DataFrame  # evidence of hand-added relations, indexed by their (negative) id
    documents: dict[str, dict]  # doc id -> reviewed evidence fields (doc_title, doc_source, doc_date, ...)

    def review_columns(self, rows: pd.DataFrame) -> pd.DataFrame:
        """`rows` with rid, reviewer, review_note, extracted_type, corrected and method ("hand" for relations
        added by hand, else None): what measuring the extractor's precision needs, without the store."""
        ids = rows["id"].to_numpy(dtype=np.int64)
        at = np.clip(np.searchsorted(self.base_ids, ids), 0, max(len(self.base_ids) - 1, 0))
        keys = key_text(self.base_keys[at]) if len(self.base_ids) else [None] * len(ids)
        hand = self.added["rid"].to_dict()
        idl, types = ids.tolist(), rows["type"].tolist()
        return rows.assign(
            rid=[hand.get(i) if i < 0 else k for i, k in zip(idl, keys, strict=True)],
            reviewer=[self.reviewer.get(i) for i in idl], review_note=[self.note.get(i) for i in idl],
            extracted_type=[self.extracted.get(i, t) for i, t in zip(idl, types, strict=True)],
            corrected=[i in self.corrected for i in idl], method=["hand" if i < 0 else None for i in idl])

    def evidence(self, ev: pd.DataFrame, rows: pd.DataFrame, store_rows: np.ndarray) -> pd.DataFrame:
        """`ev` (evidence from the store, indexed by id, in the order of `rows`) with the review applied;
        `store_rows` marks the rows the store holds (the others were added by hand)."""
        ids = rows["id"].to_numpy(dtype=np.int64)
        at = np.clip(np.searchsorted(self.base_ids, ids), 0, max(len(self.base_ids) - 1, 0))
        keys = key_text(self.base_keys[at]) if len(self.base_ids) else [None] * len(ids)
        idl, types = ids.tolist(), rows["type"].tolist()
        ev = ev.assign(
            rid=keys, reviewer=[self.reviewer.get(i) for i in idl], review_note=[self.note.get(i) for i in idl],
            extracted_type=[self.extracted.get(i, t) for i, t in zip(idl, types, strict=True)],
            corrected=[i in self.corrected for i in idl])
        if not store_rows.all():  # hand-added relations: their own evidence
            hand = np.flatnonzero(~store_rows)
            add = self.added.reindex(pd.Index(ids[hand], name="id"))
            ev = ev.astype({c: object for c in add.columns if c in ev.columns})
            for col in add.columns:
                if col in ev.columns:
                    loc = ev.columns.get_loc(col)
                    for k, value in zip(hand.tolist(), add[col].tolist(), strict=True):
                        ev.iat[k, loc] = value
        if self.documents:  # reviewed titles, outlets, dates
            docs = rows["doc_id"].tolist()
            ev = ev.astype({c: object for c in ("doc_title", "doc_source", "doc_date", "date_precision")})
            for k in [k for k, d in enumerate(docs) if d in self.documents]:
                for col, value in self.documents[docs[k]].items():
                    ev.iat[k, ev.columns.get_loc(col)] = value
        dated = [not _missing(x) for x in ev["doc_date"].tolist()]
        ev["date_precision"] = [None if _missing(p) and not dt else (p if not _missing(p) else "day")
                                for p, dt in zip(ev["date_precision"].tolist(), dated, strict=True)]
        return ev


@dataclass
class Compacted:
    """The table with the review applied, the reviewed entities, and what `Review` reports."""

    table: object
    entities: pd.DataFrame
    patch: ReviewPatch
    merged_into: dict[str, str]
    orphans: list[tuple[Decision, str]] = field(default_factory=list)
    doc_decisions: dict = field(default_factory=dict)


def _documents(store, ids) -> dict[str, dict]:
    """The documents `ids` (those the store holds) as dicts of `_DOC_COLUMNS`."""
    cols = [c for c in _DOC_COLUMNS if c in store.columns("documents")]
    rows = store.query_in(f"SELECT {', '.join(cols)} FROM documents WHERE id IN ({{in}})", sorted(ids))
    return {row[0]: dict(zip(cols, row, strict=True)) for row in rows}


def apply_to_table(store, table, entities: pd.DataFrame, decisions: list[Decision], keys: np.ndarray) -> Compacted:
    """The decisions applied to `table` (the store's unreviewed relation table, `keys` its relations' stable
    ids): the same corpus `overlay.apply` makes of the store's frames, as a table."""
    from explorer.graph.table import RelationTable

    win = latest(decisions)
    orphans: list[tuple[Decision, str]] = []
    ent_ids = set(entities["id"].tolist())
    wanted = {d.value["doc_id"] for (slot, _, _), d in win.items() if slot == "added"}
    wanted |= {k for (_, k, _), d in win.items() if d.target_kind == "document"}
    docs = _documents(store, wanted)
    rows = rows_of_keys(keys, [k for (_, k, _), d in win.items() if d.target_kind == "relation"])

    def row_of(key: str) -> int | None:
        return rows.get(key_bits(key))

    ecode = {e: i for i, e in enumerate(table.entity_ids.tolist())}
    entity_ids = table.entity_ids
    for e in ent_ids - ecode.keys():  # (the table is seeded with every entity: only a race adds one)
        ecode[e] = len(ecode)
        entity_ids = np.append(entity_ids, e)
    types = list(table.types)
    tcode = {t: i for i, t in enumerate(types)}
    doc_ids = list(table.doc_ids)
    dcode = {d: i for i, d in enumerate(doc_ids)}

    def code(values: list, index: dict, key) -> int:
        if key not in index:
            index[key] = len(values)
            values.append(key)
        return index[key]

    # relations added by hand
    added, vouched = [], []
    for key, d in hand_added(win, docs, ent_ids, orphans):
        row = row_of(key)
        if row is not None:
            vouched.append(row)  # the extractor finds it too: the researcher's word still confirms it
            continue
        added.append((key, d))
    n_base, n_add = len(table), len(added)
    hand_ids = -np.arange(1, n_add + 1, dtype=np.int64)
    doc_dates = {k: (None if _missing(doc.get("date")) else doc.get("date")) for k, doc in docs.items()}
    rid = np.concatenate([table.id, hand_ids])
    src = np.concatenate([table.source, [ecode[d.value["source"]] for _, d in added]]).astype(np.int32)
    tgt = np.concatenate([table.target, [ecode[d.value["target"]] for _, d in added]]).astype(np.int32)
    typ = np.concatenate([table.type, [code(types, tcode, d.value["type"]) for _, d in added]]).astype(np.int16)
    doc = np.concatenate([table.doc, [code(doc_ids, dcode, d.value["doc_id"]) for _, d in added]]).astype(np.int32)
    conf = np.concatenate([table.confidence, np.ones(n_add)])
    hand_dates = [doc_dates[d.value["doc_id"]] for _, d in added]
    extracted_code = typ.copy()
    state = np.zeros(n_base + n_add, dtype=np.int8)
    hand_keys = {key: n_base + k for k, (key, _) in enumerate(added)}

    # corrections, verdicts
    corrected_rows, reviewer, notes = set(), {}, {}
    for (slot, key, _), d in win.items():
        if d.target_kind != "relation" or slot == "added":
            continue
        i = hand_keys.get(key, None)
        if i is None:
            i = row_of(key)
        if i is None:
            orphans.append((d, "no relation with this id (the extractor no longer finds it)"))
            continue
        if slot == "type":
            typ[i] = code(types, tcode, d.value["type"])
            corrected_rows.add(i)
        elif slot == "ends":
            bad = [e for e in (d.value["source"], d.value["target"]) if e not in ent_ids]
            if bad:
                orphans.append((d, f"no entity {bad[0]!r}"))
                continue
            src[i], tgt[i] = ecode[d.value["source"]], ecode[d.value["target"]]
            corrected_rows.add(i)
        elif slot == "verdict":
            state[i] = {"unreviewed": 0, "confirmed": 1, "rejected": 2}[VERDICT[d.action]]
            reviewer[i], notes[i] = d.reviewer, d.note or None
    for i in [*vouched, *range(n_base, n_base + n_add)]:
        if state[i] == 0:
            state[i] = 1  # a researcher wrote it

    # actors and agreements: merges
    for (_, key, _), d in win.items():
        if d.target_kind == "entity":
            if key not in ent_ids:
                orphans.append((d, f"no entity {key!r}"))
            elif d.action == "merge" and d.value["into"] not in ent_ids:
                orphans.append((d, f"no entity {d.value['into']!r} to merge into"))
    merged = {k: v for k, v in resolve_merges(win).items() if k in ent_ids and v in ent_ids}
    if merged:
        lut = np.arange(len(entity_ids), dtype=np.int32)
        for a, b in merged.items():
            lut[ecode[a]] = ecode[b]
        src, tgt = lut[src], lut[tgt]
    ents = _entities(entities, win, merged)

    # documents
    excluded, doc_decisions, new_date = set(), {}, {}
    for (slot, key, _), d in win.items():
        if d.target_kind != "document":
            continue
        if key not in docs:
            orphans.append((d, f"document {key[:12]}… is not in the store"))
            continue
        doc_decisions[(slot, key)] = d
        if slot == "exclude":
            if d.action == "exclude":
                excluded.add(key)
        elif slot == "date":
            new_date[key] = parse_precise_date(d.value["date"], d.value.get("precision"))
    date_codes, values = _redate(table, doc, dcode, hand_dates, new_date, doc_dates)
    keep = None
    if merged or excluded:
        keep = src != tgt
        gone = [dcode[k] for k in excluded if k in dcode]
        if gone:
            keep &= ~np.isin(doc, gone)
    if len(table.id) < 2 or bool((table.id[1:] > table.id[:-1]).all()):  # the table is in id order: hand-added
        order = np.r_[np.arange(n_base, n_base + n_add)[::-1], np.arange(n_base)]  # rows (-1, -2, …) go first
    else:
        order = np.argsort(rid, kind="stable")
    if keep is not None:
        order = order[keep[order]]
    out = RelationTable(rid[order], src[order], tgt[order], typ[order], date_codes[order], doc[order], conf[order],
                        entity_ids, np.array(types, dtype=object), values, np.array(doc_ids, dtype=object),
                        state[order])
    patch = ReviewPatch(
        base_ids=table.id, base_keys=keys,
        extracted={int(rid[i]): types[extracted_code[i]] for i in corrected_rows if i < n_base},
        corrected={int(rid[i]) for i in corrected_rows},
        reviewer={int(rid[i]): r for i, r in reviewer.items()},
        note={int(rid[i]): n for i, n in notes.items()},
        added=_hand_evidence(added, hand_ids, docs),
        documents=_document_evidence(docs, doc_decisions, new_date),
    )
    patch.extracted.update(dict.fromkeys(hand_ids.tolist()))  # nobody extracted them
    return Compacted(out, ents, patch, merged, orphans, doc_decisions)


def rows_of_keys(keys: np.ndarray, targets: list[str]) -> dict[int, int]:
    """key bits -> the row holding it (the last of equal keys, as the overlay finds them), for `targets`
    only: one pass over the keys, no sort of a million of them."""
    wanted = np.unique(np.array([b for b in map(key_bits, targets) if b is not None], dtype=np.uint64))
    if not len(wanted) or not len(keys):
        return {}
    at = np.clip(np.searchsorted(wanted, keys), 0, len(wanted) - 1)
    hit = np.flatnonzero(wanted[at] == keys)
    return {int(b): int(r) for b, r in zip(keys[hit].tolist(), hit.tolist(), strict=True)}


def _redate(table, doc: np.ndarray, dcode: dict, hand_dates: list, new_date: dict, doc_dates: dict):
    """(date codes of every row, the sorted date values): hand-added rows dated by their document, and the
    relations of a re-dated document that had no date or the document's old date take its new date."""
    extra = {x for x in hand_dates if x is not None} | {day for day, _ in new_date.values()}
    values = table.dates
    codes = np.concatenate([table.date, np.full(len(hand_dates), -1, dtype=np.int32)])
    if extra - set(values.tolist()):
        values = np.array(sorted(set(values.tolist()) | extra), dtype=object)
        remap = np.searchsorted(values, table.dates).astype(np.int32) if len(table.dates) else np.zeros(0, np.int32)
        codes[:len(table)] = np.where(table.date >= 0, remap[np.maximum(table.date, 0)] if len(remap) else -1, -1)
    rank = {x: i for i, x in enumerate(values.tolist())}
    codes[len(table):] = [rank[x] if x is not None else -1 for x in hand_dates]
    if new_date:
        new = np.full(len(dcode) + 1, -2, dtype=np.int32)  # per document code: its new date's code
        old = np.full(len(dcode) + 1, -3, dtype=np.int32)  # its old date's code (-1: none; -3: no row has it)
        for key, (day, _) in new_date.items():
            if key in dcode:
                new[dcode[key]] = rank[day]
                old[dcode[key]] = -1 if doc_dates[key] is None else rank.get(doc_dates[key], -3)
        rows = np.flatnonzero(new[doc] != -2)
        hit = rows[(codes[rows] == -1) | (codes[rows] == old[doc[rows]])]
        codes[hit] = new[doc[hit]]
    return codes, values


def _hand_evidence(added: list, ids: np.ndarray, docs: dict) -> pd.DataFrame:
    rows = []
    for (key, d), i in zip(added, ids.tolist(), strict=True):
        v, doc = d.value, docs[d.value["doc_id"]]
        rows.append({"id": i, "sentence": v.get("sentence", ""), "sent_start": v["start"], "sent_end": v["end"],
                     "trigger": "", "method": "hand", "lang": doc.get("lang"), "doc_path": doc.get("path"),
                     "doc_title": doc.get("title"), "doc_source": doc.get("source"), "doc_url": doc.get("url"),
                     "doc_date": doc.get("date"), "date_precision": doc.get("date_precision"), "rid": key})
    cols = ["id", "sentence", "sent_start", "sent_end", "trigger", "method", "lang", "doc_path", "doc_title",
            "doc_source", "doc_url", "doc_date", "date_precision", "rid"]
    return pd.DataFrame(rows, columns=cols).set_index("id")


def _document_evidence(docs: dict, decided: dict, new_date: dict) -> dict[str, dict]:
    """doc id -> the evidence fields its decisions change (title, outlet, date and its precision)."""
    out: dict[str, dict] = {}
    for (slot, key), d in decided.items():
        if slot == "title":
            out.setdefault(key, {})["doc_title"] = d.value["title"]
        elif slot == "outlet":
            out.setdefault(key, {})["doc_source"] = d.value["outlet"]
    for key, (day, precision) in new_date.items():
        out.setdefault(key, {}).update(doc_date=day, date_precision=precision)
    return out


def reviewed_documents(documents: pd.DataFrame, decided: dict) -> pd.DataFrame:
    """Every document (as `Store.documents_frame()`) with its reviewed date, precision, title, outlet and
    `excluded`, as the overlay gives them."""
    docs = documents.copy()
    dates = [None if _missing(x) else x for x in docs["date"].tolist()]
    precisions = [None if _missing(p) else p for p in docs["date_precision"].tolist()] \
        if "date_precision" in docs.columns else [None] * len(docs)
    precisions = [p or (None if dt is None else "day") for p, dt in zip(precisions, dates, strict=True)]
    titles, outlets = docs["title"].tolist(), docs["source"].tolist()
    at = {k: i for i, k in enumerate(docs["id"].tolist())}
    excluded = set()
    for (slot, key), d in decided.items():
        if key not in at:
            continue
        i = at[key]
        if slot == "exclude" and d.action == "exclude":
            excluded.add(key)
        elif slot == "date":
            dates[i], precisions[i] = parse_precise_date(d.value["date"], d.value.get("precision"))
        elif slot == "title":
            titles[i] = d.value["title"]
        elif slot == "outlet":
            outlets[i] = d.value["outlet"]
    docs["date"], docs["date_precision"], docs["title"], docs["source"] = dates, precisions, titles, outlets
    docs["excluded"] = [k in excluded for k in docs["id"].tolist()]
    return docs
