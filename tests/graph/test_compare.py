"""Period comparison invariants: weights are the relations of each period, change kinds agree with them,
a view compared with itself has no change, and swapping the periods swaps appeared and disappeared."""

from __future__ import annotations

from collections import Counter
from datetime import date

import networkx as nx
import pandas as pd
import pytest
from synthetic import random_corpus

from explorer.errors import ExplorerError
from explorer.graph.compare import (
    CHANGES,
    Period,
    change_kind,
    changes_table,
    compare_periods,
    diff_graphs,
    split_span,
)
from explorer.graph.corpus import Corpus
from explorer.graph.spec import ViewSpec
from explorer.render.charts import network_chart

TYPES = ["meets", "phones", "supports", "opposes"]


@pytest.fixture(scope="module")
def corpus():
    return random_corpus(3, nodes=30, relations=400, types=TYPES, kinds=["state"], start=date(2016, 1, 1),
                         days=366, undated_every=10)


A = Period(date(2016, 1, 1), date(2016, 6, 30))
B = Period(date(2016, 7, 1), date(2016, 12, 31))


def pairs_in(rel: pd.DataFrame, p: Period) -> Counter:
    dated = rel.dropna(subset=["date"])
    inside = dated[(dated["date"] >= p.start.isoformat()) & (dated["date"] <= p.end.isoformat())]
    return Counter(tuple(sorted(x)) for x in zip(inside["source"], inside["target"], strict=True))


def test_weights_are_the_relations_of_each_period(corpus):
    rel, ents = corpus
    result = compare_periods(Corpus.from_frames(rel, ents), ViewSpec(max_nodes=1000), A, B)
    want_a, want_b = pairs_in(rel, A), pairs_in(rel, B)
    got = {tuple(sorted((u, v))): d for u, v, d in result.graph.edges(data=True)}
    assert set(got) == set(want_a) | set(want_b)
    for pair, d in got.items():
        assert d["weight_a"] == want_a.get(pair, 0)
        assert d["weight_b"] == want_b.get(pair, 0)
        assert d["delta"] == d["weight_b"] - d["weight_a"]
        assert d["change"] == change_kind(d["weight_a"], d["weight_b"])
    assert sum(result.counts().values()) == result.graph.number_of_edges()


def test_a_view_compared_with_itself_has_no_change(corpus):
    rel, ents = corpus
    result = compare_periods(Corpus.from_frames(rel, ents), ViewSpec(), A, A)
    assert set(result.counts()) == set(CHANGES)
    assert result.counts()["same"] == result.graph.number_of_edges() > 0
    assert result.changes.empty


def test_swapping_periods_swaps_appeared_and_disappeared(corpus):
    rel, ents = corpus
    ab = compare_periods(Corpus.from_frames(rel, ents), ViewSpec(), A, B).counts()
    ba = compare_periods(Corpus.from_frames(rel, ents), ViewSpec(), B, A).counts()
    assert (ab["appeared"], ab["disappeared"], ab["grew"], ab["shrank"]) == (
        ba["disappeared"], ba["appeared"], ba["shrank"], ba["grew"])


def test_ego_comparison_and_cap_keep_the_centre(corpus):
    rel, ents = corpus
    result = compare_periods(Corpus.from_frames(rel, ents), ViewSpec(actors=("n4",), hops=1, max_nodes=8), A, B)
    assert "n4" in result.graph
    assert result.graph.number_of_nodes() <= 8
    assert all(result.graph.nodes[n].get("in_a") or result.graph.nodes[n].get("in_b") for n in result.graph)


def test_changes_table_is_largest_change_first():
    A_ = nx.MultiDiGraph([("a", "b")] * 5 + [("c", "d")])
    B_ = nx.MultiDiGraph([("a", "b")] + [("e", "f")] * 2 + [("d", "c")] * 2)
    D = diff_graphs(A_, B_)
    t = changes_table(D)
    assert list(t["delta"].abs()) == sorted(t["delta"].abs(), reverse=True)
    assert t.iloc[0][["weight_a", "weight_b", "change"]].tolist() == [5, 1, "shrank"]
    changes = dict(zip(zip(t["source"], t["target"], strict=True), t["change"], strict=True))
    assert changes[("d", "c")] == "grew"  # direction follows most relations
    assert changes[("e", "f")] == "appeared"
    assert len(changes_table(D, top=1)) == 1


def test_periods_read_and_write():
    p = Period.parse("2016-01-01..2016-06-30")
    assert p == A and Period.parse(p.to_param()) == p
    assert Period.parse("2016..2016-03") == Period(date(2016, 1, 1), date(2016, 3, 1))
    for bad in ("2016-01-01", "2016-06-30..2016-01-01", "x..y", "..2016-01-01"):
        with pytest.raises(ExplorerError):
            Period.parse(bad)


def test_split_span_covers_the_span_without_overlap():
    a, b = split_span(date(2015, 3, 1), date(2017, 2, 28))
    assert a.start == date(2015, 3, 1) and b.end == date(2017, 2, 28)
    assert (b.start - a.end).days == 1


def test_network_chart_draws_every_node_and_link():
    D = diff_graphs(nx.MultiDiGraph([("a", "b")]), nx.MultiDiGraph([("b", "c")]))
    spec = network_chart(D).to_dict()
    datasets = list(spec["datasets"].values())
    assert sorted(len(d) for d in datasets) == [2, 3, 3]  # 2 links, 3 nodes, 3 labels
