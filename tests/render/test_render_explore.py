"""Exploring a snapshot as a researcher would, in headless chromium: stable places, search in both scripts,
double-click for neighbours, "how is A connected to B?", colourings, every relation type visible, words
in one language."""

from __future__ import annotations

import networkx as nx
import pytest

from explorer.graph.spec import ViewSpec
from explorer.render.layout import corpus_positions, positions
from explorer.render.snapshot import display_graph, snapshot_payload, to_html

pytestmark = pytest.mark.browser

PEOPLE = {
    "kerry": ("John Kerry", "جون كيري", "person"),
    "mitsotakis": ("Kyriakos Mitsotakis", "كيرياكوس ميتسوتاكيس", "person"),
    "lavrov": ("Sergei Lavrov", "سيرغي لافروف", "person"),
    "assad": ("Bashar al-Assad", "بشار الأسد", "person"),
    "de_mistura": ("Staffan de Mistura", "ستافان دي ميستورا", "person"),
    "res2254": ("UNSC Resolution 2254", "قرار مجلس الأمن 2254", "agreement"),
    "rus": ("Russia", "روسيا", "state"),
}


def relation(t, d, s="A sentence.", method="trigger_between"):
    return {"type": t, "date": d, "sentence": s, "doc_id": "d1", "doc_title": "Report", "doc_source": "Desk",
            "confidence": 0.8, "lang": "en", "trigger": "met", "method": method}


def view(edges, spec=None) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(spec=spec or ViewSpec())
    for n, (name, name_ar, kind) in PEOPLE.items():
        G.add_node(n, name=name, name_ar=name_ar, kind=kind, mentions=3)
    for u, v, a in edges:
        G.add_edge(u, v, **a)
    return G


EDGES = [
    ("kerry", "lavrov", relation("meets", "2016-02-11", "Kerry met Lavrov in Munich.")),
    ("kerry", "lavrov", relation("phones", "2016-03-01", "Kerry called Lavrov.")),
    ("lavrov", "assad", relation("meets", "2016-05-01", "Lavrov met Assad in Damascus.")),
    ("lavrov", "res2254", relation("references", "2016-05-02", "Lavrov invoked resolution 2254.")),
    ("mitsotakis", "kerry", relation("meets", None, "Mitsotakis met Kerry.")),
    ("de_mistura", "res2254", relation("references", "2016-06-01", "De Mistura cited 2254.")),
]


def open_page(offline_page, page_html):
    page = offline_page.open_html(page_html, name="snapshot.html")
    page.wait_for_selector("html[data-state=ready]", timeout=20_000)
    return page


def test_search_matches_both_scripts_and_spellings(offline_page):
    page = open_page(offline_page, to_html(view(EDGES)))
    find = lambda q: page.evaluate("(q) => { const i = window.diplograph.find(q); return i < 0 ? null : window.diplograph.nodes[i].id; }", q)  # noqa: E501, E731
    assert find("كيري") == "kerry"  # not Mitsotakis, whose first name starts with the same letters
    assert find("كيرى") == "kerry" and find("Kery") == "kerry" and find("kerry") == "kerry"
    assert find("لافروف") == "lavrov" and find("الأسد") == "assad" and find("Assad") == "assad"
    assert find("Kyriakos") == "mitsotakis" and find("2254") == "res2254"
    assert find("zzzz") is None
    assert offline_page.errors == [] and offline_page.csp_violations() == []


def test_every_relation_type_of_a_link_is_drawn_and_named_in_words(offline_page):
    page = open_page(offline_page, to_html(view(EDGES)))
    drawn = page.evaluate("window.diplograph.network.body.data.edges.get().filter(e => e.from === "
                          "window.diplograph.nodes.findIndex(n => n.id === 'kerry')).map(e => e.title)")
    assert sum("meets" in t for t in drawn) and any(t.startswith("John Kerry") and "phones" in t for t in drawn)
    lines = page.evaluate("window.diplograph.network.body.data.edges.get().length")
    assert lines == 5 + 1  # five links, one line per relation type: Kerry-Lavrov has two
    dashed = page.evaluate("window.diplograph.network.body.data.edges.get().filter(e => e.dashes).length")
    assert dashed >= 3  # phones and references are dashed, so they stay apart from meets and visits
    legend = page.inner_text(".legend")
    assert "phones" in legend and "holds_role_in" not in page.inner_text("header")


def test_click_shows_evidence_with_its_method(offline_page):
    page = open_page(offline_page, to_html(view(EDGES)))
    i = page.evaluate("window.diplograph.edges.findIndex(e => window.diplograph.nodes[e.source].id === 'lavrov'"
                      " && window.diplograph.nodes[e.target].id === 'assad')")
    page.evaluate("(i) => window.diplograph.showEdge(i)", i)
    panel = page.inner_text("#panel")
    assert "Lavrov met Assad in Damascus." in panel and "method: trigger between" in panel


def test_how_is_a_connected_to_b_shows_each_hop_with_evidence(offline_page):
    page = open_page(offline_page, to_html(view(EDGES)))
    hops = page.evaluate("window.diplograph.connect('Kerry', 'الأسد').map(p => p.length)")
    assert hops == [2]
    panel = page.inner_text("#panel")
    assert "Kerry met Lavrov in Munich." in panel and "Lavrov met Assad in Damascus." in panel
    assert "1 path" in panel and "2 hops" in panel
    assert page.evaluate("window.diplograph.connect('Mitsotakis', 'De Mistura').length") == 1  # via Kerry, Lavrov, 2254


def test_double_click_reveals_left_out_neighbours_in_place(offline_page):
    shown = view(EDGES[:2], spec=ViewSpec(actors=("kerry",), hops=1))
    shown.remove_nodes_from([n for n in list(shown) if n not in ("kerry", "lavrov")])
    everything = view(EDGES)
    pos = corpus_positions([(u, v, 1) for u, v, _ in everything.edges(data=True)])
    page = open_page(offline_page, to_html(shown, positions=pos, extra=everything))
    hidden = page.evaluate("window.diplograph.network.body.data.nodes.get().filter(n => n.hidden).length")
    assert hidden >= 2
    before = page.evaluate("JSON.stringify(window.diplograph.network.getPositions())")
    lav = page.evaluate("window.diplograph.nodes.findIndex(n => n.id === 'lavrov')")
    assert page.evaluate("(i) => window.diplograph.reveal(i)", lav) >= 2  # Assad and resolution 2254
    after = page.evaluate("window.diplograph.network.getPositions()")
    assert all(after[k] == v for k, v in __import__("json").loads(before).items())  # nothing moved
    assert "neighbours shown" in page.inner_text("#search-status")


def test_views_of_one_corpus_keep_their_places():
    everything = view(EDGES)
    pos = corpus_positions([(u, v, 1) for u, v, _ in everything.edges(data=True)])
    small = view(EDGES[:3])
    small.remove_nodes_from(["de_mistura", "res2254", "mitsotakis", "rus"])
    rows = lambda G: {r[0]: (r[6], r[7]) for r in snapshot_payload(G, positions=pos)["nodes"]["rows"]}  # noqa: E731
    big, little = rows(everything), rows(small)
    # same arrangement whatever the filter: the small view is the big one's picture, only scaled up
    pairs = [(a, b) for a in little for b in little if a < b]
    dist = lambda p, a, b: ((p[a][0] - p[b][0]) ** 2 + (p[a][1] - p[b][1]) ** 2) ** 0.5  # noqa: E731
    ratios = [dist(little, a, b) / dist(big, a, b) for a, b in pairs]
    assert max(ratios) - min(ratios) < 0.05 * max(ratios)
    assert all((little[a][0] - little[b][0]) * (big[a][0] - big[b][0]) >= 0 for a, b in pairs)  # left stays left
    assert snapshot_payload(small, positions=pos)["meta"]["layout"] == "fixed"
    # a new actor is placed next to its neighbours; nothing else moves
    more = corpus_positions([(u, v, 1) for u, v, _ in everything.edges(data=True)] + [("assad", "new", 1)],
                            previous=pos)
    assert all(more[n] == pos[n] for n in pos)
    ax, ay = pos["assad"]
    assert abs(more["new"][0] - ax) <= 100 and abs(more["new"][1] - ay) <= 100
    assert positions(everything) == positions(everything)


def test_colour_by_community_and_by_change(offline_page):
    G = display_graph(view(EDGES))  # the folded view, as the dashboard hands it over
    for i, n in enumerate(G):
        G.nodes[n]["community"] = i % 2
    page = open_page(offline_page, to_html(G, colour="community"))
    assert page.evaluate("document.getElementById('colour').value") == "community"
    colours = page.evaluate("window.diplograph.network.body.data.nodes.get().map(n => n.color)")
    assert len(set(map(str, colours))) == 2
    page.select_option("#colour", "kind")
    colours = page.evaluate("window.diplograph.network.body.data.nodes.get().map(n => n.color)")
    assert "#0072B2" in map(str, colours)  # person: the palette's blue


def test_cli_title_hint_and_undated_line_in_arabic_and_english(offline_page):
    spec = ViewSpec(actors=("kerry",), hops=2, start=__import__("datetime").date(2016, 1, 1), include_undated=False)
    en = to_html(view(EDGES, spec=spec))
    assert "<title>Diplograph: John Kerry</title>" in en
    assert "Click a node or link for its evidence" in en
    assert "Undated relations are left out of this date range." in en
    ar = open_page(offline_page, to_html(view(EDGES, spec=spec), lang="ar"))
    header = ar.inner_text("header")
    assert header.startswith("دبلوغراف: جون كيري")
    assert "علاقة" in header or "علاقات" in header
    assert "relations" not in header and "Actors" not in header  # one language: no mixed scripts
