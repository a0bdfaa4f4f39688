"""A large snapshot (more links than vis-network is given as edges: they are painted onto the canvas) is
explored as a small one is: a click on a link or a node shows its evidence, a double-click shows the
left-out neighbours, the search finds both scripts, the colourings and paths work, hovering names a link."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from explorer.graph.spec import ViewSpec
from explorer.render.layout import corpus_positions
from explorer.render.snapshot import display_graph, to_html

pytestmark = pytest.mark.browser

N = 600  # nodes: with 3 links each, over the painting threshold (1,500 links)


def big_view(n: int = N, *, seed: int = 3) -> nx.MultiDiGraph:
    rnd = random.Random(seed)
    G = nx.MultiDiGraph(spec=ViewSpec(max_nodes=n))
    for i in range(n):
        G.add_node(f"p{i}", name=f"Envoy {i}", name_ar=f"مبعوث {i}", kind="person" if i % 3 else "state",
                   mentions=1 + i % 7)  # fmt: skip
    for k in range(3 * n):
        u, v = rnd.sample(range(n), 2)
        G.add_edge(f"p{u}", f"p{v}", type=rnd.choice(["meets", "phones", "supports"]), date=f"2016-03-0{1 + k % 9}",
                   sentence=f"Envoy {u} met envoy {v} in Geneva, link {k}.", doc_id=f"d{k % 40}",
                   doc_title=f"Talks report {k % 40}", doc_source="Desk", confidence=0.7, lang="en")  # fmt: skip
    return G


def open_page(offline_page, page_html: str):
    page = offline_page.open_html(page_html, name="large.html")
    page.wait_for_selector("html[data-state=ready]", timeout=60_000)
    assert offline_page.errors == [] and offline_page.csp_violations() == []
    return page


def dom_point(page, x: float, y: float) -> tuple[float, float]:
    """Page coordinates of canvas point (x, y)."""
    p = page.evaluate("([x, y]) => window.diplograph.network.canvasToDOM({x: x, y: y})", [x, y])
    box = page.locator("#graph").bounding_box()
    return box["x"] + p["x"], box["y"] + p["y"]


def look_at(page, xy) -> None:
    page.evaluate("(p) => window.diplograph.network.moveTo({position: {x: p[0], y: p[1]}, scale: 1.5, "
                  "animation: false})", list(xy))


def test_links_are_painted_and_clickable(offline_page):
    G = big_view()
    pos = corpus_positions([(u, v, 1) for u, v in G.edges()])
    page = open_page(offline_page, to_html(G, positions=pos))
    assert page.evaluate("window.diplograph.painted()") is True
    assert page.evaluate("window.diplograph.network.body.data.edges.length") == 0  # not handed to vis
    assert page.evaluate("window.diplograph.network.body.data.nodes.length") == 0
    assert page.evaluate("window.diplograph.visible()") == N
    # zoom onto one link and click its middle: its evidence opens
    i = page.evaluate("window.diplograph.edges.findIndex(e => e.weight === 1)")
    a, b = page.evaluate("(i) => { const e = window.diplograph.edges[i], n = window.diplograph.nodes;"
                         " return [[n[e.source].x, n[e.source].y], [n[e.target].x, n[e.target].y]]; }", i)
    mid = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    look_at(page, mid)
    page.wait_for_timeout(100)
    hit = page.evaluate("([x, y]) => window.diplograph.linkAt({x: x, y: y})", list(mid))
    x, y = dom_point(page, *mid)
    page.mouse.move(x, y)
    page.wait_for_timeout(150)
    tip = page.inner_text("#graph .link-tip")
    e = page.evaluate("(i) => window.diplograph.edges[i]", hit)
    names = page.evaluate("(e) => [window.diplograph.nodes[e.source].name, window.diplograph.nodes[e.target].name]", e)
    assert f"{names[0]} \u2192 {names[1]}" in tip
    page.mouse.click(x, y)
    panel = page.inner_text("#panel")
    assert page.evaluate("document.getElementById('panel').dataset.kind") == "edge"
    assert e["evidence"][0][1] in panel  # the link's sentence
    # a click on a node opens its evidence
    look_at(page, a)
    x, y = dom_point(page, *a)
    page.mouse.click(x, y)
    assert page.evaluate("document.getElementById('panel').dataset.kind") == "node"
    assert page.evaluate("window.diplograph.selected().length") == 1


def test_search_colours_paths_and_double_click_in_a_painted_view(offline_page):
    G = big_view()
    everything = big_view(N + 50, seed=5)
    pos = corpus_positions([(u, v, 1) for u, v in everything.edges()])
    Gc = display_graph(G)  # the folded view, as the dashboard hands it over
    for i, n in enumerate(Gc):
        Gc.nodes[n]["community"] = i % 4
    page = open_page(offline_page, to_html(Gc, positions=pos, extra=everything, colour="community"))
    assert page.evaluate("window.diplograph.painted()") is True
    # search in Arabic finds the envoy and selects it
    page.fill("#q", "مبعوث 17")
    assert page.evaluate("document.querySelectorAll('#names option').length") >= 2 * N  # suggestions, both scripts
    page.press("#q", "Enter")
    assert "Envoy 17" in page.inner_text("#search-status") or "مبعوث 17" in page.inner_text("#search-status")
    i = page.evaluate("window.diplograph.nodes.findIndex(n => n.id === 'p17')")
    assert page.evaluate("window.diplograph.selected()") == [i]
    # colourings
    colours = lambda: set(page.evaluate("window.diplograph.colours()"))  # noqa: E731
    assert len(colours()) == 4
    page.select_option("#colour", "kind")
    assert len(colours()) == 2
    # paths between two envoys, hop by hop
    paths = page.evaluate("window.diplograph.connect('Envoy 1', 'Envoy 2')")
    assert paths and "path" in page.inner_text("#panel")
    # a double-click on a node with neighbours outside the view shows them, without moving anything
    hidden_before = page.evaluate("window.diplograph.nodes.length - window.diplograph.visible()")
    assert hidden_before > 0
    j = page.evaluate("""() => { const d = window.diplograph, n = d.nodes;  // one standing apart from the rest
        const near = (i) => Math.min(...n.filter((m, k) => k !== i).map(m => Math.hypot(m.x - n[i].x, m.y - n[i].y)));
        const ends = d.edges.filter(e => e.extra && !n[e.source].extra).map(e => e.source);
        return ends.reduce((a, b) => near(a) >= near(b) ? a : b); }""")
    xy = page.evaluate("(j) => [window.diplograph.nodes[j].x, window.diplograph.nodes[j].y]", j)
    look_at(page, xy)
    before = page.evaluate("JSON.stringify(window.diplograph.positions())")
    x, y = dom_point(page, *xy)
    box = page.locator("#graph").bounding_box()
    at = page.evaluate("(p) => window.diplograph.nodeAt({x: p[0], y: p[1]})", [x - box["x"], y - box["y"]])
    assert at == j
    page.mouse.dblclick(x, y)
    page.wait_for_timeout(100)
    assert "neighbours shown" in page.inner_text("#search-status")
    hidden_after = page.evaluate("window.diplograph.nodes.length - window.diplograph.visible()")
    assert hidden_after < hidden_before
    after = page.evaluate("window.diplograph.positions()")
    assert all(after[k] == v for k, v in __import__("json").loads(before).items())
