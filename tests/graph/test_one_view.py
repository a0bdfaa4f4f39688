"""One view everywhere: `graph.view.view` equals the oracle (build_view + aggregate), has one node cap
with one meaning, and the dashboard, its download and every CLI export show the same nodes and links
for the same spec, small caps and weights included. Every ViewSpec field has a CLI option and a URL key.
"""

from __future__ import annotations

import ast
import base64
import dataclasses
import json
import re
from datetime import date
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from synthetic import random_corpus, random_store

from explorer import cli, viewurl
from explorer.graph.build import aggregate, build_view
from explorer.graph.corpus import Corpus
from explorer.graph.spec import ViewSpec
from explorer.graph.view import OVERLAYS, ROW_FILTERS, fold_multigraph, node_weights, select, top_codes, view
from explorer.render.layout import cap_nodes
from explorer.render.snapshot import parse_snapshot, to_html

ROOT = Path(__file__).resolve().parents[2]
TYPES = ["meets", "phones", "supports", "opposes", "agrees_with"]


@pytest.fixture(scope="module")
def corpus():
    return random_corpus(11, nodes=60, relations=500, types=TYPES, kinds=["person"], start=date(2015, 1, 1),
                         days=1000, undated_every=20)


SPECS = [
    ViewSpec(),
    ViewSpec(actors=("n3", "n17"), hops=1, start=date(2015, 6, 1), end=date(2016, 6, 1)),
    ViewSpec(actors=("n3",), hops=2, types=("meets", "phones"), include_undated=False),
    ViewSpec(actors=("n5",), hops=3, min_weight=2),
    ViewSpec(min_weight=3, end=date(2016, 1, 1)),
    ViewSpec(actors=("n59",), start=date(2031, 1, 1)),  # a centre with no relation in the window
]


@pytest.mark.parametrize("spec", SPECS)
def test_the_view_equals_the_oracle(corpus, spec):
    rel, ents = corpus
    want = aggregate(build_view(rel, ents, spec))
    got = view(Corpus.from_frames(rel, ents), spec).graph
    assert set(got) == set(want)
    assert set(got.edges) == set(want.edges)
    for n in want:
        assert {k: got.nodes[n][k] for k in ("name", "kind", "weight")} == {
            k: want.nodes[n][k] for k in ("name", "kind", "weight")}
    for u, v, d in want.edges(data=True):
        e = got[u][v]
        assert (e["weight"], e["types"], e["first_date"], e["last_date"]) == (
            d["weight"], d["types"], d["first_date"], d["last_date"])
        assert sorted(x["sentence"] for x in e["evidence"]) == sorted(x["sentence"] for x in d["evidence"])
        assert [x["date"] or "" for x in e["evidence"]] == sorted(x["date"] or "" for x in e["evidence"])


def test_evidence_per_link_keeps_the_most_confident_and_the_full_weight(corpus):
    rel, ents = corpus
    c = Corpus.from_frames(rel.assign(confidence=[(i % 7) / 7 for i in range(len(rel))]), ents)
    full, one = view(c, ViewSpec()).graph, view(c, ViewSpec(), evidence_per_link=1).graph
    for u, v, d in full.edges(data=True):
        assert one[u][v]["weight"] == d["weight"] and len(one[u][v]["evidence"]) == 1
        assert one[u][v]["evidence"][0]["confidence"] == max(x["confidence"] for x in d["evidence"])


@pytest.mark.parametrize("hops", [0, 1, 2, 3])
def test_select_is_the_oracles_ego_network(corpus, hops):
    rel, ents = corpus
    spec = ViewSpec(actors=("n3", "n17"), hops=hops, start=date(2015, 6, 1), end=date(2016, 6, 1))
    full = build_view(rel, ents, spec)
    assert set(select(Corpus.from_frames(rel, ents), spec).id) == {k for *_, k in full.edges(keys=True)}


@pytest.mark.parametrize("max_nodes, min_weight, actors", [(8, 3, ()), (10, 1, ()), (5, 2, ("n59",)),
                                                             (25, 2, ("n3",))])
def test_one_node_cap_after_the_weights(corpus, max_nodes, min_weight, actors):
    """The cap keeps the centres and the busiest nodes of what the filters and weights leave: the same
    nodes as the renderer's cap on the uncapped oracle view, and every link keeps its full weight."""
    rel, ents = corpus
    spec = ViewSpec(actors=actors, hops=2, min_weight=min_weight, max_nodes=max_nodes)
    v = view(Corpus.from_frames(rel, ents), spec)
    oracle = aggregate(build_view(rel, ents, spec))
    capped, _ = cap_nodes(oracle, max_nodes, keep=actors)
    capped.remove_nodes_from([n for n in list(capped) if capped.degree(n) == 0 and n not in actors])
    left_out = oracle.number_of_nodes() - capped.number_of_nodes()  # a kept node left with no link goes too
    assert set(v.graph) == set(capped) and set(v.graph.edges) == set(capped.edges)
    assert v.graph.number_of_nodes() <= max_nodes and set(actors) <= set(v.graph)
    assert all(v.graph[a][b]["weight"] == oracle[a][b]["weight"] for a, b in v.graph.edges)
    pair = lambda a, b: v.graph[a][b]["weight"] + (v.graph[b][a]["weight"] if v.graph.has_edge(b, a) else 0)  # noqa: E731
    assert all(pair(a, b) >= min_weight for a, b in v.graph.edges)
    assert v.left_out_nodes == left_out == oracle.number_of_nodes() - v.graph.number_of_nodes()
    assert v.graph.graph["left_out_nodes"] == v.left_out_nodes
    # A renderer given the view adds no cap of its own: the snapshot shows it whole.
    meta = parse_snapshot(to_html(v.graph))["meta"]["view"]
    assert (meta["shown_nodes"], meta["left_out_nodes"]) == (v.graph.number_of_nodes(), v.left_out_nodes)


def test_the_cap_breaks_ties_by_mentions_then_id():
    rows = pd.DataFrame({"source": ["a", "c", "e"], "target": ["b", "d", "f"], "type": "meets"})

    def top(n, mentions=None, keep=()):
        ents = pd.DataFrame({"id": list("abcdef"), "name": list("ABCDEF"), "name_ar": None, "kind": "person",
                             "mentions": [(mentions or {}).get(x, 0) for x in "abcdef"]})
        c = Corpus.from_frames(rows, ents)
        mask = top_codes(c, node_weights(c.table), n, keep)
        return None if mask is None else set(c.table.entity_ids[mask])

    assert top(2) == {"a", "b"}
    assert top(2, {"e": 5, "d": 4}) == {"e", "d"}
    assert top(2, keep=["f"]) == {"f", "a"}
    assert top(6) is None


def test_fold_multigraph_is_the_same_folding(corpus):
    rel, ents = corpus
    G = build_view(rel, ents, ViewSpec(actors=("n3",), hops=2))
    got, want = fold_multigraph(G), aggregate(G)
    assert set(got.edges) == set(want.edges) and set(got) == set(want)
    assert all(got[u][v]["weight"] == d["weight"] and got[u][v]["types"] == d["types"]
               for u, v, d in want.edges(data=True))


def test_hooks_filter_rows_and_annotate_the_graph(corpus):
    """The extension points a new ViewSpec field uses: a row filter hides relations before the ego
    network; an overlay marks the folded graph."""
    rel, ents = corpus
    c = Corpus.from_frames(rel, ents)
    ROW_FILTERS.append(lambda corpus, spec: corpus.table.types[corpus.table.type] != "meets")
    OVERLAYS.append(lambda corpus, v: v.graph.graph.__setitem__("marked", True))
    try:
        v = view(c, ViewSpec(actors=("n3",), hops=2))
    finally:
        ROW_FILTERS.pop(), OVERLAYS.pop()
    assert "meets" not in set(v.rows["type"]) and v.graph.graph["marked"]
    assert set(v.graph) == set(aggregate(build_view(rel[rel["type"] != "meets"], ents, v.spec)))


def test_only_the_oracle_tests_use_the_old_path():
    old = {"build_view", "aggregate", "build_graph"}
    users = []
    for path in sorted((ROOT / "explorer").rglob("*.py")):
        if path.name == "build.py" and path.parent.name == "graph":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and any(a.name in old for a in node.names):
                users.append(str(path.relative_to(ROOT)))
    for path in (ROOT / "benchmarks").glob("*.py"):
        if re.search(r"\b(build_view|aggregate)\(", path.read_text(encoding="utf-8")):
            users.append(str(path.relative_to(ROOT)))
    assert not users, f"views come from explorer.graph.view.view; the old path is a test oracle: {users}"
    names = [n.name for p in (ROOT / "explorer" / "graph").rglob("*.py")
             for n in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
             if isinstance(n, ast.FunctionDef) and n.name in ("display_graph", "fold_links", "aggregate")
             and p.name != "build.py"]
    assert not names, "the graph package folds views with one function (view.fold)"


# -- every field everywhere -------------------------------------------------------------------------------

NON_DEFAULT = {"actors": ("n1", "n2"), "hops": 2, "start": date(2016, 1, 1), "end": date(2016, 12, 31),
               "kinds": ("person", "state"), "types": ("meets", "phones"), "min_weight": 3,
               "include_undated": False, "max_nodes": 10, "reviewed": "confirmed", "min_confidence": 0.6}


def test_every_viewspec_field_has_a_url_key_and_a_cli_option():
    fields = [f.name for f in dataclasses.fields(ViewSpec)]
    missing_url = [f for f in fields if f not in viewurl.SPEC_KEYS]
    missing_cli = [f for f in fields if f not in cli.VIEW_OPTIONS]
    assert not missing_url and not missing_cli, (missing_url, missing_cli)
    assert set(NON_DEFAULT) == set(fields), "give the new field a non-default test value here"
    ents = pd.DataFrame([{"id": a, "name": a.upper(), "name_ar": None, "kind": "person", "aliases": []}
                         for a in NON_DEFAULT["actors"]])
    parser = cli.build_parser()
    for f in fields:
        spec = ViewSpec(**{f: NON_DEFAULT[f]})
        # URL: the key is written, and read back to the same spec
        params = viewurl.to_params(viewurl.ViewState(spec=spec))
        assert viewurl.SPEC_KEYS[f] in params, f
        assert viewurl.from_params(params)[0].spec == spec, f
        # CLI: the option exists and sets the field
        opt, value = cli.VIEW_OPTIONS[f], NON_DEFAULT[f]
        values = value if isinstance(value, tuple) else (value,)
        argv = ["export"]
        for x in values:
            argv += [opt] if isinstance(x, bool) else [opt, x.isoformat() if isinstance(x, date) else str(x)]
        if spec.start or spec.end:  # a date range leaves undated relations out unless asked for (as the dashboard)
            assert not cli._view_spec(parser.parse_args(argv), ents).include_undated
            argv.append("--undated")
        assert cli._view_spec(parser.parse_args(argv), ents) == spec, f


# -- the same view on every surface -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def busy_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("one-view") / "busy.db"
    random_store(path, 5, documents=400, nodes=80, start=date(2015, 1, 1), days=900)
    return path


def payload_graph(data: dict) -> tuple[set, set]:
    """(node ids, {(source, target, weight)}) of a snapshot's data block (the view: not the hidden
    neighbours a double-click reveals, marked `extra`)."""
    nodes = [dict(zip(data["nodes"]["fields"], r, strict=True)) for r in data["nodes"]["rows"]]
    ids = [n["id"] for n in nodes]
    edges = [dict(zip(data["edges"]["fields"], r, strict=True)) for r in data["edges"]["rows"]]
    return ({n["id"] for n in nodes if not n.get("extra")},
            {(ids[e["source"]], ids[e["target"]], e["weight"]) for e in edges if not e.get("extra")})


def graph_of(G: nx.DiGraph) -> tuple[set, set]:
    return set(G), {(u, v, d["weight"]) for u, v, d in G.edges(data=True)}


SURFACE_SPECS = [
    ViewSpec(max_nodes=10, min_weight=3),
    ViewSpec(max_nodes=10, min_weight=1, types=("meets", "supports")),
    ViewSpec(actors=("n7",), hops=2, max_nodes=12, min_weight=2, include_undated=False),
]


@pytest.mark.parametrize("spec", SURFACE_SPECS)
def test_dashboard_download_and_cli_show_the_same_view(busy_store, spec, tmp_path, monkeypatch):
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    corpus = Corpus.load(busy_store)
    core = view(corpus, spec)
    want = graph_of(core.graph)
    assert 0 < len(want[0]) <= spec.max_nodes and want[1] and core.left_out_nodes > 0  # the cap bites

    # The dashboard, opened on the URL of the view (the drawn graph is the data: URL of an iframe).
    monkeypatch.setenv("DIPLOGRAPH_DB", str(busy_store))
    st.cache_data.clear()
    st.cache_resource.clear()
    at = AppTest.from_file(str(ROOT / "explorer" / "app.py"), default_timeout=120)
    for k, v in viewurl.to_params(viewurl.ViewState(spec=spec)).items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    src = at.get("iframe")[0].proto.src
    page = base64.b64decode(src.split(",", 1)[1]).decode("utf-8")
    assert payload_graph(parse_snapshot(page)) == want

    # The download button's snapshot: the same view with all its evidence.
    assert payload_graph(parse_snapshot(to_html(view(corpus, spec).graph, corpus=corpus.size))) == want

    # Every CLI export format.
    argv = ["export", "--db", str(busy_store), "--max-nodes", str(spec.max_nodes), "--min-weight",
            str(spec.min_weight), "--hops", str(spec.hops)]
    argv += [x for a in spec.actors for x in ("--actor", a)] + [x for t in spec.types for x in ("--type", t)]
    argv += [] if spec.include_undated else ["--no-undated"]
    for fmt in ("html", "json", "graphml", "gexf", "csv", "events"):
        out = tmp_path / f"view-{fmt}"
        assert cli.main([*argv, "--format", fmt, "--out", str(out)]) == 0, fmt
        written = sorted(tmp_path.glob(f"view-{fmt}*"))
        if fmt == "html":
            got = payload_graph(parse_snapshot(written[0].read_text(encoding="utf-8")))
        elif fmt == "json":
            data = json.loads(written[0].read_text(encoding="utf-8"))
            got = ({n["id"] for n in data["nodes"]}, {(e["source"], e["target"], e["weight"]) for e in data["edges"]})
        elif fmt in ("graphml", "gexf"):
            G = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(written[0])
            got = (set(G), {(u, v, int(d["weight"])) for u, v, d in G.edges(data=True)})
        elif fmt == "csv":
            nodes = pd.read_csv(next(p for p in written if p.name.endswith(".nodes.csv")))
            edges = pd.read_csv(next(p for p in written if p.name.endswith(".edges.csv")))
            got = (set(nodes["id"]), set(zip(edges["source"], edges["target"], edges["weight"], strict=True)))
        else:  # events: one row per relation of the view
            events = pd.read_csv(next(p for p in written if p.name.endswith(".events.csv")))
            assert len(events) == len(core.rows), fmt
            continue
        assert got == want, fmt



def test_cli_date_range_leaves_undated_relations_out_as_the_dashboard_does(busy_store, tmp_path):
    """--start/--end narrower than the corpus leave undated relations out unless --undated is given, and the
    snapshot's header says so; over the whole corpus they stay. The rule is the dashboard's date range's."""
    from explorer.graph.spec import undated_by_default

    corpus = Corpus.load(busy_store)
    lo, hi = corpus.span
    assert corpus.undated_relations > 0
    assert undated_by_default(lo, hi, corpus.span) and not undated_by_default(date(2016, 1, 1), None, corpus.span)

    def events(*args) -> pd.DataFrame:
        out = tmp_path / f"ev{len(list(tmp_path.iterdir()))}"
        assert cli.main(["export", "--db", str(busy_store), "--format", "events", "--out", str(out), *args]) == 0
        return pd.read_csv(next(tmp_path.glob(out.name + "*.events.csv")))

    narrowed = events("--start", "2016-01-01", "--end", "2016-12-31")
    assert len(narrowed) and narrowed["date"].notna().all()
    asked = events("--start", "2016-01-01", "--end", "2016-12-31", "--undated")
    assert asked["date"].isna().sum() > 0 and len(asked) == len(narrowed) + asked["date"].isna().sum()
    whole = events("--start", lo.isoformat(), "--end", hi.isoformat())
    assert whole["date"].isna().sum() == corpus.undated_relations
    # the snapshot says so in its header
    out = tmp_path / "view.html"
    assert cli.main(["export", "--db", str(busy_store), "--start", "2016-01-01", "--out", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "Undated relations are left out of this date range." in page
    # and gives the dashboard's view of the same URL (a date range without a word on undated relations)
    spec = ViewSpec(start=date(2016, 1, 1), end=date(2016, 12, 31), include_undated=False, max_nodes=40)
    assert cli._view_spec(cli.build_parser().parse_args(
        ["export", "--start", "2016-01-01", "--end", "2016-12-31", "--max-nodes", "40"]), corpus.entities,
        corpus.span) == spec


@pytest.mark.parametrize("per_node,limit", [(12, 400), (2, 400), (3, 5)])
def test_double_click_neighbours_do_not_depend_on_how_pairs_are_counted(busy_store, per_node, limit, monkeypatch):
    """`neighbours` counts pairs densely for few shown nodes and by hashing for many: a double-click
    reveals the same nodes and links either way, and each shown node gets at most `per_node` of them."""
    from explorer.graph import view as view_module

    corpus = Corpus.load(busy_store)
    spec = ViewSpec(max_nodes=8)
    shown = list(view(corpus, spec).graph)

    def reveal(threshold: int) -> tuple[set, set]:
        monkeypatch.setattr(view_module, "DENSE_PAIRS_MAX", threshold)
        return graph_of(view_module.neighbours(corpus, spec, shown, per_node=per_node, limit=limit))

    dense, hashed = reveal(1 << 40), reveal(0)
    assert dense == hashed and dense[1]
    outside = dense[0] - set(shown)
    assert 0 < len(outside) <= limit
    for n in shown:
        assert len({v for u, v, _ in dense[1] if u == n} | {u for u, v, _ in dense[1] if v == n}) <= per_node
