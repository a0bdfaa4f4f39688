"""Several writers, and writers killed with -9, on both backends: nothing lost, nothing twice, store intact."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_stub import write_corpus

from explorer.store import open_store

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def _writer(target: str, folder: Path, seconds: float, engine: str = "local") -> subprocess.Popen:
    """`store_stub.py` ingesting `folder` in its own process group (so a kill reaches its workers too)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(HERE)])}
    return subprocess.Popen([sys.executable, str(HERE / "store_stub.py"), target, str(folder), str(seconds), engine],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            start_new_session=True)


def _done(proc: subprocess.Popen) -> tuple[int, int, int]:
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err[-2000:]
    line = [ln for ln in out.splitlines() if ln.startswith("DONE")][-1]
    return tuple(int(x) for x in line.split()[1:])


def _counts(target: str) -> dict[str, int]:
    with open_store(target, readonly=True) as store:
        assert store.integrity() == "ok"
        one = lambda q: store.query_one(q)[0]  # noqa: E731
        return {
            "documents": one("SELECT count(*) FROM documents"),
            "distinct_texts": one("SELECT count(DISTINCT text) FROM documents"),
            "relations": one("SELECT count(*) FROM relations"),
            "distinct_relations": one("SELECT count(DISTINCT doc_id) FROM relations"),
            "mentions": one("SELECT count(*) FROM mentions"),
            "entities": one("SELECT count(*) FROM entities"),
            "docs_without_relation": one(
                "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM relations r WHERE r.doc_id = d.id)"),
        }


def _expected(n: int) -> dict[str, int]:
    """Every article once, each with its one relation and three mentions; Alpha, Gamma and seven Betas."""
    return {"documents": n, "distinct_texts": n, "relations": n, "distinct_relations": n, "mentions": 3 * n,
            "entities": 2 + min(n, 7), "docs_without_relation": 0}


@pytest.mark.slow
def test_two_writers_on_overlapping_folders_store_everything_once(target, tmp_path):
    a = write_corpus(tmp_path / "a", range(0, 120))
    b = write_corpus(tmp_path / "b", range(60, 180))  # 60 articles in both folders
    procs = [_writer(target, a, 0.01), _writer(target, b, 0.01)]
    (added_a, dup_a, failed_a), (added_b, dup_b, failed_b) = [_done(p) for p in procs]
    assert (failed_a, failed_b) == (0, 0)
    assert added_a + added_b == 180 and dup_a + dup_b == 60
    assert _counts(target) == _expected(180)


@pytest.mark.slow
def test_a_dask_writer_and_a_local_writer_together_store_everything_once(target, tmp_path):
    pytest.importorskip("distributed")
    a = write_corpus(tmp_path / "a", range(0, 80))
    b = write_corpus(tmp_path / "b", range(40, 120))
    procs = [_writer(target, a, 0.0, "dask"), _writer(target, b, 0.01)]
    results = [_done(p) for p in procs]
    assert sum(r[0] for r in results) == 120 and sum(r[1] for r in results) == 40
    assert _counts(target) == _expected(120)


@pytest.mark.slow
def test_kill_9_mid_ingest_then_rerun_loses_nothing_and_adds_nothing_twice(target, tmp_path):
    n = 300
    corpus = write_corpus(tmp_path / "corpus", range(n))
    open_store(target).close()
    proc = _writer(target, corpus, 0.03)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:  # kill once some batches are in, while more are being written
        with open_store(target, readonly=True) as store:
            if store.stats()["documents"] >= 40:
                break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)
    stored = _counts(target)
    assert 40 <= stored["documents"] < n, "the kill came too late to test anything"
    assert stored == _expected(stored["documents"])  # whole batches or nothing: no article without its relation
    added, dup, failed = _done(_writer(target, corpus, 0.0))
    assert (added, dup, failed) == (n - stored["documents"], stored["documents"], 0)
    assert _counts(target) == _expected(n)
