"""Reviewing a store: read the reviewed corpus, and record decisions after checking their targets.

Every function takes an open store. Writing checks every target first and writes all decisions in
one transaction, so an unknown id changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from explorer.errors import ExplorerError
from explorer.review import log, overlay
from explorer.review.decisions import ACTIONS, Decision, parse_precise_date, relation_key


def reviewed(store) -> overlay.Overlay:
    """The store's corpus with its review log applied (see explorer.review.overlay)."""
    return overlay.apply(store.relations_frame(), store.entities_frame(), store.documents_frame(),
                         log.read_log(store))


def check_targets(store, decisions: Iterable[Decision], corpus: overlay.Overlay | None = None) -> None:
    """Raise a clear error naming the first decision whose target this store does not hold.

    Without `corpus`, only the targets named are looked up in the store (relations by their keys, kept
    beside the cached relation table): a click in the dashboard costs no overlay of the whole corpus."""
    decisions = list(decisions)
    if not decisions:
        return
    if corpus is not None:
        rids = set(corpus.relations["rid"])
        ent_ids = set(corpus.entities["id"]) | set(corpus.merged_into)
        doc_ids = set(corpus.documents["id"])
    else:
        rids, ent_ids, doc_ids = _named_targets(store, decisions)
    for d in decisions:
        kind = ACTIONS[d.action][0] if d.action in ACTIONS else None
        if d.action == "add_relation":
            v = d.value
            if v["doc_id"] not in doc_ids:
                raise ExplorerError(f"no document {v['doc_id']!r} in the store")
            doc = store.document(v["doc_id"])
            if v["end"] > len(doc.text):
                raise ExplorerError(f"document {v['doc_id'][:12]}… has no sentence at {v['start']}-{v['end']}")
            for e in (v["source"], v["target"]):
                if e not in ent_ids:
                    raise ExplorerError(f"no actor or agreement {e!r} in the store")
        elif kind == "relation" and d.target not in rids:
            raise ExplorerError(f"no relation {d.target!r} in the store; `review list` shows the ids")
        elif kind == "entity":
            if d.target not in ent_ids:
                raise ExplorerError(f"no actor or agreement {d.target!r} in the store")
            if d.action == "merge" and d.value["into"] not in ent_ids:
                raise ExplorerError(f"no actor or agreement {d.value['into']!r} to merge into")
        elif kind == "document" and d.target not in doc_ids:
            raise ExplorerError(f"no document {d.target!r} in the store")
        if d.action == "set_ends":
            for e in (d.value["source"], d.value["target"]):
                if e not in ent_ids:
                    raise ExplorerError(f"no actor or agreement {e!r} in the store")


def _named_targets(store, decisions: list[Decision]) -> tuple[set, set, set]:
    """(relation keys, entity ids, document ids) among those `decisions` name that the store holds: extracted
    relations by their keys, relations added by hand by the log, entities and documents by their tables."""
    from explorer.graph.corpus import cached_keys, cached_table
    from explorer.review.compact import key_bits, rows_of_keys

    def kind(d: Decision) -> str:
        return ACTIONS[d.action][0] if d.action in ACTIONS else ""

    entities, documents, asked = set(), set(), set()
    for d in decisions:
        entities |= {str(d.value[k]) for k in ("into", "source", "target") if d.value.get(k)}
        if kind(d) == "entity":
            entities.add(d.target)
        elif kind(d) == "document":
            documents.add(d.target)
        elif d.action == "add_relation":
            documents.add(d.value["doc_id"])
        elif kind(d) == "relation":
            asked.add(d.target)
    rids: set[str] = set()
    if asked:
        stats = store.stats()
        ids = store.frame("SELECT id FROM entities ORDER BY id")  # (what the table is seeded with, in that order)
        table = cached_table(store, ids, stats, store.target)
        keys = cached_keys(store, table, stats, store.target)
        held = rows_of_keys(keys, list(asked))
        rids = {k for k in asked if key_bits(k) in held}
        rids |= {d.target for d in log.read_log(store) if d.action == "add_relation"} & asked
    return rids, _present(store, "entities", entities), _present(store, "documents", documents)


def _present(store, table: str, ids: set[str]) -> set[str]:
    return {r[0] for r in store.query_in(f"SELECT id FROM {table} WHERE id IN ({{in}})", sorted(ids))}


def decide(store, decisions: Iterable[Decision], *, corpus: overlay.Overlay | None = None) -> list[Decision]:
    """Check every decision's target, then append them all (or none) to the log."""
    decisions = list(decisions)
    check_targets(store, decisions, corpus)
    return log.append(store, decisions)


def find_document(store, prefix: str) -> str:
    """A document id from its full hash or a unique prefix of at least 8 characters."""
    docs = store.documents_frame()["id"]
    if prefix in set(docs):
        return prefix
    hits = [d for d in docs if len(prefix) >= 8 and d.startswith(prefix)]
    if len(hits) == 1:
        return hits[0]
    if hits:
        raise ExplorerError(f"document prefix {prefix!r} matches {len(hits)} documents; give more of the hash")
    raise ExplorerError(f"no document {prefix!r} in the store")


# -- one function per decision kind: what the CLI and the dashboard call -------------------------------


def verdict(store, ids: Iterable[str], action: str, *, reviewer: str, note: str = "") -> list[Decision]:
    """Confirm, reject or unreview relations by their stable ids."""
    if action not in ("confirm", "reject", "unreview"):
        raise ExplorerError(f"{action!r} is not a verdict; use confirm, reject or unreview")
    ids = list(dict.fromkeys(ids))
    if not ids:
        raise ExplorerError("give at least one relation id")
    return decide(store, [Decision(action, i, {}, reviewer, "", note) for i in ids])


def set_type(store, rid: str, type_: str, *, reviewer: str, note: str = "") -> list[Decision]:
    return decide(store, [Decision("set_type", rid, {"type": type_}, reviewer, "", note)])


def set_ends(store, rid: str, *, source: str | None = None, target: str | None = None, reverse: bool = False,
             reviewer: str, note: str = "") -> list[Decision]:
    """Reverse a relation, or re-attach one or both of its ends to other actors."""
    corpus = reviewed(store)
    row = corpus.relations[corpus.relations["rid"] == rid]
    if row.empty:
        raise ExplorerError(f"no relation {rid!r} in the store; `review list` shows the ids")
    src, tgt = row.iloc[0]["source"], row.iloc[0]["target"]
    if reverse:
        src, tgt = tgt, src
    value = {"source": source or src, "target": target or tgt}
    return decide(store, [Decision("set_ends", rid, value, reviewer, "", note)], corpus=corpus)


def add_relation(store, doc_id: str, start: int, end: int, source: str, target: str, type_: str, *,
                 reviewer: str, note: str = "") -> list[Decision]:
    """A relation written by hand; its evidence is the stored document's own text between the offsets."""
    doc = store.document(doc_id)
    if doc is None:
        raise ExplorerError(f"no document {doc_id!r} in the store")
    if not 0 <= start < end <= len(doc.text):
        raise ExplorerError(f"document {doc_id[:12]}… has {len(doc.text)} characters; {start}-{end} is outside it")
    if (start, end) not in set(sentences(doc.text)):
        raise ExplorerError(f"document {doc_id[:12]}… has no sentence at {start}-{end}; "
                            "`review sentences DOC` lists its sentences with their offsets")
    sentence = doc.text[start:end]
    key = relation_key(doc_id, start, end, source, target, type_)
    value = {"doc_id": doc_id, "start": start, "end": end, "source": source, "target": target, "type": type_,
             "sentence": sentence}
    return decide(store, [Decision("add_relation", key, value, reviewer, "", note)])


def entity_decision(store, action: str, entity_id: str, value: dict | None = None, *, reviewer: str,
                    note: str = "") -> list[Decision]:
    """merge (value {"into": id}), split, rename ({"name", "name_ar"}), alias ({"alias"}), set_kind ({"kind"})."""
    if action not in ("merge", "split", "rename", "alias", "set_kind"):
        raise ExplorerError(f"{action!r} is not a decision on an actor or agreement")
    return decide(store, [Decision(action, entity_id, value or {}, reviewer, "", note)])


def document_decision(store, action: str, doc_id: str, value: dict | None = None, *, reviewer: str,
                      note: str = "") -> list[Decision]:
    """set_date ({"date", "precision"}), set_title ({"title"}), set_outlet ({"outlet"}), exclude, include."""
    if action not in ("set_date", "set_title", "set_outlet", "exclude", "include"):
        raise ExplorerError(f"{action!r} is not a decision on a document")
    value = dict(value or {})
    if action == "set_date":
        day, precision = parse_precise_date(value.get("date", ""), value.get("precision"))
        value = {"date": value["date"], "precision": precision}
    return decide(store, [Decision(action, find_document(store, doc_id), value, reviewer, "", note)])


# -- reading ---------------------------------------------------------------------------------------------


LIST_COLUMNS = ["rid", "source", "target", "type", "review", "confidence", "date", "doc_id", "sent_start", "sent_end",
                "sentence", "reviewer", "review_note", "method"]


def sentences(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of a text's sentences, as the extractor splits them (blank ones left out)."""
    from explorer.text.sentences import split_sentences

    return [(s, e) for s, e in split_sentences(text) if text[s:e].strip()]


def relation_list(corpus: overlay.Overlay, *, state: str | None = None) -> pd.DataFrame:
    """One row per relation of the reviewed corpus (rejected ones included), for `review list`."""
    r = corpus.relations
    if state:
        from explorer.review.decisions import STATES

        if state not in STATES:
            raise ExplorerError(f"no review state {state!r}; use one of {', '.join(STATES)}")
        r = r[r["review"] == state]
    cols = [c for c in LIST_COLUMNS if c in r.columns]
    return r[cols].sort_values(["date", "rid"], na_position="last").reset_index(drop=True)
