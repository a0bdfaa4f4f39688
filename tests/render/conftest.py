"""Fixtures for render tests: a small hand-made view (English and Arabic evidence), a hostile view, a browser."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `pytest` without `python -m`: make `explorer` and `tests.*` importable
    sys.path.insert(0, str(ROOT))

from explorer.graph.build import build_view  # noqa: E402
from explorer.graph.spec import CorpusSize, ViewSpec  # noqa: E402
from tests.browser import browser, offline_page  # noqa: E402, F401  (fixtures)
from tests.fixtures.hostile import load_strings  # noqa: E402

ENTITIES = [
    ("kerry", "John Kerry", "جون كيري", "person"),
    ("lavrov", "Sergei Lavrov", "سيرغي لافروف", "person"),
    ("putin", "Vladimir Putin", "فلاديمير بوتين", "person"),
    ("us", "United States", "الولايات المتحدة", "state"),
    ("russia", "Russia", "روسيا", "state"),
    ("truce", "Cessation of hostilities", "الهدنة", "agreement"),
    ("isis", "Islamic State", None, "armed_group"),
    ("aleppo", "Aleppo", "حلب", "place"),
]
AR = "التقى وزير الخارجية الأميركي جون كيري نظيره الروسي سيرغي لافروف في موسكو لبحث الهدنة."
RELATIONS = [
    ("kerry", "lavrov", "phones", "2016-07-10", AR, "d1", "كيري ولافروف", "الحياة", "ar", 0.9),
    ("kerry", "lavrov", "meets", "2016-07-15", "Kerry met Lavrov in Moscow on Friday.", "d2", "Kerry in Moscow",
     "Reuters", "en", 0.8),
    ("kerry", "putin", "meets", "2016-07-14", "Kerry met Putin at the Kremlin.", "d2", "Kerry in Moscow", "Reuters",
     "en", 0.85),
    ("kerry", "us", "holds_role_in", None, "US Secretary of State John Kerry said...", "d3", "Undated note", "AP",
     "en", 0.7),
    ("us", "truce", "agrees_with", "2016-02-22", "The United States and Russia agreed a cessation of hostilities.",
     "d4", "Truce agreed", "BBC", "en", 0.95),
    ("russia", "truce", "agrees_with", "2016-02-22", "The United States and Russia agreed a cessation of hostilities.",
     "d4", "Truce agreed", "BBC", "en", 0.95),
    ("us", "isis", "fights", "2016-05-01", "US strikes against Islamic State near Raqqa.", "d5", "Strikes", "AFP",
     "en", 0.6),
    ("russia", "aleppo", "supports", "2016-08-01", "Russia gave air support on the northern Aleppo front.", "d6",
     "Aleppo front", "AFP", "en", 0.5),
    ("lavrov", "russia", "holds_role_in", "2016-07-15", AR, "d1", "كيري ولافروف", "الحياة", "ar", 0.9),
]  # fmt: skip


def frames(entities=ENTITIES, relations=RELATIONS) -> tuple[pd.DataFrame, pd.DataFrame]:
    ents = pd.DataFrame(
        [{"id": i, "name": n, "name_ar": a, "kind": k, "mentions": 3} for i, n, a, k in entities], dtype=object
    )
    rels = pd.DataFrame(
        [
            {"id": j, "source": s, "target": t, "type": ty, "date": d, "sentence": sen, "doc_id": doc,
             "doc_title": title, "doc_source": src, "lang": lang, "confidence": c, "trigger": "", "sent_start": 0,
             "sent_end": len(sen)}
            for j, (s, t, ty, d, sen, doc, title, src, lang, c) in enumerate(relations)
        ],
        dtype=object,  # pandas 3's arrow strings cannot hold the hostile lone surrogate
    )  # fmt: skip
    return rels, ents


@pytest.fixture(scope="session")
def sample_view():
    """A MultiDiGraph view, as build_view gives it: everyone, 2016 and undated."""
    rels, ents = frames()
    return build_view(rels, ents, ViewSpec())


@pytest.fixture(scope="session")
def corpus() -> CorpusSize:
    return CorpusSize(documents=6, actors=8, relations=9)


@pytest.fixture(scope="session")
def hostile() -> dict[str, str]:
    return load_strings()


@pytest.fixture(scope="session")
def hostile_view(hostile):
    return make_hostile_view(hostile)


def make_hostile_view(hostile: dict[str, str]):
    """A view whose ids, names, sentences, titles, sources, dates, languages and triggers are all hostile."""
    values = list(hostile.values())
    ents = [(f"id-{i}-{v[:200]}", v, values[-1 - i], "person" if i % 2 else "state") for i, v in enumerate(values)]
    ents.append(("hub", "Hub", "المحور", "organization"))
    ids = [e[0] for e in ents]
    rels = []
    for i, v in enumerate(values):
        rels.append(
            (ids[i], "hub", "meets", "2016-01-01", v, f"doc-{v[:100]}", v, values[-1 - i], "ar" if i % 2 else v[:50],
             0.5)
        )  # fmt: skip
        rels.append((ids[i], ids[(i + 1) % len(values)], "supports", v[:30], v, "d", "t", "s", "en", float("nan")))
    # a kind and a relation type that are not in the ontology, and an id that is a hostile string on its own
    ents.append((hostile["script-breakout"], hostile["img-onerror"], None, hostile["script-tag"]))
    rels.append(("hub", hostile["script-breakout"], hostile["javascript-link"], None, "x", "d", "t", "s", "en", 1.0))
    rel_df, ent_df = frames(ents, rels)
    return build_view(rel_df, ent_df, ViewSpec(actors=(ids[0], hostile["path-traversal"]), hops=3))
