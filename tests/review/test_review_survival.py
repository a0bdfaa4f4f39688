"""Decisions survive what happens to the extraction: re-ingest, a new extractor, a colleague's store."""

from __future__ import annotations

import json
import multiprocessing
import shutil

import pytest

from explorer.errors import ExplorerError
from explorer.extract import lexicon
from explorer.graph.build import build_view
from explorer.graph.spec import ViewSpec
from explorer.review import api, log
from explorer.review.decisions import Decision
from explorer.review.reextract import reextract
from explorer.store import open_store
from tests.review.conftest import find, ingest_articles

LAVROV, ZARIF = "person:sergei-lavrov", "person:mohammad-javad-zarif"


def view_of(store, **spec):
    c = api.reviewed(store)
    G = build_view(c.relations, c.entities, ViewSpec(**spec))
    return sorted((u, v, d["type"], d.get("review"), d.get("date")) for u, v, d in G.edges(data=True))


def review_some(store) -> dict[str, str]:
    c = api.reviewed(store)
    ids = {"phones": find(c, LAVROV, "phones", ZARIF), "opposes": find(c, "state:tur", "opposes"),
           "un": find(c, ZARIF, "holds_role_in", "state:irn")}
    api.verdict(store, [ids["phones"], ids["opposes"]], "confirm", reviewer="ann")
    api.verdict(store, [ids["un"]], "reject", reviewer="ann")
    api.entity_decision(store, "rename", ZARIF, {"name": "Javad Zarif"}, reviewer="ann")
    undated = store.documents_frame().query("date.isna()").iloc[0]["id"]
    api.document_decision(store, "set_date", undated, {"date": "2016-05-02"}, reviewer="ann")
    return ids


@pytest.fixture
def edited_lexicon(tmp_path, monkeypatch):
    """A copy of the lexicons where 'telephoned' is no longer a trigger of `phones`."""
    folder = tmp_path / "lexicon"
    shutil.copytree(lexicon.LEXICON_DIR, folder)
    en = folder / "en.yaml"
    text = en.read_text(encoding="utf-8")
    assert " telephoned," in text
    en.write_text(text.replace(" telephoned,", "", 1), encoding="utf-8")

    def use_edited():
        monkeypatch.setattr(lexicon, "LEXICON_DIR", folder)
        lexicon.load_lexicon.cache_clear()

    yield use_edited
    monkeypatch.undo()
    lexicon.load_lexicon.cache_clear()


def test_reextract_keeps_decisions_that_still_apply_and_reports_the_others(store, edited_lexicon, monkeypatch):
    original = lexicon.LEXICON_DIR
    ids = review_some(store)
    before = view_of(store)
    same = reextract(store)
    assert same.kept == same.decisions == 5 and same.orphaned == []
    assert view_of(store) == before

    edited_lexicon()
    changed = reextract(store)
    assert [o["target"] for o in changed.orphaned] == [ids["phones"]]
    assert changed.kept == 4 and "no longer find their target" in changed.to_text()
    c = api.reviewed(store)
    states = c.relations.set_index("rid")["review"]
    assert states[ids["opposes"]] == "confirmed" and states[ids["un"]] == "rejected"
    assert len(log.read_log(store)) == 5  # nothing dropped from the log

    monkeypatch.setattr(lexicon, "LEXICON_DIR", original)
    lexicon.load_lexicon.cache_clear()
    back = reextract(store)
    assert back.orphaned == [] and view_of(store) == before  # the decision applies again


def test_reingest_into_a_new_store_and_import_gives_the_same_views(store, tmp_path):
    review_some(store)
    exported = tmp_path / "log.jsonl"
    exported.write_text("".join(line + "\n" for line in log.export_lines(store)), encoding="utf-8")
    fresh = tmp_path / "fresh.db"
    ingest_articles(fresh)
    with open_store(fresh) as other:
        report = log.import_log(other, exported, check=lambda ds: api.check_targets(other, ds))
        assert (report.added, report.duplicates, report.conflicts) == (5, 0, [])
        for spec in ({}, {"reviewed": "all"}, {"reviewed": "confirmed"}, {"include_undated": False}):
            assert view_of(other, **spec) == view_of(store, **spec)
        again = log.import_log(other, exported)
        assert (again.added, again.duplicates) == (0, 5)


def test_import_keeps_conflicts_and_the_later_wins(store, tmp_path):
    rid = find(api.reviewed(store), "state:tur", "opposes")
    log.append(store, [Decision("confirm", rid, {}, "ann", "2026-12-01T10:00:00.000000Z")])
    theirs = tmp_path / "bob.jsonl"
    lines = [Decision("reject", rid, {}, "bob", "2026-12-02T10:00:00.000000Z", "not a statement of opposition"),
             Decision("confirm", rid, {}, "carol", "2026-11-30T09:00:00.000000Z")]
    theirs.write_text("".join(json.dumps(d.to_json()) + "\n" for d in lines), encoding="utf-8")
    report = log.import_log(store, theirs)
    assert report.added == 1 and report.duplicates == 1  # carol's confirm only repeats ann's
    [conflict] = report.conflicts
    assert conflict["winner"] == "theirs" and conflict["theirs_by"] == "bob"
    assert "conflict on verdict" in report.to_text()
    assert api.reviewed(store).relations.set_index("rid").loc[rid, "review"] == "rejected"
    assert [d.reviewer for d in log.read_log(store)] == ["ann", "bob"]


def test_malformed_log_lines_change_nothing(store, tmp_path):
    rid = find(api.reviewed(store), "state:tur", "opposes")
    good = json.dumps(Decision("confirm", rid, {}, "ann", "2026-12-01T10:00:00Z").to_json())
    for bad, message in (("{not json", ":2: not a JSON line"),
                         (json.dumps({"action": "confirm", "target": rid, "reviewer": "x"}), ":2: field 'at'"),
                         (json.dumps({"at": "2026-12-01T10:00:00Z", "reviewer": "x", "action": "smash",
                                      "target": rid}), ":2: no review action 'smash'")):
        path = tmp_path / "bad.jsonl"
        path.write_text(good + "\n" + bad + "\n", encoding="utf-8")
        with pytest.raises(ExplorerError, match=message):
            log.import_log(store, path)
    unknown = tmp_path / "unknown.jsonl"
    unknown.write_text(good + "\n" + good.replace(rid, "r-ffffffffffffffff") + "\n", encoding="utf-8")
    with pytest.raises(ExplorerError, match="no relation 'r-ffffffffffffffff'"):
        log.import_log(store, unknown, check=lambda ds: api.check_targets(store, ds))
    assert log.read_log(store) == []


def _writer(db: str, who: str, ids: list[str], n: int) -> None:
    with open_store(db) as s:
        for i in range(n):
            log.append(s, [Decision("confirm" if i % 2 else "reject", ids[i % len(ids)], {}, who, "", f"{who} {i}")])


def test_two_writer_processes_lose_nothing(db):
    with open_store(db) as s:
        ids = list(api.reviewed(s).relations["rid"])
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(str(db), who, ids, 60)) for who in ("ann", "bob")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    with open_store(db) as s:
        notes = {d.note for d in log.read_log(s)}
    assert len(notes) == 120 and {f"ann {i}" for i in range(60)} | {f"bob {i}" for i in range(60)} == notes
