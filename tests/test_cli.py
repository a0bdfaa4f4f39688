"""The command line as a user meets it: commands, JSON contracts, one-line errors."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "explorer" / "samples"


def cli(*args, cwd=None, env=None):
    return subprocess.run([sys.executable, "-m", "explorer", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd or ROOT, env=env, timeout=300)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = tmp_path_factory.mktemp("cli") / "s.db"
    r = cli("ingest", SAMPLES, "--db", db, "--quiet")
    assert r.returncode == 0, r.stderr
    return db


def test_ingest_reports_and_is_idempotent(store):
    st = json.loads(cli("stats", "--db", store, "--format", "json").stdout)
    assert st["documents"] == len(list(SAMPLES.glob("*.md")))
    assert st["actors"] > 50 and st["relations"] > 100
    again = cli("ingest", SAMPLES, "--db", store, "--quiet")
    assert again.returncode == 0
    assert "ingested 0" in again.stdout and f"duplicates {st['documents']}" in again.stdout
    assert json.loads(cli("stats", "--db", store, "--format", "json").stdout) == st


def test_bad_file_is_named_and_the_rest_is_ingested(tmp_path):
    (tmp_path / "good.txt").write_text("التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأميركي جون كيري.",
                                       encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    r = cli("ingest", tmp_path, "--db", tmp_path / "s.db", "--quiet")
    assert r.returncode == 1
    assert "bad.txt" in r.stdout + r.stderr
    assert "Traceback" not in r.stderr
    st = json.loads(cli("stats", "--db", tmp_path / "s.db", "--format", "json").stdout)
    assert st["documents"] == 1


def test_extract_json_matches_the_contract():
    r = cli("extract", SAMPLES / "07-ar-2016-kerry-moscow-putin.md", "--format", "json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert list(out) == ["documents"]
    doc = out["documents"][0]
    assert list(doc) == ["id", "path", "title", "date", "lang", "entities", "relations"]
    assert doc["lang"] == "ar" and doc["date"] == "2016-07-16"
    ent = doc["entities"][0]
    assert list(ent) == ["id", "name", "name_ar", "kind", "aliases", "mentions"]
    assert list(ent["mentions"][0]) == ["text", "start", "end"]
    rel = doc["relations"][0]
    assert list(rel) == ["source", "target", "type", "sentence", "date", "confidence"]
    ids = {e["id"] for e in doc["entities"]}
    assert all(r["source"] in ids and r["target"] in ids for r in doc["relations"])


@pytest.mark.parametrize("args, words", [
    (("stats", "--db", "/nonexistent/dir/x.db"), "ingest"),
    (("export", "--type", "meet", "--db", "{db}"), "Known types: meets"),
    (("export", "--start", "2016-13-45", "--db", "{db}"), "not a date"),
    (("eval", "/nonexistent/gold.json"), "gold.json"),
])
def test_errors_are_one_line_without_traceback(store, args, words):
    r = cli(*[a.replace("{db}", str(store)) for a in args])
    assert r.returncode != 0
    assert words in r.stderr
    assert "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_export_html_snapshot_of_an_actor_view(store, tmp_path):
    r = cli("export", "--db", store, "--actor", "Sergei Lavrov", "--hops", "1", "--out-dir", tmp_path)
    assert r.returncode == 0, r.stderr
    path = Path(r.stdout.strip().splitlines()[-1])
    html = path.read_text(encoding="utf-8")
    assert path.parent == tmp_path and path.suffix == ".html"
    assert "Sergei Lavrov" in html or "سيرغي لافروف" in html
    again = cli("export", "--db", store, "--actor", "Sergei Lavrov", "--hops", "1", "--out-dir", tmp_path)
    assert again.returncode != 0 and "--overwrite" in again.stderr
