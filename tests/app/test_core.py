"""The pure modules behind the dashboard: search, URL state, profiles, evidence HTML, timeline."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from explorer.actor_profile import (
    actor_profile,
    agreement_references,
    agreements_table,
    highlight,
    html_table,
    majority_language,
    rows_evidence,
)
from explorer.graph.compare import Period
from explorer.graph.corpus import Corpus
from explorer.graph.spec import ViewSpec
from explorer.graph.timeline import agreement_dates, corpus_span, relations_over_time
from explorer.graph.view import view
from explorer.search import SearchIndex, edit_distance, search_tokens
from explorer.store import open_store
from explorer.viewurl import ViewState, from_params, to_params
from tests.app.handmade import COH, DOCS, ENTITIES, R2254, K, L, make_extraction


@pytest.fixture(scope="module")
def frames(store_file):
    with open_store(store_file, readonly=True) as s:
        return s.relations_frame(), s.entities_frame(), s.mentions_frame(K), s.documents_frame()


# -- search ----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def index(frames):
    return SearchIndex.from_frame(frames[1])


@pytest.mark.parametrize(
    "query, want",
    [
        ("كيري", K), ("Kerry", K), ("Kery", K), ("kerr", K), ("جون كيرى", K), ("lavrof", L), ("لافرف", L),
        ("Sergey Lavrov", L), ("مجلس الامن", "org:unsc"), ("security council", "org:unsc"), ("2254", R2254),
        ("الهدنه", COH), ("truce", COH), ("داعش", "group:isis"), ("Islamic state", "group:isis"),
        ("الولايات المتحده", "state:usa"), ("روسيا", "state:rus"), ("Rusia", "state:rus"),
    ],
)
def test_search_finds_spelling_variants(index, query, want):
    hits = index.search(query)
    assert hits and hits[0].id == want, (query, [(h.id, h.score) for h in hits])


def test_search_misses_and_limits(index):
    assert index.search("") == [] and index.search("   ") == []
    assert index.search("xyzzy") == []
    assert len(index.search("a", limit=3)) <= 3
    assert all(h.kind == "person" for h in index.search("k", kinds=["person"]))


def test_search_ranks_exact_above_fuzzy(index):
    hits = index.search("Kerry")
    assert hits[0].score == 1.0 and hits[0].matched == "Kerry"


def test_search_folds():
    assert search_tokens("al-Assad") == ["assad"]
    assert search_tokens("الأسد") == search_tokens("الاسد") == ["اسد"]
    assert search_tokens("مُحَمَّد") == ["محمد"]
    assert edit_distance("lavrov", "lavrof", 1) == 1
    assert edit_distance("lavrov", "putin", 2) == 3


def test_search_uses_the_knowledge_base_aliases(frames):
    class KB:
        def get(self, entity_id):
            if entity_id == K:
                return type("E", (), {"all_names": ["John Forbes Kerry", "جون فوربس كيري"]})()
            return None

    idx = SearchIndex.from_frame(frames[1], kb=KB())
    assert idx.search("Forbes")[0].id == K


# -- URL state -------------------------------------------------------------------------------------------


def test_view_state_round_trips_through_params():
    state = ViewState(
        spec=ViewSpec(actors=(K, L), hops=3, start=date(2016, 1, 1), end=date(2016, 12, 31), kinds=("person",),
                      types=("meets", "phones"), min_weight=2, include_undated=False, max_nodes=300),
        compare=(Period(date(2016, 1, 1), date(2016, 3, 1)), Period(date(2016, 4, 1), date(2016, 9, 1))),
        lang="ar", colour="community", focus=K, tab="compare", freq="week",
    )
    params = to_params(state)
    assert params["actor"] == [K, L] and params["type"] == ["meets", "phones"]
    back, warnings = from_params(params)
    assert back == state and warnings == []
    assert to_params(ViewState()) == {}


def test_default_values_are_left_out_of_the_url():
    default = ViewState(spec=ViewSpec(max_nodes=200), lang="ar", tab="graph")
    state = ViewState(spec=ViewSpec(max_nodes=200), lang="ar", tab="graph")
    assert to_params(state, default=default) == {}
    assert from_params({}, default=default)[0] == default


def test_bad_params_are_dropped_with_warnings():
    state, warnings = from_params({"hops": "x", "type": ["meets", "bogus"], "kind": "alien", "from": "2016-13-45",
                                   "a": "2016-01-01", "lang": "fr", "w": "0"})
    assert state.spec == ViewSpec(types=("meets",))
    assert state.compare is None and state.lang is None
    assert len(warnings) == 7


# -- profile and evidence --------------------------------------------------------------------------------


def test_highlight_escapes_everything_and_marks_only_spans():
    text = '<img src=x onerror="alert(1)"> Kerry & Lavrov'
    out = highlight(text, [(31, 36), (30, 33), (100, 120), (5, 5)])
    assert "<img" not in out and "&lt;img" in out and "&amp;" in out
    assert out.count("<mark>") == 1 and "<mark> Kerry</mark>" in out


def test_html_table_is_escaped_and_direction_aware():
    df = pd.DataFrame([{"a": "<script>x</script>", "b": "التقى كيري", "h": highlight("التقى كيري", [(6, 10)])}])
    out = html_table(df, html_columns={"b": "h"}, lang="ar")
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert '<td dir="ltr">&lt;script&gt;x&lt;/script&gt;</td>' in out
    assert '<td dir="rtl">التقى <mark>كيري</mark></td>' in out
    assert 'dir="rtl"><thead>' in out and "<th>h</th>" not in out


def test_actor_profile(frames):
    rel, ents, mentions, _ = frames
    p = actor_profile(K, entities=ents, relations=rel, mentions=mentions)
    assert (p.name, p.name_ar, p.kind) == ("John Kerry", "جون كيري", "person")
    assert p.stats["relations"] == 8
    top = p.counterparts[p.counterparts["type"] == "meets"]
    assert top.iloc[0]["counterpart"] == L and top.iloc[0]["relations"] == 2
    assert set(p.agreements["id"]) == {COH, R2254}
    assert p.mentions["mentions"].sum() + p.undated_mentions == len(mentions)
    assert p.evidence["date"].iloc[0] == "2016-09-09"  # newest first
    marked = " ".join(p.evidence["sentence_html"])
    assert "<mark>Kerry</mark> met Lavrov" in marked and "<mark>جون كيري</mark>" in marked
    assert p.roles.empty  # no knowledge base given


def test_profile_roles_come_from_the_knowledge_base(frames, kb):
    rel, ents, mentions, _ = frames
    if kb.get(K) is None or not kb.roles_of(K):
        pytest.skip("the knowledge base has no roles for John Kerry")
    p = actor_profile(K, entities=ents, relations=rel, mentions=mentions, kb=kb)
    assert len(p.roles) == len(kb.roles_of(K))
    row = p.roles.iloc[0]
    assert row["of"] == "United States" and row["start"] and "_" not in row["office"]


def test_evidence_lists_every_relation_newest_first(frames):
    rel, ents, *_ = frames
    ev = rows_evidence(rel, ents, lang="ar")
    assert len(ev) == len(rel) and len(rows_evidence(rel, ents, limit=3)) == 3
    assert list(ev.columns) == ["source", "relation", "target", "date", "sentence", "document", "outlet", "method"]
    dated = ev["date"].dropna().tolist()
    assert dated == sorted(dated, reverse=True) and pd.isna(ev["date"].iloc[-1])
    assert "جون كيري" in set(ev["source"])


def test_agreements_table_and_references(frames):
    rel, ents, *_ = frames
    t = agreements_table(ents, rel).set_index("id")
    assert t.loc[COH, "date"] == "2016-02-12"  # first relation, without a knowledge base
    assert set(t.loc[COH, "parties"].split(", ")) == {"United States", "Russia"}
    assert t.loc[COH, "relations"] == 6
    refs = agreement_references(rel, ents, COH)
    assert refs["relations"].sum() == 6
    assert "Sergei Lavrov" in set(refs["actor"])


def test_majority_language(frames):
    assert majority_language(frames[3]["lang"]) == "en"
    assert majority_language(pd.Series(["ar", "en"])) == "ar"


# -- timeline --------------------------------------------------------------------------------------------


def test_timeline_counts_every_relation_once(frames):
    rel, ents, *_ = frames
    rows = view(Corpus.from_frames(rel, ents), ViewSpec()).rows
    for freq in ("week", "month"):
        t = relations_over_time(rows, freq=freq)
        assert t["relations"].sum() + t.attrs["undated"] == len(rows) == len(rel)
        assert t.attrs["undated"] == 1
    weeks = relations_over_time(rows, freq="week")
    assert all(p.weekday() == 0 for p in weeks["period"])
    assert corpus_span(rel["date"]) == (date(2015, 12, 18), date(2017, 1, 10))


def test_agreements_are_marked_on_their_dates(frames):
    rel, ents, *_ = frames
    marks = agreement_dates(ents, rel).set_index("id")
    assert str(marks.loc[R2254, "date"].date()) == "2015-12-18"
    assert marks.loc[R2254, "basis"] == "first relation"


def test_fixture_is_consistent():
    ex = make_extraction(*DOCS[2])
    for e in ex.entities:
        for m in e.mentions:
            assert ex.document.text[m.start : m.end] == m.text
    for r in ex.relations:
        assert ex.document.text[r.start : r.end] == r.sentence
    assert {e.id for e in ex.entities} <= set(ENTITIES)
