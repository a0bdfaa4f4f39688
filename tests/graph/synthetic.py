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
