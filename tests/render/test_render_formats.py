"""Open formats round-trip through NetworkX (and pandas): nodes, links and attributes survive."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import networkx as nx
import pandas as pd
import pytest
from lxml import etree

from explorer.graph.build import aggregate
from explorer.render import formats
from explorer.render.export import export_bytes


@pytest.fixture(scope="module")
def display(sample_view):
    return aggregate(sample_view)


def test_graphml_round_trip(sample_view, display):
    G = nx.read_graphml(io.BytesIO(formats.graphml(sample_view)))
    assert set(G.nodes) == set(display.nodes) and set(G.edges) == set(display.edges)
    assert G.is_directed()
    for n, a in display.nodes(data=True):
        b = G.nodes[n]
        assert (b["name"], b["kind"], b["mentions"], b["weight"]) == (a["name"], a["kind"], a["mentions"], a["weight"])
        assert b.get("name_ar") == a["name_ar"]
    for u, v, a in display.edges(data=True):
        b = G[u][v]
        assert b["weight"] == a["weight"] and b["types"] == ";".join(a["types"]) and b["type"] == a["types"][0]
        assert b.get("first_date") == a["first_date"] and b.get("last_date") == a["last_date"]


def test_gexf_is_dynamic_with_dates(sample_view, display):
    data = formats.gexf(sample_view)
    root = etree.fromstring(data)
    ns = {"g": root.nsmap[None]}
    graph = root.find("g:graph", ns)
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    G = nx.read_gexf(io.BytesIO(data))
    assert set(G.nodes) == set(display.nodes) and set(G.edges) == set(display.edges)
    assert G.nodes["kerry"]["kind"] == "person" and G.nodes["kerry"]["label"] == "John Kerry"
    assert G.nodes["kerry"]["start"] == "2016-07-10" and G.nodes["kerry"]["end"] == "2016-07-15"
    e = G["kerry"]["lavrov"]
    assert (e["start"], e["end"], e["weight"]) == ("2016-07-10", "2016-07-15", 2.0)
    assert "start" not in G["kerry"]["us"]  # undated: spans the whole timeline
    assert G.nodes["kerry"]["viz"]["color"]["b"] == 0xB2  # person: Okabe-Ito blue #0072B2


def test_node_link_json_keeps_evidence(sample_view, display):
    data = json.loads(formats.node_link_json(sample_view))
    G = nx.node_link_graph(data, edges="edges")
    assert set(G.edges) == set(display.edges)
    assert G["kerry"]["lavrov"]["evidence"] == display["kerry"]["lavrov"]["evidence"]
    assert G["kerry"]["lavrov"]["types"] == ["meets", "phones"]
    assert data["graph"]["spec"]["types"] == ["all"]


def test_csv_tables(sample_view, display):
    data, name, mime = export_bytes(sample_view, "csv")
    assert name.endswith(".csv.zip") and mime == "application/zip"
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = sorted(z.namelist())
        nodes = pd.read_csv(z.open(names[1]))
        edges = pd.read_csv(z.open(names[0]))
    assert names[0].endswith(".edges.csv") and names[1].endswith(".nodes.csv")
    assert sorted(nodes["id"]) == sorted(display.nodes)
    assert len(edges) == display.number_of_edges() and edges["weight"].sum() == sample_view.number_of_edges()
    assert set(edges.columns) == set(formats.EDGE_COLUMNS)


def test_events_csv_and_parquet(sample_view):
    df = pd.read_parquet(io.BytesIO(formats.events_parquet(sample_view)))
    rows = list(csv.DictReader(io.StringIO(formats.events_csv(sample_view).decode("utf-8"))))
    assert len(df) == len(rows) == sample_view.number_of_edges()
    assert list(df.columns) == list(formats.EVENT_COLUMNS)
    phone = df[df["type"] == "phones"].iloc[0]
    assert (phone["plover"], phone["source_name"], phone["target_name_ar"], phone["doc_source"]) == (
        "CONSULT", "John Kerry", "سيرغي لافروف", "الحياة")  # fmt: skip
    assert phone["confidence"] == pytest.approx(0.9)
    assert df["plover"].isna().sum() == 2  # holds_role_in has no PLOVER category
    assert df["date"].isna().sum() == 1 and pd.isna(df["date"].iloc[-1])  # undated last
    # from a display graph (a snapshot read back): the same rows, from the evidence
    D = aggregate(sample_view)
    assert len(formats.events_frame(D)) == len(df)


def test_hostile_strings_survive_every_format(hostile_view, hostile):
    G = nx.read_graphml(io.BytesIO(formats.graphml(hostile_view)))
    names = {a.get("name") for _, a in G.nodes(data=True)}
    assert hostile["script-breakout"] in names and hostile["one-megabyte"] in names
    assert "nulbellesc del\x7f" in names  # XML cannot hold control characters: dropped
    H = nx.read_gexf(io.BytesIO(formats.gexf(hostile_view)))
    assert H.number_of_nodes() == G.number_of_nodes() == hostile_view.number_of_nodes()
    J = nx.node_link_graph(json.loads(formats.node_link_json(hostile_view).decode("utf-8")), edges="edges")
    assert hostile["control-chars"] in {a.get("name") for _, a in J.nodes(data=True)}
    events = formats.events_csv(hostile_view).decode("utf-8")
    assert "'=HYPERLINK(" in events and "\n=HYPERLINK" not in events and ",=HYPERLINK" not in events
    df = pd.read_parquet(io.BytesIO(formats.events_parquet(hostile_view)))
    assert hostile["csv-formula"] in set(df["sentence"])  # Parquet keeps values as they are
