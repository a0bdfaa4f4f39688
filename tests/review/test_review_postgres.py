"""The review log on both backends of the one store interface: the same decisions give the same reviewed
corpus on SQLite and on PostgreSQL, and a log moves between them."""

from __future__ import annotations

import pytest

from explorer.review import api, log
from explorer.review.reextract import reextract
from explorer.store import open_store
from tests.review.conftest import ARTICLES, find

LAVROV, KERRY, ZARIF = "person:sergei-lavrov", "person:john-kerry", "person:mohammad-javad-zarif"


def fill(target) -> None:
    from explorer.ingest.run import ingest_paths

    with open_store(target) as store:
        assert ingest_paths(sorted(ARTICLES.glob("*.md")), store, workers=1).ingested == 3


def review(store) -> None:
    c = api.reviewed(store)
    api.verdict(store, [find(c, "state:tur", "opposes")], "reject", reviewer="ann", note="not opposition")
    api.verdict(store, [find(c, LAVROV, "phones", KERRY)], "confirm", reviewer="ann")
    api.entity_decision(store, "merge", ZARIF, {"into": KERRY}, reviewer="ann")
    undated = store.documents_frame().query("date.isna()").iloc[0]["id"]
    api.document_decision(store, "set_date", undated, {"date": "2016-05"}, reviewer="ann")


def shape(store):
    c = api.reviewed(store)
    rows = c.relations[["rid", "source", "target", "type", "review", "date"]]
    return sorted(map(tuple, rows.astype(object).where(rows.notna(), None).values.tolist()))


@pytest.mark.slow
def test_review_on_postgresql_matches_sqlite_and_moves_between_them(pg_url, tmp_path):
    lite = tmp_path / "s.db"
    fill(lite)
    fill(pg_url)
    with open_store(lite) as a, open_store(pg_url) as b:
        review(a)
        review(b)
        assert shape(a) == shape(b)
        assert [d.action for d in log.read_log(b)] == ["reject", "confirm", "merge", "set_date"]
        report = reextract(b, db_path=pg_url)
        assert report.orphaned == [] and report.kept == 4 and shape(b) == shape(a)
        out = tmp_path / "ann.jsonl"
        out.write_text("".join(line + "\n" for line in log.export_lines(a)), encoding="utf-8")
        again = log.import_log(b, out)
        assert again.added == 0 and again.duplicates == 4
