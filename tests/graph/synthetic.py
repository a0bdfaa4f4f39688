"""A seeded random corpus of relation rows, shared by the graph tests (views, metrics, comparison)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pandas as pd


def random_corpus(seed: int, *, nodes: int, relations: int, types: list[str], kinds: list[str],
                  start: date, days: int, undated_every: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(relations, entities) frames shaped like `Store.relations_frame()` and `Store.entities_frame()`."""
    rnd = random.Random(seed)
    ents = pd.DataFrame([{"id": f"n{i}", "name": f"N{i}", "name_ar": None, "kind": kinds[i % len(kinds)],
                          "mentions": 1} for i in range(nodes)])
    rows = []
    for k in range(relations):
        a, b = rnd.sample(range(nodes), 2)
        d = start + timedelta(days=rnd.randrange(0, days))
        rows.append({"id": k, "source": f"n{a}", "target": f"n{b}", "type": rnd.choice(types),
                     "date": None if k % undated_every == 0 else d.isoformat(), "sentence": f"s{k}",
                     "doc_id": f"d{k}", "doc_title": "t", "doc_source": "src", "confidence": 0.5, "lang": "en",
                     "trigger": ""})
    return pd.DataFrame(rows), ents


def random_store(path, seed: int, *, documents: int, nodes: int, start: date, days: int) -> None:
    """A store at `path` of `documents` seeded articles, 2-6 relations each among `nodes` actors (a few
    busy ones, a long tail), 1 in 15 undated: enough repeated links for weights and node caps to bite."""
    from explorer.ingest.document import make_document
    from explorer.records import Entity, Extraction, Mention, Relation
    from explorer.store import open_store

    rnd = random.Random(seed)
    kinds = ["person", "state", "organization", "armed_group", "agreement"]
    ents = [(f"n{i}", f"Actor {i}", f"فاعل {i}", kinds[i % len(kinds)]) for i in range(nodes)]
    weights = [1 / (i + 1) for i in range(nodes)]
    types = ["meets", "phones", "supports", "opposes", "agrees_with"]
    batch = []
    for k in range(documents):
        when = None if k % 15 == 0 else (start + timedelta(days=rnd.randrange(days))).isoformat()
        sentences, rels, mentions = [], [], {}
        pos = 0
        for _ in range(rnd.randint(2, 6)):
            a, b = rnd.choices(range(nodes), weights=weights, k=2)
            if a == b:
                continue
            s = f"{ents[a][1]} and {ents[b][1]}, item {k}-{pos}."
            mentions.setdefault(a, []).append(Mention(ents[a][1], pos, pos + len(ents[a][1])))
            rels.append(Relation(ents[a][0], ents[b][0], rnd.choice(types), s, pos, pos + len(s), when,
                                 round(rnd.uniform(0.5, 1), 2)))
            sentences.append(s)
            pos += len(s) + 1
        involved = {i for r in rels for i in (int(r.source[1:]), int(r.target[1:]))}
        doc = make_document(" ".join(sentences) or f"Nothing {k}.", title=f"Article {k}", date=when, lang="en",
                            source="Test desk", path=f"random/{k}.txt")
        batch.append(Extraction(doc, [Entity(ents[i][0], ents[i][1], ents[i][3], name_ar=ents[i][2],
                                             mentions=mentions.get(i, [])) for i in sorted(involved)], rels))
    with open_store(path) as store:
        store.add(batch)
