"""The Dask engine runs the same pure extraction and gives the same store as one process."""

from __future__ import annotations

import pytest
from conftest import FIXTURES, snapshot, write_corpus

from explorer.ingest.run import ingest_paths, load_parquet
from explorer.store import open_store

pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dask") / "corpus"
    write_corpus(folder / "generated", 150)
    for p in FIXTURES.iterdir():  # every format and the hostile files too
        (folder / p.name).write_bytes(p.read_bytes())
    return folder


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory):
    import ingest_stub

    db = tmp_path_factory.mktemp("ref") / "one.db"
    with open_store(db) as store:
        report = ingest_paths([corpus], store, extractor=ingest_stub.extract, workers=1)
    return db, report


@pytest.mark.slow
def test_dask_local_cluster_equals_one_process(corpus, reference, tmp_path, stub):
    ref_db, ref = reference
    with open_store(tmp_path / "dask.db") as store:
        report = ingest_paths([corpus], store, extractor=stub, engine="dask", workers=2, batch_size=40)
    assert (report.ingested, len(report.failed)) == (ref.ingested, len(ref.failed))
    assert sorted(map(str, report.failed)) == sorted(map(str, ref.failed))
    assert snapshot(tmp_path / "dask.db") == snapshot(ref_db)


@pytest.mark.slow
def test_dask_scheduler_address_and_parquet(corpus, reference, tmp_path, stub):
    from distributed import LocalCluster

    ref_db, ref = reference
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        out = tmp_path / "parquet"
        with open_store(tmp_path / "unused.db") as store:
            written = ingest_paths([corpus], store, extractor=stub, engine="dask",
                                   scheduler=cluster.scheduler_address, to_parquet=out, batch_size=50)
            assert store.stats()["documents"] == 0
    assert written.ingested == ref.ingested
    with open_store(tmp_path / "loaded.db") as store:
        loaded = load_parquet(out, store)
    assert loaded.ingested == ref.ingested and loaded.ok
    assert snapshot(tmp_path / "loaded.db") == snapshot(ref_db)
