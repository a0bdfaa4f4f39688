"""Crash safety: kill -9 mid-ingest, run again: nothing lost, nothing twice, store intact; readers never blocked."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import HERE, snapshot, write_corpus

from explorer.ingest.readers import read_path
from explorer.ingest.run import ingest_paths
from explorer.store import open_store

ROOT = HERE.parent.parent
N = 400

DRIVER = """
import sys
sys.path[:0] = [{root!r}, {here!r}]
from pathlib import Path
import ingest_stub
from explorer.ingest.run import ingest_paths
from explorer.store import open_store
with open_store({db!r}) as store:
    r = ingest_paths([Path({corpus!r})], store, extractor=ingest_stub.Slow(0.02), workers=2, batch_size=20)
print("DONE", r.ingested, r.duplicates, len(r.failed), flush=True)
"""


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    con = sqlite3.connect(db, timeout=30)
    try:
        return con.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0
    finally:
        con.close()


def _descendants(pid: int) -> set[int]:
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
                parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                pass
    found, frontier = set(), {pid}
    while frontier:
        frontier = {p for p, pp in parents.items() if pp in frontier} - found
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat.rsplit(")", 1)[1].split()[0] != "Z"
    except (ProcessLookupError, FileNotFoundError):
        return False


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc").exists(), reason="needs /proc to find the worker processes")
def test_kill_9_at_any_point_then_rerun(tmp_path):
    corpus, db = tmp_path / "corpus", tmp_path / "killed.db"
    write_corpus(corpus, N)
    driver = DRIVER.format(root=str(ROOT), here=str(HERE), db=str(db), corpus=str(corpus))
    rng = random.Random(20240719)
    counts = []
    for attempt in range(4):
        before = _count(db)
        child = subprocess.Popen([sys.executable, "-c", driver], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if attempt == 0:
            time.sleep(rng.uniform(0.3, 1.5))  # anywhere: start-up, pool start, first batches
        else:  # once this run has written something, at a random moment of the writing
            deadline = time.monotonic() + 30
            while _count(db) <= before and child.poll() is None and time.monotonic() < deadline:
                time.sleep(0.02)
            time.sleep(rng.uniform(0.0, 0.25))
        family = _descendants(child.pid)
        child.send_signal(signal.SIGKILL)
        child.wait()
        # Pool workers notice that the ingest is gone and exit instead of lingering.
        deadline = time.monotonic() + 10
        while any(_alive(p) for p in family) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [p for p in family if _alive(p)], "worker processes outlived the killed ingest"
        counts.append(_count(db))
    print("documents stored after each kill:", counts)
    assert counts == sorted(counts) and counts[-1] < N, counts  # killed before the end, never going back
    assert any(0 < c < N for c in counts), counts

    done = subprocess.run([sys.executable, "-c", driver], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    ingested, duplicates, failed = map(int, done.stdout.split()[1:])
    assert failed == 0 and ingested + duplicates == N and duplicates == counts[-1]

    with open_store(tmp_path / "clean.db") as store:
        import ingest_stub

        ingest_paths([corpus], store, extractor=ingest_stub.extract, workers=1)
    assert snapshot(db) == snapshot(tmp_path / "clean.db")
    assert {d.id for d in read_path(corpus)} == {row[0] for row in snapshot(db)["documents"]}
    with open_store(db) as store:
        assert store.integrity() == "ok" and store.stats()["documents"] == N


@pytest.mark.slow
def test_the_dashboard_reads_while_an_ingest_writes(tmp_path):
    import ingest_stub

    write_corpus(tmp_path / "c", 300)
    db = tmp_path / "s.db"
    open_store(db).close()
    seen: list[tuple[int, int]] = []
    errors: list[BaseException] = []
    stop = threading.Event()

    def dashboard() -> None:
        reader = open_store(db, readonly=True)
        try:
            while not stop.is_set():
                s = reader.stats()
                seen.append((s["documents"], s["relations"]))
                reader.relations_frame()
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)
        finally:
            reader.close()

    t = threading.Thread(target=dashboard)
    t.start()
    try:
        with open_store(db) as store:
            r = ingest_paths([tmp_path / "c"], store, extractor=ingest_stub.Slow(0.003), workers=2, batch_size=20)
    finally:
        stop.set()
        t.join(30)
    assert not errors, errors
    assert r.ingested == 300
    assert seen == sorted(seen), "counts went backwards"
    assert len({docs for docs, _ in seen}) >= 3, "the reader never saw the ingest in progress"
    assert seen[-1][0] <= 300
