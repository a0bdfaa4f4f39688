"""Reading snapshots back: the embedded data is the view (up to the evidence cap), and it can be imported."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from explorer.errors import InputError
from explorer.graph.build import aggregate
from explorer.render.snapshot import EVIDENCE_CAP, read_snapshot, snapshot_payload, to_html
from explorer.render.snapshot_import import import_snapshot


def write(tmp_path, G, **kw):
    path = tmp_path / "view.html"
    path.write_text(to_html(G, **kw), encoding="utf-8")
    return path


def test_read_snapshot_gives_back_the_display_graph(tmp_path, sample_view, corpus):
    D, meta = read_snapshot(write(tmp_path, sample_view, title="July", corpus=corpus, lang="ar"))
    want = aggregate(sample_view)
    assert set(D.nodes) == set(want.nodes) and set(D.edges) == set(want.edges)
    for n in want:
        for k in ("name", "name_ar", "kind", "mentions", "weight"):
            assert D.nodes[n][k] == want.nodes[n][k]
        assert isinstance(D.nodes[n]["x"], int | float)
    for u, v, a in want.edges(data=True):
        b = D[u][v]
        assert (b["weight"], b["types"], b["first_date"], b["last_date"]) == (
            a["weight"], a["types"], a["first_date"], a["last_date"])  # fmt: skip
        assert [e["sentence"] for e in b["evidence"]] == [e["sentence"] for e in a["evidence"]]
        assert b["evidence"][0]["doc_title"] == a["evidence"][0]["doc_title"]
        assert b["evidence_left_out"] == 0
    assert meta["title"] == "July" and meta["lang"] == "ar" and meta["corpus"]["relations"] == 9
    assert meta["view"]["relations"] == sample_view.number_of_edges()


def test_read_snapshot_as_relations(tmp_path, sample_view):
    M, _ = read_snapshot(write(tmp_path, sample_view), multigraph=True)
    assert M.number_of_edges() == sample_view.number_of_edges()
    got = sorted((u, v, a["type"], a["date"] or "", a["sentence"], a["doc_source"]) for u, v, a in M.edges(data=True))
    want = sorted(
        (u, v, a["type"], a["date"] or "", a["sentence"], a["doc_source"]) for u, v, a in sample_view.edges(data=True)
    )
    assert got == want


def test_evidence_is_capped_per_link_and_documents_deduplicated():
    M = nx.MultiDiGraph()
    M.add_node("a", name="A", kind="state")
    M.add_node("b", name="B", kind="state")
    for i in range(50):
        M.add_edge("a", "b", type="meets", date=f"2016-01-{1 + i % 28:02d}", sentence=f"s{i}", doc_id=f"d{i % 3}",
                   doc_title=f"Title {i % 3}", doc_source="Reuters", confidence=i / 100)  # fmt: skip
    data = snapshot_payload(M)
    (edge,) = data["edges"]["rows"]
    assert edge[2] == 50 and len(edge[7]) == EVIDENCE_CAP and edge[6] == 50 - EVIDENCE_CAP
    assert {ev[1] for ev in edge[7]} == {f"s{i}" for i in range(30, 50)}  # the most confident
    assert [ev[3] for ev in edge[7]] == sorted(ev[3] for ev in edge[7])  # shown in date order
    assert len(data["docs"]["rows"]) == 3


def test_not_a_snapshot(tmp_path):
    p = tmp_path / "x.html"
    p.write_text("<html><script>var x = 1</script></html>", encoding="utf-8")
    with pytest.raises(InputError, match="not a Diplograph snapshot"):
        read_snapshot(p)
    newer = to_html(nx.MultiDiGraph()).replace('"version":1,', '"version":99,', 1)
    p.write_text(newer, encoding="utf-8")
    with pytest.raises(InputError, match="newer Diplograph"):
        read_snapshot(p)
    with pytest.raises(InputError, match="Cannot read"):
        read_snapshot(tmp_path / "missing.html")


def test_snapshot_data_is_plain_json_for_other_tools(sample_view):
    data = snapshot_payload(sample_view)
    assert json.loads(json.dumps(data)) == data
    assert data["nodes"]["fields"][:4] == ["id", "name", "name_ar", "kind"]
    assert data["evidence_fields"][:3] == ["type", "sentence", "doc"]


def test_import_snapshot_into_a_store(tmp_path, sample_view):
    from explorer.store import open_store

    path = write(tmp_path, sample_view)
    with open_store(tmp_path / "db.sqlite") as store:
        added, dup = import_snapshot(path, store)
        assert (added, dup) == (6, 0)
        rel = store.relations_frame()
        assert len(rel) == sample_view.number_of_edges()
        row = rel[rel["type"] == "phones"].iloc[0]
        doc = store.document(row["doc_id"])
        assert doc.text[row["sent_start"] : row["sent_end"]] == row["sentence"]
        assert import_snapshot(path, store) == (0, 6)
