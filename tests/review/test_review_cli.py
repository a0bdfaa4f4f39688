"""`python -m explorer review ...` and `reextract` as a user meets them: ids, states, one-line errors."""

from __future__ import annotations

import json

from tests.review.conftest import cli, cli_process

LAVROV, KERRY, ZARIF = "person:sergei-lavrov", "person:john-kerry", "person:mohammad-javad-zarif"


def listing(db, *extra) -> list[dict]:
    r = cli("review", "list", "--db", db, "--format", "json", *extra)
    assert r.returncode == 0, r.stderr
    return [json.loads(line) for line in r.stdout.splitlines()]


def one(rows, source, type_, target=None) -> str:
    [row] = [r for r in rows if r["source"] == source and r["type"] == type_ and target in (None, r["target"])]
    return row["id"]


def test_list_confirm_reject_with_states_and_notes(db):
    rows = listing(db)
    assert rows and all({"id", "source", "target", "type", "state", "confidence"} <= set(r) for r in rows)
    assert {r["state"] for r in rows} == {"unreviewed"}
    un, phones = one(rows, ZARIF, "holds_role_in", "state:irn"), one(rows, LAVROV, "phones", KERRY)
    r = cli("review", "reject", un, "--note", "disputed office", "--reviewer", "ann", "--db", db)
    assert r.returncode == 0 and f"reject {un}" in r.stdout
    assert cli("review", "confirm", phones, "--db", db, "--reviewer", "ann").returncode == 0
    assert [x["id"] for x in listing(db, "--state", "rejected")] == [un]
    assert [x["id"] for x in listing(db, "--state", "confirmed")] == [phones]
    assert len(listing(db, "--state", "unreviewed")) == len(rows) - 2
    stats = json.loads(cli("stats", "--db", db, "--format", "json").stdout)
    assert stats["review"]["rejected"] == 1 and stats["precision_by_type"]["holds_role_in"] == {
        "precision": 0.0, "confirmed": 0, "rejected": 1}
    assert stats["precision_by_type"]["phones"]["precision"] == 1.0


def test_unknown_id_is_one_clear_line_and_changes_nothing(db):
    rows = listing(db)
    r = cli("review", "confirm", rows[0]["id"], "r-0000000000000000", "--db", db)
    assert r.returncode == 2 and r.stderr.strip() == (
        "error: no relation 'r-0000000000000000' in the store; `review list` shows the ids")
    assert cli("review", "export", "--db", db).stdout == ""
    r = cli("review", "list", "--db", db, "--state", "maybe")
    assert r.returncode == 2 and "no review state 'maybe'" in r.stderr


def test_every_other_decision_kind(db):
    rows = listing(db)
    meets = one(rows, LAVROV, "meets", "person:staffan-de-mistura")
    assert cli("review", "type", meets, "negotiates_with", "--db", db).returncode == 0
    assert cli("review", "ends", meets, "--reverse", "--db", db).returncode == 0
    turkey = one(rows, "state:tur", "opposes")
    assert cli("review", "ends", turkey, "--target", "Russia", "--db", db).returncode == 0
    assert cli("review", "merge", "Zarif", "John Kerry", "--db", db).returncode == 0
    assert cli("review", "split", ZARIF, "--db", db).returncode == 0
    assert cli("review", "rename", ZARIF, "--name", "Javad Zarif", "--name-ar", "جواد ظريف", "--db", db).returncode == 0
    assert cli("review", "alias", ZARIF, "Iran's top diplomat", "--db", db).returncode == 0
    assert cli("review", "kind", "state:tur", "organization", "--db", db).returncode == 0
    doc = next(r["doc_id"] for r in rows if r["date"] is None)
    assert cli("review", "date", doc[:12], "2016-05", "--db", db).returncode == 0
    assert cli("review", "title", doc[:12], "A dated note", "--db", db).returncode == 0
    assert cli("review", "outlet", doc[:12], "Field notes", "--db", db).returncode == 0
    sentences = cli("review", "sentences", doc[:12], "--db", db).stdout.splitlines()
    start, end, text = sentences[0].split("\t")
    assert text.startswith("Syrian opposition negotiator Mohammed Alloush met")
    r = cli("review", "add", doc[:12], start, end, "person:mohammed-alloush", "supports", "state:tur", "--db", db)
    assert r.returncode == 0, r.stderr
    after = {r["id"]: r for r in listing(db)}
    assert (after[meets]["type"], after[meets]["source"]) == ("negotiates_with", "person:staffan-de-mistura")
    assert after[turkey]["target"] == "state:rus"
    added = [r for r in after.values() if r["method"] == "hand"]
    assert len(added) == 1 and added[0]["state"] == "confirmed" and added[0]["date"] == "2016-05-01"
    assert cli("review", "exclude", doc[:12], "--db", db).returncode == 0
    assert not any(r["doc_id"] == doc for r in listing(db))
    assert cli("review", "include", doc[:12], "--db", db).returncode == 0
    exported = cli("review", "export", "--db", db).stdout.splitlines()
    assert [json.loads(x)["action"] for x in exported] == [
        "set_type", "set_ends", "set_ends", "merge", "split", "rename", "alias", "set_kind", "set_date",
        "set_title", "set_outlet", "add_relation", "exclude", "include"]


def test_export_import_between_stores_and_reviewed_exports(db, tmp_path, template_db):
    import shutil

    rows = listing(db)
    phones = one(rows, LAVROV, "phones", KERRY)
    cli("review", "confirm", phones, "--db", db)
    cli("review", "reject", one(rows, ZARIF, "holds_role_in", "state:irn"), "--db", db)
    out = tmp_path / "ann.jsonl"
    assert cli("review", "export", "--db", db, "--out", out).returncode == 0
    other = tmp_path / "other.db"
    shutil.copy(template_db, other)
    r = cli("review", "import", out, "--db", other)
    assert r.returncode == 0 and r.stdout.startswith("2 decisions added, 0 already in the log, 0 conflicts")
    assert listing(other) == listing(db)
    assert "0 decisions added, 2 already" in cli("review", "import", out, "--db", other).stdout
    bad = tmp_path / "bad.jsonl"
    bad.write_text(out.read_text() + "{oops\n")
    r = cli("review", "import", bad, "--db", other)
    assert r.returncode == 2 and r.stderr.strip().startswith(f"error: {bad}:3: not a JSON line")

    csv = tmp_path / "events.csv"
    assert cli("export", "--format", "events", "--db", db, "--reviewed", "confirmed", "--out", csv).returncode == 0
    [written] = tmp_path.glob("events*.csv")
    lines = written.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and lines[0].endswith("review,relation_id") and lines[1].endswith(f"confirmed,{phones}")
    gml = tmp_path / "all.graphml"
    assert cli("export", "--format", "graphml", "--db", db, "--reviewed", "all", "--out", gml).returncode == 0
    text = gml.read_text(encoding="utf-8")
    # Lavrov–Kerry is one link of a confirmed call and an unreviewed meeting: "mixed", with its counts
    assert 'attr.name="review"' in text and ">rejected<" in text and ">mixed<" in text


def test_reextract_reports(db):
    rows = listing(db)
    cli("review", "confirm", rows[0]["id"], "--db", db)
    r = cli_process("reextract", "--db", db)
    assert r.returncode == 0, r.stderr
    assert "re-extracted 3 documents" in r.stdout and "1 review decisions: 1 still apply, 0 no longer" in r.stdout
    assert listing(db)[0]["state"] == "confirmed"


def test_snapshot_evidence_carries_document_and_review_state(db, tmp_path):
    from explorer.render.snapshot import parse_snapshot

    rows = listing(db)
    rejected = one(rows, ZARIF, "holds_role_in", "state:irn")
    cli("review", "reject", rejected, "--db", db)
    doc = next(r["doc_id"] for r in rows if r["source"] == "state:tur")
    cli("review", "date", doc[:12], "2016-03-04", "--db", db)
    out = tmp_path / "view.html"
    assert cli("export", "--format", "html", "--db", db, "--reviewed", "all", "--out", out).returncode == 0
    data = parse_snapshot(out.read_text(encoding="utf-8"))
    docs = [dict(zip(data["docs"]["fields"], r, strict=True)) for r in data["docs"]["rows"]]
    geneva = next(d for d in docs if d["id"] == doc)
    assert (geneva["title"], geneva["source"], geneva["url"], geneva["date"]) == (
        "Lavrov and Kerry meet in Geneva on the Syrian truce", "Test desk", "https://example.org/geneva-talks",
        "2016-03-04")
    fields = data["evidence_fields"]
    at = data["edges"]["fields"].index("evidence")
    states = {dict(zip(fields, ev, strict=True))["review"] for e in data["edges"]["rows"] for ev in e[at]}
    assert states == {"rejected", "unreviewed"}
    out2 = tmp_path / "published.html"
    cli("export", "--format", "html", "--db", db, "--reviewed", "confirmed", "--out", out2)
    assert parse_snapshot(out2.read_text(encoding="utf-8"))["edges"]["rows"] == []
