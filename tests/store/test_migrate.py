"""`explorer migrate`: a store copied SQLite -> PostgreSQL -> SQLite comes back the same, counted on both sides."""

from __future__ import annotations

import pytest
from store_stub import extraction

from explorer.cli import main
from explorer.errors import ExplorerError
from explorer.store import open_store
from explorer.store.copy import copy_store


def _everything(target) -> dict[str, set]:
    with open_store(target, readonly=True) as store:
        return {t: set(store.query(f'SELECT * FROM "{t}"')) for t in store.tables() if t != "schema_version"}


def _fill(target) -> None:
    with open_store(target) as store:
        store.add([extraction(i) for i in range(40)])
        store.save_positions({"state:beta1": (0.25, -1.0)})
        store.set_meta("note", "مرحبا")


def test_sqlite_to_postgresql_and_back_keeps_every_row(tmp_path, pg_url, capsys):
    src, back = tmp_path / "src.db", tmp_path / "back.db"
    _fill(src)
    assert main(["migrate", str(src), pg_url]) == 0
    out = capsys.readouterr().out
    assert "40 documents" in out and "120 mentions" in out and "40 relations" in out and "1 positions" in out
    assert main(["migrate", pg_url, str(back)]) == 0
    assert _everything(back) == _everything(src)
    with open_store(pg_url) as store:  # ids continue after the copied ones
        store.add([extraction(40)])
        assert store.query_one("SELECT max(id) FROM relations")[0] == 41


def test_migrate_refuses_a_destination_that_holds_articles(target, tmp_path, capsys):
    src = tmp_path / "src.db"
    _fill(src)
    with open_store(target) as store:
        store.add([extraction(100)])
    assert main(["migrate", str(src), target]) == 2
    err = capsys.readouterr().err
    assert "already holds 1 documents" in err and "empty store" in err


def test_a_copy_whose_counts_differ_is_an_error_and_is_not_kept(target, tmp_path, monkeypatch):
    src = tmp_path / "src.db"
    _fill(src)
    with open_store(src, readonly=True) as source, open_store(target) as dest:
        real = type(source).iter_rows

        def lossy(self, table, columns, chunk=5000):  # a copy that loses one mention on the way
            for i, rows in enumerate(real(self, table, columns, chunk)):
                yield rows[1:] if table == "mentions" and i == 0 else rows

        monkeypatch.setattr(type(source), "iter_rows", lossy)
        with pytest.raises(ExplorerError, match=r"mentions 120 in the source, 119 in the copy.*nothing was kept"):
            copy_store(source, dest)
        assert dest.stats()["documents"] == 0
