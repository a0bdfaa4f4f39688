"""A reviewed store's corpus stays on the compact table (Corpus.from_store): decisions patch the table and
the evidence. The review overlay over whole frames (explorer.review.overlay) is the oracle: with every
kind of decision in the log, both give the same relations, the same views and the same evidence."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.graph.corpus import Corpus
from explorer.graph.spec import ViewSpec
from explorer.graph.view import view
from explorer.review import api, log
from explorer.review.decisions import Decision
from tests.review.conftest import find

LAVROV, KERRY, ZARIF = "person:sergei-lavrov", "person:john-kerry", "person:mohammad-javad-zarif"
MISTURA = "person:staffan-de-mistura"
SPECS = [ViewSpec(), ViewSpec(reviewed="all"), ViewSpec(reviewed="confirmed"), ViewSpec(reviewed="rejected"),
         ViewSpec(reviewed="unreviewed"), ViewSpec(actors=(KERRY,), hops=1, reviewed="all"),
         ViewSpec(start=date(2016, 2, 1), end=date(2016, 2, 29), include_undated=False)]
ROW = ["rid", "source", "target", "type", "review", "date", "sentence", "doc_title", "doc_source", "reviewer",
       "review_note", "extracted_type", "corrected", "doc_date", "date_precision", "method"]


def every_kind_of_decision(store) -> dict:
    """Record one decision of each kind (and some orphans); what the test needs to find them again."""
    c = api.reviewed(store)
    docs = store.documents_frame()
    geneva = docs[docs["title"].str.startswith("Lavrov and Kerry")].iloc[0]["id"]
    undated = docs[docs["date"].isna()].iloc[0]["id"]
    other = next(d for d in docs["id"] if d not in (geneva, undated))
    api.verdict(store, [find(c, ZARIF, "holds_role_in", "state:irn")], "reject", reviewer="ann", note="disputed office")
    api.verdict(store, [find(c, LAVROV, "phones", KERRY)], "confirm", reviewer="ann")
    api.set_type(store, find(c, LAVROV, "meets", MISTURA), "negotiates_with", reviewer="bob")
    api.set_ends(store, find(c, "state:tur", "opposes"), reverse=True, reviewer="bob")
    text = store.document(geneva).text
    start, end = api.sentences(text)[0]
    [hand] = api.add_relation(store, geneva, start, end, KERRY, LAVROV, "supports", reviewer="ann")
    api.set_type(store, hand.target, "negotiates_with", reviewer="bob")  # a correction of a hand-added one
    known = c.relations[c.relations["doc_id"] == geneva].iloc[0]  # the extractor finds it too: confirmed
    api.add_relation(store, geneva, int(known["sent_start"]), int(known["sent_end"]), known["source"],
                     known["target"], known["type"], reviewer="ann")
    api.entity_decision(store, "merge", ZARIF, {"into": KERRY}, reviewer="ann")
    api.entity_decision(store, "rename", MISTURA, {"name": "S. de Mistura"}, reviewer="ann")
    api.entity_decision(store, "alias", MISTURA, {"alias": "the UN mediator"}, reviewer="ann")
    api.entity_decision(store, "set_kind", "state:tur", {"kind": "organization"}, reviewer="ann")
    api.document_decision(store, "set_date", undated, {"date": "2016-02"}, reviewer="ann")
    api.document_decision(store, "set_title", undated, {"title": "Alloush meets de Mistura"}, reviewer="ann")
    api.document_decision(store, "set_outlet", geneva, {"outlet": "Field notes"}, reviewer="ann")
    api.document_decision(store, "exclude", other, reviewer="ann")
    api.document_decision(store, "exclude", geneva, reviewer="ann")
    api.document_decision(store, "include", geneva, reviewer="bob")
    log.append(store, [Decision("confirm", "r-0000000000000000", {}, "eve"),  # orphans: targets that are gone
                       Decision("merge", "person:nobody", {"into": KERRY}, "eve"),
                       Decision("set_title", "f" * 64, {"title": "Gone"}, "eve")])
    return {"hand": hand.target, "undated": undated, "geneva": geneva, "other": other}


def rows_of(corpus: Corpus) -> list[tuple]:
    rows = corpus.evidence(corpus.relations)
    return sorted(tuple(None if v != v else v for v in r) for r in rows[ROW].itertuples(index=False))


def graph_of(corpus: Corpus, spec: ViewSpec) -> tuple:
    g = view(corpus, spec).graph
    nodes = sorted((n, d["name"], d["kind"], d["weight"]) for n, d in g.nodes(data=True))
    edges = sorted((u, v, d["weight"], tuple(d["types"]), d["first_date"], d["last_date"],
                    tuple(sorted((e["rid"], e["sentence"], e["doc_title"], e["type"], e["review"], e["date"])
                                 for e in d["evidence"])))
                   for u, v, d in g.edges(data=True))
    return nodes, edges


@pytest.fixture
def both(store, db, tmp_path, monkeypatch):
    monkeypatch.setenv("DIPLOGRAPH_CACHE", str(tmp_path / "cache"))
    made = every_kind_of_decision(store)
    return Corpus.from_store(store, location=str(db)), Corpus.reviewed_in_memory(store), made


def test_every_decision_gives_the_same_relations_and_evidence_as_the_overlay(both):
    fast, oracle, made = both
    assert fast.patch is not None and oracle.patch is None  # the compact path was taken
    assert rows_of(fast) == rows_of(oracle)
    rows = fast.evidence(fast.relations).set_index("rid")
    hand = rows.loc[made["hand"]]
    assert (hand["type"], hand["review"], hand["method"]) == ("negotiates_with", "confirmed", "hand")
    assert hand["extracted_type"] is None or hand["extracted_type"] != hand["extracted_type"]  # nobody extracted it
    assert hand["sentence"].startswith("GENEVA, March 3, 2016")  # the hand-added sentence shows
    assert set(rows[rows["doc_title"] == "Alloush meets de Mistura"]["date"]) == {"2016-02-01"}
    assert made["other"] not in set(fast.relations["doc_id"])  # excluded; the other one included again
    assert ZARIF not in set(fast.relations["source"]) | set(fast.relations["target"])  # merged into Kerry


def test_every_decision_gives_the_same_views_as_the_overlay(both):
    fast, oracle, _ = both
    for spec in SPECS:
        assert graph_of(fast, spec) == graph_of(oracle, spec), spec
    g = view(fast, ViewSpec(reviewed="all")).graph
    retyped = [e for _, _, d in g.edges(data=True) for e in d["evidence"] if e["type"] == "negotiates_with"]
    assert retyped and all(e["sentence"] for e in retyped)  # a corrected type shows with its sentence


def test_the_extractors_precision_from_reviews_is_the_overlays(both):
    from explorer.review.overlay import precision_by_type

    fast, oracle, _ = both
    p = precision_by_type(fast.reviewed_relations())
    assert p.equals(precision_by_type(oracle.reviewed_relations()))
    assert p.set_index("type").loc["holds_role_in", "rejected"] >= 1


def test_merges_orphans_entities_and_documents_are_reported_as_the_overlay_reports_them(both):
    fast, oracle, made = both
    assert fast.review.merged_into == oracle.review.merged_into == {ZARIF: KERRY}
    assert sorted((d.uid, why) for d, why in fast.review.orphans) == \
        sorted((d.uid, why) for d, why in oracle.review.orphans)
    assert len(fast.review.orphans) == 3
    assert fast.review.decisions == oracle.review.decisions
    cols = ["id", "name", "name_ar", "kind", "mentions"]
    assert fast.entities[cols].equals(oracle.entities[cols])
    assert list(fast.entities["aliases"]) == list(oracle.entities["aliases"])
    docs = ["id", "date", "date_precision", "title", "source", "excluded"]
    a = fast.review.documents[docs].sort_values("id").reset_index(drop=True)
    b = oracle.review.documents[docs].sort_values("id").reset_index(drop=True)
    assert a.astype(object).where(a.notna(), None).equals(b.astype(object).where(b.notna(), None))


def test_a_second_load_reads_the_relation_keys_from_the_cache(store, db, tmp_path, monkeypatch):
    monkeypatch.setenv("DIPLOGRAPH_CACHE", str(tmp_path / "cache"))
    every_kind_of_decision(store)
    first = rows_of(Corpus.from_store(store, location=str(db)))
    assert list((tmp_path / "cache").glob("*.keys.npz"))
    assert rows_of(Corpus.from_store(store, location=str(db))) == first


@pytest.mark.slow
def test_on_postgresql_the_compact_path_matches_the_overlay_too(pg_url, tmp_path, monkeypatch):
    from explorer.store import open_store
    from tests.review.test_review_postgres import fill

    monkeypatch.setenv("DIPLOGRAPH_CACHE", str(tmp_path / "cache"))
    fill(pg_url)
    with open_store(pg_url) as store:
        every_kind_of_decision(store)
        fast, oracle = Corpus.from_store(store, location=pg_url), Corpus.reviewed_in_memory(store)
        assert fast.patch is not None and rows_of(fast) == rows_of(oracle)
        for spec in SPECS[:3]:
            assert graph_of(fast, spec) == graph_of(oracle, spec), spec
