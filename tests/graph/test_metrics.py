"""Metric invariants on seeded random views: communities partition the nodes, seeded Louvain is stable,
degrees count what they say, on the multigraph and on the folded view alike."""

from __future__ import annotations

import random
from datetime import date

import networkx as nx
import pandas as pd
import pytest
from synthetic import random_corpus

from explorer.graph.build import build_view
from explorer.graph.corpus import Corpus
from explorer.graph.metrics import METRIC_COLUMNS, colour_by_community, communities, node_metrics, pair_graph
from explorer.graph.spec import ViewSpec
from explorer.graph.view import view

TYPES = ["meets", "phones", "supports", "opposes", "agrees_with"]


def random_view(seed: int, n: int = 40, m: int = 150) -> nx.MultiDiGraph:
    rnd = random.Random(seed)
    G = nx.MultiDiGraph()
    for i in range(n):
        G.add_node(f"n{i}", name=f"N{i}", name_ar=None, kind="person")
    for _ in range(m):
        a, b = rnd.sample(range(n), 2)
        G.add_edge(f"n{a}", f"n{b}", type=rnd.choice(TYPES))
    return G


@pytest.fixture(scope="module")
def corpus():
    return random_corpus(11, nodes=60, relations=500, types=TYPES, kinds=["person"], start=date(2015, 1, 1),
                         days=1000, undated_every=20)


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_communities_partition_the_nodes(seed):
    G = random_view(seed)
    G.add_node("lonely", name="Lonely", kind="state")  # an isolated node gets a community too
    comm = communities(G, seed=seed)
    assert set(comm) == set(G)
    numbers = sorted(set(comm.values()))
    assert numbers == list(range(len(numbers)))
    sizes = [sum(1 for c in comm.values() if c == i) for i in numbers]
    assert sizes == sorted(sizes, reverse=True)  # 0 is the largest


def test_seeded_louvain_is_stable():
    G = random_view(5)
    assert communities(G, seed=3) == communities(G, seed=3)
    assert communities(G.copy(), seed=3) == communities(G, seed=3)
    a, b = node_metrics(G, seed=3), node_metrics(G, seed=3)
    pd.testing.assert_frame_equal(a, b)


def test_planted_groups_are_found():
    G = nx.MultiDiGraph()
    left, right = [f"l{i}" for i in range(6)], [f"r{i}" for i in range(6)]
    for group in (left, right):
        for i, u in enumerate(group):
            for v in group[i + 1 :]:
                G.add_edge(u, v, type="meets")
    G.add_edge("l0", "r0", type="phones")
    comm = communities(G, seed=0)
    assert len({comm[v] for v in left}) == 1 and len({comm[v] for v in right}) == 1
    assert comm["l1"] != comm["r1"]


def test_metrics_count_what_they_say():
    G = nx.MultiDiGraph()
    G.add_edge("a", "b", type="meets")
    G.add_edge("b", "a", type="meets")
    G.add_edge("a", "c", type="supports")
    G.add_node("d", name="D", kind="state")
    m = node_metrics(G).set_index("id")
    assert list(node_metrics(G).columns) == METRIC_COLUMNS
    assert m.loc["a", "degree"] == 2 and m.loc["a", "weighted_degree"] == 3
    assert m.loc["b", "degree"] == 1 and m.loc["b", "weighted_degree"] == 2
    assert m.loc["d", "degree"] == 0
    assert m.loc["a", "betweenness"] == pytest.approx(max(m["betweenness"]))
    assert m["pagerank"].sum() == pytest.approx(1.0, abs=1e-3)
    assert node_metrics(nx.MultiDiGraph()).empty


def test_metrics_on_a_larger_view_are_sane():
    G = random_view(9, n=120, m=500)
    m = node_metrics(G, betweenness_sample=50)
    assert len(m) == 120
    assert m["betweenness"].between(0, 1).all()
    assert m["pagerank"].sum() == pytest.approx(1.0, abs=1e-3)
    assert (m["weighted_degree"] >= m["degree"]).all()
    assert m["weighted_degree"].sum() == 2 * pair_graph(G).size(weight="weight")


def test_colour_by_community_leaves_the_view_alone():
    G = random_view(2)
    comm = communities(G)
    H = colour_by_community(G, comm)
    assert all("color" not in d for _, d in G.nodes(data=True))
    assert {d["community"] for _, d in H.nodes(data=True)} == set(comm.values())
    same = [(u, v) for u, v in H.edges() if comm[u] == comm[v]]
    assert all(H.nodes[u]["color"] == H.nodes[v]["color"] for u, v in same)


def test_metrics_agree_on_the_multigraph_and_the_folded_graph(corpus):
    rel, ents = corpus
    spec = ViewSpec(actors=("n3",), hops=2)
    a = node_metrics(build_view(rel, ents, spec)).set_index("id").sort_index()
    b = node_metrics(view(Corpus.from_frames(rel, ents), spec).graph).set_index("id").sort_index()
    cols = ["degree", "weighted_degree", "betweenness", "pagerank"]
    pd.testing.assert_frame_equal(a[cols], b[cols], check_exact=False, atol=1e-4)
