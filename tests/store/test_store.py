import sqlite3

from explorer.ingest.document import make_document
from explorer.records import Entity, Extraction, Mention, Relation
from explorer.store import open_store


def _extraction(text: str, date: str = "2016-07-15") -> Extraction:
    doc = make_document(text, path="a.txt", title="t", date=date, lang="en")
    ents = [Entity("person:a", "A", "person", mentions=[Mention("A", 0, 1)]),
            Entity("state:b", "B", "state", mentions=[Mention("B", 6, 7)])]
    rels = [Relation("person:a", "state:b", "visits", text, 0, len(text), date, 0.8)]
    return Extraction(doc, ents, rels)


def test_second_ingest_of_the_same_article_adds_nothing(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        assert store.add([_extraction("A went B.")]) == (1, 0)
        # the same article with other white space is the same document
        assert store.add([_extraction("A  went\nB.")]) == (0, 1)
        st = store.stats()
        assert (st["documents"], st["relations"], st["actors"]) == (1, 1, 2)


def test_store_is_wal_and_readable_while_open(tmp_path):
    path = tmp_path / "s.db"
    with open_store(path) as store:
        store.add([_extraction("A went B.")])
        mode = store.db.execute("PRAGMA journal_mode").fetchone()[0]
        assert mode == "wal"
        reader = sqlite3.connect(path)
        assert reader.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
        assert store.integrity() == "ok"


def test_failed_batch_leaves_nothing_behind(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        good = _extraction("A went B.")
        bad = _extraction("A went to B again.")
        bad.relations.append(None)  # a bug mid-batch
        try:
            store.add([good, bad])
        except Exception:
            pass
        assert store.stats()["documents"] == 0
        assert store.add([good]) == (1, 0)


def test_readonly_store_that_does_not_exist_says_what_to_do(tmp_path):
    import pytest

    from explorer.errors import ExplorerError

    with pytest.raises(ExplorerError, match="ingest"):
        open_store(tmp_path / "missing.db", readonly=True)


def test_a_schema_1_store_is_upgraded_in_place_and_keeps_its_articles(tmp_path):
    from explorer.store.schema import MIGRATIONS, latest, split_statements

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
