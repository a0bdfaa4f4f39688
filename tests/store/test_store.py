"""The store interface, run on both backends: idempotent writes, all-or-nothing batches, migrations, layout."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
from store_stub import extraction

from explorer.errors import ExplorerError
from explorer.ingest.document import make_document
from explorer.records import Entity, Extraction, Mention, Relation
from explorer.store import open_store
from explorer.store.schema import MIGRATIONS, latest, split_statements


def _extraction(text: str, date: str = "2016-07-15") -> Extraction:
    doc = make_document(text, path="a.txt", title="t", date=date, lang="en")
    ents = [Entity("person:a", "A", "person", mentions=[Mention("A", 0, 1)]),
            Entity("state:b", "B", "state", mentions=[Mention("B", 6, 7)])]
    rels = [Relation("person:a", "state:b", "visits", text, 0, len(text), date, 0.8)]
    return Extraction(doc, ents, rels)


def test_second_ingest_of_the_same_article_adds_nothing(target):
    with open_store(target) as store:
        assert store.add([_extraction("A went B.")]) == (1, 0)
        # the same article with other white space is the same document
        assert store.add([_extraction("A  went\nB.")]) == (0, 1)
        st = store.stats()
        assert (st["documents"], st["relations"], st["actors"]) == (1, 1, 2)


def test_the_same_article_twice_in_one_batch_is_stored_once(target):
    with open_store(target) as store:
        assert store.add([extraction(1), extraction(2), extraction(1)]) == (2, 1)
        assert store.stats()["relations"] == 2


def test_failed_batch_leaves_nothing_behind(target):
    with open_store(target) as store:
        good = _extraction("A went B.")
        bad = _extraction("A went to B again.")
        bad.relations.append(None)  # a bug mid-batch
        with pytest.raises(AttributeError):
            store.add([good, bad])
        assert store.stats()["documents"] == 0
        assert store.add([good]) == (1, 0)


def test_readonly_store_that_does_not_exist_says_what_to_do(target):
    with pytest.raises(ExplorerError, match="ingest"):
        open_store(target, readonly=True)


def test_a_readonly_store_refuses_writes(target):
    open_store(target).close()
    with open_store(target, readonly=True) as store, pytest.raises(RuntimeError, match="read-only"):
        store.add([extraction(1)])


def test_what_is_stored_reads_back_the_same_on_both_backends(target):
    doc = make_document("Alpha met\x00Beta «in» 100% of cases.", path="p.txt", title="T", date="2016-07", lang="en",
                        date_precision="month")
    with open_store(target) as store:
        store.add([Extraction(doc, [], []), extraction(3)])
    with open_store(target, readonly=True) as store:
        back = store.document(doc.id)
        assert back.date_precision == "month" and back.date == "2016-07" and back.title == "T"
        assert len(back.text) == len(doc.text)  # PostgreSQL cannot hold NUL: replaced one for one, offsets hold
        assert back.text.replace("\ufffd", "\x00") == doc.text
        assert sorted(store.documents_frame()["date_precision"]) == ["day", "month"]
        # `?` placeholders everywhere; a literal % or ? inside quotes stays as it is
        assert store.query("SELECT count(*) FROM documents WHERE text LIKE ?", ("%(article 3)%",)) == [(1,)]
        assert store.query_one("SELECT '100%?' FROM documents WHERE id = ?", (doc.id,)) == ("100%?",)
        rel = store.relations_frame()
        assert rel[["source", "target", "type"]].values.tolist() == [["person:alpha", "state:beta3", "meets"]]
        ents = store.entities_frame()
        assert dict(zip(ents["id"], ents["mentions"], strict=True)) == {
            "person:alpha": 1, "place:gamma": 1, "state:beta3": 1}
        mentions = store.mentions_frame("state:beta3")
        at = extraction(3).document.text.index("Beta3")
        assert mentions[["start", "end", "text"]].values.tolist() == [[at, at + 5, "Beta3"]]


def test_version_changes_with_every_write_and_only_then(target):
    with open_store(target) as store:
        v0 = store.version()
        assert store.version() == v0
        store.add([extraction(1)])
        v1 = store.version()
        assert v1 != v0
        store.add([extraction(1)])  # nothing new, but a reader may re-read: it must never miss a change
        store.add([extraction(2)])
        v2 = store.version()
        assert v2 not in (v0, v1)
        store.save_positions({"state:beta2": (1.0, 2.0)})  # the layout is no data a view is built from
        assert store.version() == v2


def test_version_changes_when_an_extraction_is_replaced(target):
    """Re-extraction deletes a document's relations and writes new ones, whose ids SQLite may hand out again
    (the same count, the same largest id): the version must change all the same, or the dashboard keeps its
    old relations and reads each one's sentence from the new row that took its id."""
    with open_store(target) as store:
        first = _extraction("A went B.")
        store.add([first])
        v0 = store.version()
        other = Extraction(first.document, first.entities,
                           [Relation("state:b", "person:a", "meets", "A went B.", 0, 9, "2016-07-15", 0.7)])
        with store.transaction():
            keys = store.delete_extraction_rows([first.document.id])
            store.write_extraction_rows([other], keys)
        assert store.stats()["relations"] == 1
        assert store.version() != v0


def test_positions_and_meta_are_kept_and_replaced(target):
    with open_store(target) as store:
        assert store.load_positions() == {}
        store.save_positions({"state:b": (1.5, -2.0), "person:a": [0, 0]})
        store.save_positions({"state:b": (3.0, 4.0)})
        store.set_meta("k", "one")
        store.set_meta("k", "two")
    with open_store(target, readonly=True) as store:
        assert store.load_positions() == {"state:b": (3.0, 4.0), "person:a": (0.0, 0.0)}
        assert store.get_meta("k") == "two" and store.get_meta("missing") is None


def test_migrations_are_applied_once_and_recorded(target):
    with open_store(target) as store:
        assert store.schema_version() == latest(store.dialect)
        assert store.query("SELECT version FROM schema_version ORDER BY version") == [
            (v,) for v in range(1, latest(store.dialect) + 1)]
    with open_store(target) as store:  # reopening applies nothing again
        assert len(store.query("SELECT version FROM schema_version")) == latest(store.dialect)


def test_two_processes_opening_a_new_store_at_once_both_succeed(target):
    code = "import sys; from explorer.store import open_store; open_store(sys.argv[1]).close(); print('ok')"
    procs = [subprocess.Popen([sys.executable, "-c", code, target], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for _ in range(3)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [o[0].strip() for o in outs] == ["ok"] * 3, [o[1] for o in outs]
    with open_store(target) as store:
        assert store.schema_version() == latest(store.dialect)


def test_a_store_newer_than_this_version_is_refused_by_name(target):
    with open_store(target) as store, store.transaction():
        store.execute("INSERT INTO schema_version(version, name, applied_at) VALUES (999, 'future', 'then')")
    with pytest.raises(ExplorerError, match="newer than this Diplograph"):
        open_store(target)


# -- SQLite only --------------------------------------------------------------------------------------------
def test_sqlite_store_is_wal_and_readable_while_open(tmp_path):
    path = tmp_path / "s.db"
    with open_store(path) as store:
        store.add([_extraction("A went B.")])
        mode = store.query_one("PRAGMA journal_mode")[0]
        assert mode == "wal"
        reader = sqlite3.connect(path)
        assert reader.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
        assert store.integrity() == "ok"


def test_a_schema_1_store_is_upgraded_in_place_and_keeps_its_articles(tmp_path):
    path = tmp_path / "old.db"
    con = sqlite3.connect(path)  # a store as the first Diplograph made it: no schema_version table
    for statement in split_statements((MIGRATIONS / "0001_initial.sqlite.sql").read_text(encoding="utf-8")):
        con.execute(statement)
    con.execute("INSERT INTO meta(key, value) VALUES ('schema_version', '1')")
    con.execute(
        "INSERT INTO documents(id, title, date, lang, text) VALUES ('d1', 'Old', '2015-07-14', 'en', 'A met B.')"
    )
    con.commit()
    con.close()
    with open_store(path) as store:
        assert store.schema_version() == latest("sqlite")
        assert "date_precision" in store.columns("documents")
        assert store.stats()["documents"] == 1
        assert store.document("d1").title == "Old"
        store.save_positions({"state:b": (1.5, -2.0)})
    with open_store(path, readonly=True) as store:
        assert store.load_positions() == {"state:b": (1.5, -2.0)}


def test_a_schema_4_store_loses_the_unused_relation_indexes_and_keeps_every_row(target, tmp_path):
    from explorer.store import schema

    with open_store(target) as store:
        store.add([extraction(1)])
        before = store.relations_frame().to_dict("records"), store.entities_frame().to_dict("records")
        with store.transaction():  # as a store made before migration 5 is
            store.execute("DELETE FROM schema_version WHERE version = 5")
            for name in ("date", "source", "target"):
                store.execute(f"CREATE INDEX relations_{name} ON relations({name})")
    with open_store(target) as store:
        assert store.schema_version() == schema.latest(store.dialect)
        if store.dialect == "sqlite":
            indexes = {r[0] for r in store.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
        else:
            indexes = {r[0] for r in store.query("SELECT indexname FROM pg_indexes WHERE tablename = 'relations'")}
        assert not indexes & {"relations_date", "relations_source", "relations_target"}
        assert (store.relations_frame().to_dict("records"), store.entities_frame().to_dict("records")) == before
        assert store.add([extraction(2)]) == (1, 0)


def test_someone_elses_sqlite_database_is_not_taken_over(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE invoices (n INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(ExplorerError, match="not a Diplograph store"):
        open_store(path)
    con = sqlite3.connect(path)
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master")] == ["invoices"]
    con.close()


def _add_as_schema_5(store, extractions) -> None:
    """Rows written as Diplograph wrote them before migration 6: mentions and relations keyed by the document's
    hash, no document keys, no mention counts."""
    with store.transaction():
        for ex in sorted(extractions, key=lambda ex: ex.document.id):
            d = ex.document
            store.execute("INSERT INTO documents(id, path, title, source, url, date, date_source, date_precision,"
                          " lang, text) VALUES (?,?,?,?,?,?,?,?,?,?)", (d.id, d.path, d.title, d.source, d.url,
                                                                        d.date, d.date_source, d.date_precision,
                                                                        d.lang, d.text))
            for e in ex.entities:
                store.execute("INSERT INTO entities(id, name, name_ar, kind, known, aliases) VALUES (?,?,?,?,?,?)"
                              " ON CONFLICT (id) DO NOTHING", (e.id, e.name, e.name_ar, e.kind, int(e.known), "[]"))
                for m in e.mentions:
                    store.execute('INSERT INTO mentions(doc_id, entity_id, start, "end", text) VALUES (?,?,?,?,?)',
                                  (d.id, e.id, m.start, m.end, m.text))
            for r in ex.relations:
                store.execute("INSERT INTO relations(doc_id, source, target, type, sentence, sent_start, sent_end,"
                              " date, confidence, method, trigger) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                              (d.id, r.source, r.target, r.type, r.sentence, r.start, r.end, r.date, r.confidence,
                               r.method, r.trigger))


def _answers(store) -> dict:
    from explorer.graph.corpus import Corpus
    from explorer.graph.spec import ViewSpec
    from explorer.graph.view import view

    shown = view(Corpus.from_store(store), ViewSpec())
    return {
        "relations": store.relations_frame().to_dict("records"),
        "entities": store.entities_frame().to_dict("records"),
        "mentions": store.mentions_frame().to_dict("records"),
        "beta3": store.mentions_frame("state:beta3").to_dict("records"),
        "documents": store.documents_frame(with_text=True).to_dict("records"),
        "stats": store.stats(),
        "nodes": sorted(shown.graph.nodes(data="mentions")),
        "edges": sorted((u, v, d["weight"]) for u, v, d in shown.graph.edges(data=True)),
    }


def test_a_schema_5_store_gets_document_keys_and_keeps_every_row(target, tmp_path, monkeypatch):
    from explorer.store import schema

    monkeypatch.setenv("DIPLOGRAPH_CACHE", "off")
    batch = [extraction(i) for i in range(12)]
    every = schema.migrations
    with monkeypatch.context() as m:  # a store as Diplograph made it before migration 6
        m.setattr(schema, "migrations", lambda dialect: every(dialect)[:5])
        m.setattr(schema, "latest", lambda dialect: 5)
        with open_store(target) as store:
            assert store.schema_version() == 5 and "doc_key" not in store.columns("mentions")
            _add_as_schema_5(store, batch)
    with open_store(tmp_path / "fresh.db") as fresh:  # the same articles stored by this version
        fresh.add(batch)
        expected = _answers(fresh)
    with open_store(target) as store:
        assert store.schema_version() == latest(store.dialect)
        assert {"doc_key"} <= set(store.columns("mentions")) & set(store.columns("relations"))
        assert _answers(store) == expected
        assert store.entities_frame().set_index("id")["mentions"].to_dict() == {
            "person:alpha": 12, "place:gamma": 12, **{f"state:beta{k}": 2 if k < 5 else 1 for k in range(7)}}
        assert store.add(batch[:3]) == (0, 3)  # stored articles stay a no-op
        assert _answers(store) == expected
        assert store.add([extraction(12)]) == (1, 0)
        assert store.entities_frame().set_index("id")["mentions"]["state:beta5"] == 2
        assert store.integrity() == "ok"
        if store.dialect == "sqlite":  # the rebuilt tables' old pages went back to the disk
            assert store.query_one("PRAGMA freelist_count")[0] == 0
