"""Large views: capped to the busiest nodes, laid out in Python, the same picture on every run."""

from __future__ import annotations

import math
import random

import networkx as nx
import pytest

from explorer.graph.build import aggregate
from explorer.graph.spec import ViewSpec
from explorer.render.layout import LARGE_VIEW, cap_nodes, positions
from explorer.render.snapshot import snapshot_payload, to_html


def random_view(n: int, *, seed: int = 1, order: str = "forward") -> nx.MultiDiGraph:
    rnd = random.Random(seed)
    pairs = [tuple(rnd.sample(range(n), 2)) for _ in range(3 * n)]
    M = nx.MultiDiGraph()
    ids = list(range(n)) if order == "forward" else list(reversed(range(n)))
    for i in ids:
        M.add_node(f"n{i}", name=f"N{i}", kind="state", mentions=1)
    edges = pairs if order == "forward" else list(reversed(pairs))
    for a, b in edges:
        M.add_edge(f"n{a}", f"n{b}", type="meets", date="2016-01-01", sentence=f"{a} met {b}")
    return M


def test_positions_are_stable_across_runs_and_insertion_orders():
    one = positions(aggregate(random_view(300)))
    two = positions(aggregate(random_view(300)))
    flipped = positions(aggregate(random_view(300, order="reverse")))
    assert one == two == flipped
    assert len(set(one.values())) == 300  # no two nodes on the same spot


def test_snapshot_positions_do_not_jump_between_reruns():
    a = snapshot_payload(random_view(200))["nodes"]["rows"]
    b = snapshot_payload(random_view(200, order="reverse"))["nodes"]["rows"]
    assert a == b


def test_small_components_sit_around_the_giant_one():
    G = nx.DiGraph()
    nx.add_path(G, range(60))
    G.add_edges_from((i, i + 1) for i in range(100, 130, 2))  # 15 pairs
    G.add_nodes_from(range(200, 210))  # isolated nodes
    G.add_edge(300, 300)  # a self-loop on its own
    pos = positions(G)
    assert set(pos) == set(G)
    giant = max(math.hypot(*pos[n]) for n in range(60))
    others = [math.hypot(*pos[n]) for n in pos if not 0 <= n < 60]
    assert min(others) > giant
    assert len(set(pos.values())) == len(pos)


def test_cap_keeps_the_busiest_nodes_and_the_centre_actors():
    D = aggregate(random_view(400))
    centre = min(D, key=lambda n: D.nodes[n]["weight"])
    kept, dropped = cap_nodes(D, 100, keep=[centre])
    assert kept.number_of_nodes() == 100 and dropped == 300 and centre in kept
    threshold = sorted((D.nodes[n]["weight"] for n in D), reverse=True)[98]
    assert all(D.nodes[n]["weight"] >= threshold for n in kept if n != centre)
    assert cap_nodes(D, 1000) == (D, 0)
    with pytest.raises(ValueError):
        cap_nodes(D, 0)


def test_large_view_header_says_how_many_were_left_out():
    M = random_view(400)
    M.graph["spec"] = ViewSpec(max_nodes=250)
    data = snapshot_payload(M)
    assert len(data["nodes"]["rows"]) == 250 and data["meta"]["view"]["left_out_nodes"] == 150
    assert data["meta"]["layout"] == "fixed" and 250 > LARGE_VIEW
    page = to_html(M)
    assert "showing the 250 nodes with the most relations; 150 nodes left out (limit 250)" in page
    small = random_view(40)
    assert snapshot_payload(small)["meta"]["layout"] == "physics"
    assert '<p class="notice">' not in to_html(small)
