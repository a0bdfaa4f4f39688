"""import-snapshot trusts nothing: types and ranges checked, size capped, imported documents kept apart."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import pytest
from hostilekit import ROOT, cli, counts

from explorer.errors import InputError
from explorer.render.snapshot import _DATA_BLOCK, parse_snapshot, script_json
from explorer.render.snapshot_import import import_snapshot
from explorer.store import open_store

SAMPLES = ROOT / "explorer" / "samples"


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory) -> Path:
    """A snapshot of the whole sample corpus, exported by the CLI."""
    d = tmp_path_factory.mktemp("snap")
    r = cli("ingest", *sorted(SAMPLES.glob("[0-9]*.md")), "--db", d / "s.db", "--quiet", "--workers", "1")
    assert r.returncode == 0, r.stdout + r.stderr
    r = cli("export", "--db", d / "s.db", "--format", "html", "--out", d / "view.html")
    assert r.returncode == 0, r.stderr
    return d / "view.html"


def _edited(snapshot: Path, tmp_path: Path, edit) -> Path:
    page = snapshot.read_text(encoding="utf-8")
    data = copy.deepcopy(parse_snapshot(page))
    edit(data)
    out = tmp_path / "edited.html"
    m = _DATA_BLOCK.search(page)
    out.write_text(page[: m.start(1)] + script_json(data) + page[m.end(1):], encoding="utf-8")
    return out


def _first_evidence(data: dict) -> dict:
    return dict(zip(data["evidence_fields"], data["edges"]["rows"][0][data["edges"]["fields"].index("evidence")][0],
                    strict=True))


def _set_evidence(data: dict, field: str, value) -> None:
    ev = data["edges"]["rows"][0][data["edges"]["fields"].index("evidence")][0]
    ev[data["evidence_fields"].index(field)] = value


def _set_node(data: dict, field: str, value) -> None:
    data["nodes"]["rows"][0][data["nodes"]["fields"].index(field)] = value


def _set_edge(data: dict, field: str, value) -> None:
    data["edges"]["rows"][0][data["edges"]["fields"].index(field)] = value


@pytest.mark.parametrize("edit, message", [
    (lambda d: _set_edge(d, "source", -1), "edge 0: field 'source' must be an index from 0 to"),
    (lambda d: _set_evidence(d, "doc", -1), "edge 0, evidence 0: field 'doc' must be an index from 0 to"),
    (lambda d: _set_evidence(d, "confidence", "high"), "field 'confidence' must be a number from 0 to 1, not 'high'"),
    (lambda d: _set_evidence(d, "confidence", 7), "field 'confidence' must be a number from 0 to 1, not 7"),
    (lambda d: _set_evidence(d, "date", "not-a-date"), "field 'date' must be a date as YYYY-MM-DD, not 'not-a-date'"),
    (lambda d: _set_evidence(d, "sentence", {"$gt": ""}), "evidence 0: field 'sentence' must be text, not {'$gt': ''}"),
    (lambda d: _set_evidence(d, "type", "befriends"), "field 'type' must be one of"),
    (lambda d: _set_node(d, "name", ["a", "b"]), "node 0: field 'name' must be text, not ['a', 'b']"),
    (lambda d: _set_node(d, "kind", "wizard"), "node 0: field 'kind' must be one of"),
    (lambda d: _set_node(d, "id", {"x": 1}), "node 0: field 'id' must be text or a whole number"),
    (lambda d: d["docs"]["rows"].append("nope"), "docs row"),
    (lambda d: d.pop("edges"), "'edges' table is missing"),
])
def test_malformed_values_are_refused_naming_the_file_and_field(snapshot, tmp_path, edit, message):
    bad = _edited(snapshot, tmp_path, edit)
    db = tmp_path / "s.db"
    with open_store(db) as store, pytest.raises(InputError) as e:
        import_snapshot(bad, store)
    assert str(e.value).startswith(f"{bad}: ") and message in str(e.value), str(e.value)
    assert "\n" not in str(e.value)
    assert counts(db)["documents"] == 0  # nothing of a refused snapshot is stored


def test_the_cli_says_it_in_one_line(snapshot, tmp_path):
    bad = _edited(snapshot, tmp_path, lambda d: _set_evidence(d, "confidence", "high"))
    r = cli("import-snapshot", bad, "--db", tmp_path / "s.db")
    assert r.returncode == 2 and r.stdout == ""
    [line] = [ln for ln in r.stderr.splitlines() if not ln.startswith("MAXRSS")]
    assert line == (f"error: {bad}: edge 0, evidence 0: field 'confidence' must be a number from 0 to 1, "
                    "not 'high'")


def test_size_is_capped(snapshot, tmp_path):
    with open_store(tmp_path / "s.db") as store, pytest.raises(InputError, match="over the 0.001 MB limit"):
        import_snapshot(snapshot, store, max_bytes=1000)


def test_imported_documents_never_block_the_real_articles(snapshot, tmp_path):
    """The issue's case: a snapshot with renamed actors and edited sentences, then the real articles."""
    def tamper(d):
        _set_node(d, "name", "Renamed by someone")
        _set_evidence(d, "sentence", "An edited sentence.")

    tampered = _edited(snapshot, tmp_path, tamper)
    db = tmp_path / "s.db"
    r = cli("import-snapshot", tampered, "--db", db)
    assert r.returncode == 0, r.stderr
    imported = counts(db)["documents"]
    assert imported > 0
    again = cli("import-snapshot", tampered, "--db", db)
    assert f"0 documents added, {imported} already stored" in again.stdout  # idempotent
    r = cli("ingest", *sorted(SAMPLES.glob("[0-9]*.md")), "--db", db, "--quiet", "--workers", "1")
    n = len(list(SAMPLES.glob("[0-9]*.md")))
    assert r.returncode == 0 and f"ingested {n}" in r.stdout and "duplicates 0" in r.stdout, r.stdout
    with open_store(db) as store:
        docs = store.documents_frame()
    from_snapshot = docs[docs["path"].str.startswith("snapshot:")]
    assert len(from_snapshot) == imported and from_snapshot["id"].str.startswith("snapshot:").all()
    assert (from_snapshot["path"] == f"snapshot:{tampered.name}").all()
    assert counts(db)["integrity"] == "ok"


def test_a_valid_snapshot_round_trips(snapshot, tmp_path):
    shutil.copy(snapshot, tmp_path / "v.html")
    with open_store(tmp_path / "s.db") as store:
        added, dup = import_snapshot(tmp_path / "v.html", store)
        rel = store.relations_frame()
    assert added > 0 and dup == 0 and (rel["method"] == "snapshot").all() if "method" in rel else added > 0
    data = parse_snapshot(snapshot.read_text(encoding="utf-8"))
    assert json.loads(json.dumps(_first_evidence(data)))  # the fixture is the shape the edits above assume
