"""The corpus a view is cut from: the store's relations and entities in memory, loaded once.

A `Corpus` is read-only once made: the dashboard shares one per store version between every browser
session (st.cache_resource), the CLI makes one per command. What is derived from it (names, the
search index, agreement dates, the date span) is computed on first use and kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from types import SimpleNamespace
from typing import Any

import pandas as pd

from explorer.graph.spec import CorpusSize


@dataclass(eq=False)
class Corpus:
    """Relations (one row each, with source, target, type, date, doc_id, confidence and evidence
    columns), entities (one row each, as `Store.entities_frame()`), store counts and majority language.

    `kb` (a `explorer.kb.KnowledgeBase` or None) adds aliases to the search index and dates to the
    agreement marks. Never mutate the frames: they are shared.
    """

    relations: pd.DataFrame
    entities: pd.DataFrame
    stats: dict = field(default_factory=dict)
    lang: str = "en"
    kb: Any = None
    review: Any = None  # what the review log did: merged_into, orphans, documents (explorer.review.overlay)

    @classmethod
    def from_store(cls, store, *, kb=None) -> Corpus:
        """Everything a view needs from an open store (`explorer.store.Store`), with the review log applied
        (explorer.review: review states, corrections, merges, hand-added relations, document decisions)."""
        from explorer.actor_profile import majority_language
        from explorer.graph.rows import plain_strings
        from explorer.review import reviewed

        applied = reviewed(store)
        relations = plain_strings(applied.relations)
        entities = applied.entities
        stats = store.stats()
        lang = majority_language(store.documents_frame()["lang"])
        summary = SimpleNamespace(merged_into=applied.merged_into, orphans=applied.orphans,
                                  documents=applied.documents, decisions=applied.decisions)
        return cls(relations=relations, entities=entities, stats=stats, lang=lang, kb=kb, review=summary)

    @classmethod
    def from_frames(cls, relations: pd.DataFrame, entities: pd.DataFrame, **kw) -> Corpus:
        """A corpus of frames shaped like the store's (tests, snapshots); counts derived from them."""
        stats = {"documents": int(relations["doc_id"].nunique()) if "doc_id" in relations else 0,
                 "actors": int((~entities["kind"].isin(["agreement", "place"])).sum()),
                 "relations": len(relations)}
        return cls(relations=relations, entities=entities, stats=kw.pop("stats", stats), **kw)

    # -- derived once ---------------------------------------------------------------------------------
    @cached_property
    def unrejected(self) -> pd.DataFrame:
        """Relations no reviewer rejected: what profiles and agreement tables count (views filter by spec)."""
        if "review" not in self.relations:
            return self.relations
        return self.relations[self.relations["review"] != "rejected"]

    @cached_property
    def names(self) -> dict[str, dict]:
        """entity id -> {name, name_ar, kind}."""
        return self.entities.set_index("id")[["name", "name_ar", "kind"]].to_dict("index")

    @cached_property
    def mentions(self) -> pd.Series:
        """Mentions per entity id (the node cap's tie-break)."""
        if "mentions" not in self.entities:
            return pd.Series(dtype="int64")
        return self.entities.set_index("id")["mentions"]

    @cached_property
    def choices(self) -> list[str]:
        """Actor and agreement ids, most mentioned first (places are not actors)."""
        actors = self.entities[self.entities["kind"] != "place"]
        return list(actors.sort_values(["mentions", "name"], ascending=[False, True])["id"])

    @cached_property
    def span(self) -> tuple[date, date] | None:
        from explorer.graph.timeline import corpus_span

        return corpus_span(self.relations["date"])

    @cached_property
    def index(self):
        """The search index over actors and agreements (explorer.search.SearchIndex)."""
        from explorer.search import SearchIndex

        return SearchIndex.from_frame(self.entities, kb=self.kb)

    @cached_property
    def marks(self) -> pd.DataFrame:
        """Agreements and their dates, for the timeline."""
        from explorer.graph.timeline import agreement_dates

        return agreement_dates(self.entities, self.relations, self.kb)

    @cached_property
    def size(self) -> CorpusSize:
        s = self.stats
        return CorpusSize(documents=s.get("documents", 0), actors=s.get("actors", 0), relations=s.get("relations", 0))

    # -- evidence -------------------------------------------------------------------------------------
    def evidence(self, rows: pd.DataFrame) -> pd.DataFrame:
        """`rows` (relation rows of this corpus) with their evidence columns: sentence, doc_title,
        doc_source, lang, trigger, sent_start. Cheap when the rows already carry them."""
        return rows
