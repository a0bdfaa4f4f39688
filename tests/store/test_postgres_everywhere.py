"""Every command and the dashboard on a PostgreSQL store, given by --db or by DIPLOGRAPH_DB."""

from __future__ import annotations

import json

import pytest
from store_stub import write_corpus

from explorer.cli import main
from explorer.store import open_store
from tests.app.handmade import build_store, run_app


@pytest.fixture
def fresh_caches():
    import streamlit as st

    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_data.clear()
    st.cache_resource.clear()


def test_the_dashboard_reads_a_postgresql_store_like_a_file(pg_url, tmp_path, monkeypatch, fresh_caches):
    sqlite_file = build_store(tmp_path / "same.db")
    build_store(pg_url)
    pages = {}
    for name, target in (("sqlite", str(sqlite_file)), ("postgresql", pg_url)):
        monkeypatch.setenv("DIPLOGRAPH_DB", target)
        import streamlit as st

        st.cache_data.clear()
        st.cache_resource.clear()
        at = run_app()
        tables = [h.proto.body for h in at.get("html") if 'class="dg"' in h.proto.body]
        pages[name] = (tables[-1].count("<tr>"), [m.value for m in at.get("metric")])
    assert pages["postgresql"] == pages["sqlite"] and pages["sqlite"][0] > 1
    assert list(tmp_path.iterdir()) == [sqlite_file]  # the URL made no file


def test_ingest_stats_export_and_review_take_a_postgresql_url(pg_url, tmp_path, capsys):
    corpus = write_corpus(tmp_path / "corpus", range(30))
    assert main(["ingest", str(corpus), "--db", pg_url, "--quiet", "--workers", "1"]) == 0
    assert main(["ingest", str(corpus), "--db", pg_url, "--quiet", "--workers", "1"]) == 0  # all duplicates
    capsys.readouterr()
    assert main(["stats", "--db", pg_url, "--format", "json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["documents"] == 30
    out = tmp_path / "view.json"
    assert main(["export", "--db", pg_url, "--format", "json", "--out", str(out)]) == 0
    assert out.exists() and json.loads(out.read_text(encoding="utf-8"))
    assert main(["review", "list", "--db", pg_url, "--format", "json"]) == 0
    with open_store(pg_url, readonly=True) as store:
        assert store.stats()["documents"] == 30

