"""Exports: safe derived file names, no silent overwrite, every format to files and to bytes."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date

import networkx as nx
import pytest

from explorer.errors import ExplorerError
from explorer.graph.spec import ViewSpec
from explorer.render.export import FORMATS, export_bytes, export_view, slugify, snapshot_filename
from explorer.render.snapshot import read_snapshot

SAFE_NAME = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*-[0-9a-f]{8}(\.[a-z]+)+")


def with_spec(G, **spec):
    H = G.copy()
    H.graph["spec"] = ViewSpec(**spec)
    return H


def test_derived_names_are_slugs_with_a_hash(sample_view):
    G = with_spec(sample_view, actors=("kerry", "lavrov"), start=date(2016, 7, 1), end=date(2016, 7, 31))
    name = snapshot_filename(G)
    assert name.startswith("john-kerry-sergei-lavrov-2016-07-01-2016-07-31-") and SAFE_NAME.fullmatch(name)
    assert snapshot_filename(G) == name  # stable
    assert snapshot_filename(with_spec(G, actors=("kerry", "lavrov"), hops=2)) != name  # another view, another name
    assert snapshot_filename(G, lang="ar") != name
    assert snapshot_filename(G, "gexf").endswith(".gexf")


@pytest.mark.parametrize(
    "title",
    ["../../etc/passwd", "..\\..\\windows\\system32", "/etc/passwd", "~/.ssh/id_rsa", "a/../../b", "..", ".",
     "\x00nul", "<script>", "CON", "x" * 500, "سيرغي لافروف", "\u202egnp.exe"],
)  # fmt: skip
def test_hostile_titles_and_actors_cannot_escape_the_folder(tmp_path, sample_view, title):
    G = with_spec(sample_view, actors=(title, "../../../root"))
    (path,) = export_view(G, "json", out_dir=tmp_path, title=title)
    assert path.parent == tmp_path and SAFE_NAME.fullmatch(path.name), path.name
    assert len(path.name) < 90
    (path2,) = export_view(G, "graphml", out_dir=tmp_path)  # no title: the actors' names
    assert path2.parent == tmp_path and SAFE_NAME.fullmatch(path2.name), path2.name


def test_arabic_names_are_transliterated():
    assert slugify("سيرغي لافروف") == "syrghy-lafrwf"
    assert slugify("قرار مجلس الأمن ٢٢٥٤") == "qrar-mjls-alamn-2254"
    assert slugify("Ελλάδα") == ""  # other scripts are dropped (the hash keeps names apart)


def test_no_overwrite_unless_asked(tmp_path, sample_view):
    (path,) = export_view(sample_view, "html", out_dir=tmp_path / "graphs")
    before = path.read_bytes()
    with pytest.raises(ExplorerError, match=re.escape(str(path)) + ".*--overwrite"):
        export_view(sample_view, "html", out_dir=tmp_path / "graphs")
    assert path.read_bytes() == before
    (again,) = export_view(sample_view, "html", out_dir=tmp_path / "graphs", overwrite=True)
    assert again == path and list(path.parent.iterdir()) == [path]  # no temporary file left behind


def test_a_symlink_in_the_way_is_refused(tmp_path, sample_view):
    target = tmp_path / "secret.txt"
    target.write_text("keep")
    name = snapshot_filename(sample_view)
    (tmp_path / "graphs").mkdir()
    (tmp_path / "graphs" / name).symlink_to(target)
    with pytest.raises(ExplorerError, match="already exists"):
        export_view(sample_view, "html", out_dir=tmp_path / "graphs")
    assert target.read_text() == "keep"


def test_two_file_formats_check_both_files_first(tmp_path, sample_view):
    paths = export_view(sample_view, "csv", out_dir=tmp_path)
    assert [p.name.split(".", 1)[1] for p in paths] == ["nodes.csv", "edges.csv"]
    paths[0].unlink()
    with pytest.raises(ExplorerError, match="edges.csv already exists"):
        export_view(sample_view, "csv", out_dir=tmp_path)
    assert not paths[0].exists()  # nothing half-written
    events = export_view(sample_view, "events", out_dir=tmp_path)
    assert [p.name.split(".", 1)[1] for p in events] == ["events.csv", "events.parquet"]


def test_explicit_out_path(tmp_path, sample_view):
    (p,) = export_view(sample_view, "html", out=tmp_path / "mine.html", title="Mine")
    assert p == tmp_path / "mine.html"
    D, meta = read_snapshot(p)
    assert meta["title"] == "Mine" and D.number_of_nodes() == sample_view.number_of_nodes()
    pair = export_view(sample_view, "csv", out=tmp_path / "tables.csv")
    assert [x.name for x in pair] == ["tables.nodes.csv", "tables.edges.csv"]
    with pytest.raises(ExplorerError, match="not a file name"):
        export_view(sample_view, "json", out=tmp_path / "..")


def test_every_format_as_bytes(sample_view):
    for fmt in (*FORMATS, "events-parquet"):
        data, name, mime = export_bytes(sample_view, fmt)
        assert data and SAFE_NAME.fullmatch(name) and "/" in mime
    data, name, _ = export_bytes(sample_view, "csv")
    assert len(zipfile.ZipFile(io.BytesIO(data)).namelist()) == 2
    with pytest.raises(ExplorerError, match="Known formats: html, graphml, gexf, json, csv, events"):
        export_bytes(sample_view, "pdf")


def test_view_without_spec_is_named_by_its_content(tmp_path):
    a, b = nx.MultiDiGraph(), nx.MultiDiGraph()
    a.add_edge("x", "y", type="meets")
    b.add_edge("x", "z", type="meets")
    assert snapshot_filename(a) != snapshot_filename(b)
    assert snapshot_filename(a).startswith("view-")
