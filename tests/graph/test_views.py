"""View invariants on a seeded random corpus: the ego view holds its centre, a narrower date window
never adds edges, filters only remove."""

from datetime import date

import pytest
from synthetic import random_corpus

from explorer.errors import ExplorerError
from explorer.graph.build import aggregate, build_view, ego_nodes
from explorer.graph.spec import ViewSpec

TYPES = ["meets", "phones", "supports", "opposes", "agrees_with"]
KINDS = ["person", "state", "organization", "agreement"]


@pytest.fixture(scope="module")
def corpus():
    return random_corpus(7, nodes=40, relations=400, types=TYPES, kinds=KINDS, start=date(2015, 1, 1),
                         days=1500, undated_every=25)


def test_ego_view_holds_its_centre_even_without_edges(corpus):
    rel, ents = corpus
    for hops in (1, 2, 3):
        G = build_view(rel, ents, ViewSpec(actors=("n3",), hops=hops, start=date(2030, 1, 1)))
        assert "n3" in G
    G1 = build_view(rel, ents, ViewSpec(actors=("n3",), hops=1))
    G2 = build_view(rel, ents, ViewSpec(actors=("n3",), hops=2))
    assert set(G1) <= set(G2)
    assert all(n == "n3" or G1.has_edge(n, "n3") or G1.has_edge("n3", n) for n in G1)


def test_narrower_date_window_never_adds_edges(corpus):
    rel, ents = corpus
    wide = build_view(rel, ents, ViewSpec(start=date(2015, 1, 1), end=date(2019, 1, 1)))
    narrow = build_view(rel, ents, ViewSpec(start=date(2016, 1, 1), end=date(2017, 1, 1)))
    wide_keys = set(wide.edges(keys=True))
    assert set(narrow.edges(keys=True)) <= wide_keys
    assert narrow.number_of_edges() < wide.number_of_edges()
    dated = [d["date"] for *_, d in narrow.edges(data=True) if d["date"]]
    assert all("2016-01-01" <= x <= "2017-01-01" for x in dated)


def test_undated_relations_are_kept_or_hidden_by_the_toggle(corpus):
    rel, ents = corpus
    shown = build_view(rel, ents, ViewSpec(start=date(2016, 1, 1)))
    hidden = build_view(rel, ents, ViewSpec(start=date(2016, 1, 1), include_undated=False))
    assert any(d["date"] is None for *_, d in shown.edges(data=True))
    assert all(d["date"] is not None for *_, d in hidden.edges(data=True))


def test_type_kind_and_weight_filters_only_remove(corpus):
    rel, ents = corpus
    full = build_view(rel, ents, ViewSpec())
    typed = build_view(rel, ents, ViewSpec(types=("meets",)))
    assert {d["type"] for *_, d in typed.edges(data=True)} == {"meets"}
    kinds = build_view(rel, ents, ViewSpec(kinds=("person", "state")))
    assert {kinds.nodes[n]["kind"] for n in kinds} <= {"person", "state"}
    heavy = build_view(rel, ents, ViewSpec(min_weight=3))
    D = aggregate(heavy)
    assert heavy.number_of_edges() < full.number_of_edges()
    for u, v, d in D.edges(data=True):
        back = D[v][u]["weight"] if D.has_edge(v, u) else 0
        assert d["weight"] + back >= 3


def test_aggregate_keeps_every_relation_as_evidence(corpus):
    rel, ents = corpus
    G = build_view(rel, ents, ViewSpec())
    D = aggregate(G)
    assert sum(d["weight"] for *_, d in D.edges(data=True)) == G.number_of_edges()
    assert sum(len(d["evidence"]) for *_, d in D.edges(data=True)) == G.number_of_edges()
    for *_, d in D.edges(data=True):
        if d["first_date"]:
            assert d["first_date"] <= d["last_date"]


def test_bad_view_arguments_are_named():
    with pytest.raises(ExplorerError, match="meet'. Known types: meets"):
        ViewSpec(types=("meet",))
    with pytest.raises(ExplorerError, match="hops"):
        ViewSpec(hops=7)
    with pytest.raises(ExplorerError, match="after end"):
        ViewSpec(start=date(2020, 1, 1), end=date(2019, 1, 1))


def test_ego_nodes_ignores_direction():
    import networkx as nx

    G = nx.MultiDiGraph([("a", "b"), ("c", "a"), ("c", "d")])
    assert ego_nodes(G, ["a"], 1) == {"a", "b", "c"}
    assert ego_nodes(G, ["a"], 2) == {"a", "b", "c", "d"}
