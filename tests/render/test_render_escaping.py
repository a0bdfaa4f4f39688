"""Escaping, without a browser: JSON in <script>, the header, the CSP hashes, odd values from pandas/numpy."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import lxml.html
import networkx as nx
import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.errors import ExplorerError
from explorer.graph.spec import ViewSpec
from explorer.render.snapshot import live_fragment, live_page, parse_snapshot, script_json, snapshot_payload, to_html

ODD = st.sampled_from(["<", ">", "&", "</script>", "<!--", "\u2028", "\u2029", "\ud800", "\udfff", "\x00", '"', "\\"])
TEXT = st.lists(st.one_of(st.text(max_size=20), ODD), max_size=12).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.recursive(TEXT | st.integers() | st.none(), lambda c: st.lists(c, max_size=4) | st.dictionaries(TEXT, c)))
def test_script_json_escapes_and_round_trips(value):
    out = script_json(value)
    assert not re.search("[<>&\u2028\u2029\ud800-\udfff]", out)
    out.encode("utf-8")  # always encodable, lone surrogates included
    assert json.loads(out) == json.loads(json.dumps(value))  # what JSON means (a surrogate pair reads as one char)


def parse(page: str):
    return lxml.html.document_fromstring(page, parser=lxml.html.HTMLParser(huge_tree=True))  # 10 MB: 1 MB strings


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def csp_of(doc) -> dict[str, list[str]]:
    (meta,) = doc.xpath('//meta[@http-equiv="Content-Security-Policy"]')
    return {d.split()[0]: d.split()[1:] for d in meta.get("content").split(";") if d.strip()}


@pytest.fixture(scope="module")
def hostile_page(hostile_view, hostile) -> str:
    return to_html(hostile_view, title=hostile["script-breakout"] + hostile["our-placeholders"])


def test_hostile_page_has_only_our_markup(hostile_page, hostile):
    doc = parse(hostile_page)
    scripts = doc.xpath("//script")
    assert [s.get("type") for s in scripts] == ["application/json", None, None]
    assert not doc.xpath("//img|//svg|//iframe|//a|//base|//link|//object|//embed|//math|//form")
    assert not [a for el in doc.iter() if isinstance(el.tag, str) for a in el.attrib if a.startswith("on")]
    assert doc.xpath("//meta/@http-equiv") == ["Content-Security-Policy"]
    # the title is text (placeholders included: filled in one pass, never re-read)
    assert doc.xpath("//h1")[0].text_content() == hostile["script-breakout"] + hostile["our-placeholders"]
    assert hostile_page.count("</script>") == 3
    data = parse_snapshot(hostile_page)
    assert data["meta"]["title"] == hostile["script-breakout"] + hostile["our-placeholders"]


def test_csp_allows_exactly_the_pages_own_scripts_and_style(hostile_page):
    doc = parse(hostile_page)
    csp = csp_of(doc)
    code = [s.text for s in doc.xpath("//script[not(@type)]")]
    assert sorted(csp["script-src"]) == sorted(sha256(c) for c in code)
    assert csp["style-src"] == [sha256(doc.xpath("//style")[0].text)]
    assert csp["default-src"] == ["'none'"]
    assert "unsafe" not in " ".join(sum(csp.values(), []))
    # the viewer holds no data and builds no markup from data
    viewer = code[1]
    assert not re.search(r"\.(innerHTML|outerHTML|insertAdjacentHTML)\b|document\.write|\beval\(|new Function", viewer)


def test_json_block_escapes_markup(hostile_page):
    block = re.search(r'<script type="application/json" id="diplograph-data">(.*?)</script>', hostile_page, re.S)[1]
    assert not re.search("[<>&\u2028\u2029]", block)


def test_same_script_hashes_for_every_view(sample_view, hostile_page):
    """Scripts are static: data never reaches them, so an injected script can never match a hash."""
    a = csp_of(parse(to_html(sample_view)))["script-src"]
    b = csp_of(parse(hostile_page))["script-src"]
    assert a == b


def test_pandas_and_numpy_values_are_json_safe():
    M = nx.MultiDiGraph()
    M.add_node(np.int64(1), name="A", name_ar=np.nan, kind="state", mentions=np.int32(4))
    M.add_node(np.int64(2), name="B", name_ar=None, kind="person", mentions=np.float64("nan"))
    M.add_edge(np.int64(1), np.int64(2), type="meets", date=pd.Timestamp("2016-07-15"), sentence="s",
               confidence=np.float64("nan"), doc_id=np.int64(7), doc_title=pd.NA, doc_source=pd.NaT,
               lang="en", trigger=np.str_("met"))  # fmt: skip
    M.add_edge(np.int64(2), np.int64(1), type="phones", date=np.datetime64("2016-08-01"), sentence="t",
               confidence=np.float32(0.5))  # fmt: skip
    page = to_html(M)
    data = parse_snapshot(page)
    nodes = {row[0]: row for row in data["nodes"]["rows"]}
    assert set(nodes) == {1, 2}
    evidence = [ev for e in data["edges"]["rows"] for ev in e[7]]
    assert {ev[3] for ev in evidence} == {"2016-07-15", "2016-08-01"}
    assert sorted(ev[4] for ev in evidence if ev[4] is not None) == [0.5]


def test_empty_and_other_graph_types():
    for G in (nx.MultiDiGraph(), nx.DiGraph(), nx.Graph()):
        page = to_html(G)
        assert "No relations in this view" in page
    D = nx.DiGraph()
    D.add_edge("a", "b", weight=2, types=["meets"], first_date="2016-01-01", last_date="2016-02-01", evidence=[])
    assert parse_snapshot(to_html(D))["edges"]["rows"][0][2] == 2


def test_bad_options_are_refused():
    with pytest.raises(ExplorerError, match="Known languages: en, ar"):
        to_html(nx.MultiDiGraph(), lang="fr")
    with pytest.raises(ExplorerError, match="height_px"):
        to_html(nx.MultiDiGraph(), height_px="700px;background:url(x)")


def test_header_shows_filters_counts_and_version(sample_view, corpus):
    view = sample_view.copy()
    view.graph["spec"] = ViewSpec(
        actors=("kerry",), hops=2, types=("meets", "phones"), start=pd.Timestamp("2016-01-01").date()
    )
    page = to_html(view, title="T", corpus=corpus)
    doc = parse(page)
    header = doc.xpath("//header")[0].text_content()
    assert "Actors: John Kerry (2 hops)" in header
    assert "Dates: 2016-01-01 to …" in header
    assert re.search(r"Undated relations are included \(\d+\)\.", header)
    assert "Click a node or link for its evidence" in header
    assert "Types: meets, phones" in header and "Kinds: all" in header
    assert "Corpus: 6 documents, 8 actors, 9 relations" in header
    assert re.search(r"Generated \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ · Diplograph \d", header)
    meta = snapshot_payload(view, corpus=corpus)["meta"]
    assert meta["filters"]["actors"] == ["kerry"] and meta["corpus"]["documents"] == 6


VIS_URL = "http://127.0.0.1:8501/component/explorer.ui.data.vis_network/vis-network.min.js"


def test_dashboard_page_loads_vis_network_from_one_allowed_url(hostile_view, hostile):
    """The dashboard's graph loads vis-network by URL (a small data: URL redraws faster): the policy allows
    that one URL beside the viewer's hash, nothing else; the hostile title stays text."""
    page = to_html(hostile_view, title=hostile["script-breakout"], vis_src=VIS_URL)
    doc = parse(page)
    assert [s.get("src") for s in doc.xpath("//script[not(@type)]")] == [VIS_URL, None]
    csp = csp_of(doc)
    viewer = doc.xpath("//script[not(@type)]")[1].text
    assert csp["script-src"] == [VIS_URL, sha256(viewer)]
    assert csp["default-src"] == ["'none'"] and "unsafe" not in " ".join(sum(csp.values(), []))
    assert len(page) < len(to_html(hostile_view, title=hostile["script-breakout"])) - 400_000  # no vis inline
    assert doc.xpath("//h1")[0].text_content() == hostile["script-breakout"]


@pytest.mark.parametrize("bad", ["javascript:alert(1)//.js", "data:text/javascript,alert(1)//.js",
                                 'http://a.test/x.js" onload="alert(1)', "http://a.test/x.js; script-src *",
                                 "http://a.test/x.js 'unsafe-inline'", "//a.test/x.js", "http://a.test/x.js?q=1",
                                 "http://user@a.test/x.js", "http://a.test/x", 42])
def test_dashboard_page_refuses_a_script_url_that_could_break_out(sample_view, bad):
    with pytest.raises(ExplorerError, match="vis_src"):
        to_html(sample_view, vis_src=bad)


def tree_text(items) -> str:
    return "".join(n if isinstance(n, str) else tree_text(n[2]) for n in items)


def tree_tags(items) -> set[str]:
    return set().union(*[{n[0]} | tree_tags(n[2]) for n in items if not isinstance(n, str)])


def test_live_page_holds_no_view_and_its_fragment_only_data(hostile_view, hostile):
    """The dashboard's live page: the policy of a dashboard page, a data block with what every view shares;
    each view is JSON in the fragment, its header text and our own few tags, the same text as a standalone
    page's header (hostile values included, as text)."""
    doc = parse(live_page(lang="en", height_px=500, vis_src=VIS_URL))
    viewer = doc.xpath("//script[not(@type)]")[1].text
    assert csp_of(doc)["script-src"] == [VIS_URL, sha256(viewer)]
    shared = json.loads(doc.xpath('//script[@id="diplograph-data"]')[0].text)
    assert shared["live"] is True and not {"meta", "nodes", "edges", "docs"} & set(shared)
    assert doc.xpath("//h1")[0].text_content() == ""

    title = hostile["script-breakout"] + hostile["our-placeholders"]
    view = json.loads(base64.b64decode(live_fragment(hostile_view, title=title)))
    assert set(view) == {"meta", "docs", "nodes", "edges", "header"}
    header = view["header"]
    assert header["title"] == title
    assert tree_tags(sum((header[k] for k in ("filters", "undated", "counts", "notice", "legend")), [])) <= {
        "p", "bdi", "li", "span"}
    page = parse(to_html(hostile_view, title=title))
    assert tree_text(header["filters"]) == page.xpath('//p[@class="filters"]')[0].text_content()
    assert tree_text(header["legend"]) == page.xpath('//ul[@class="legend"]')[0].text_content()
