"""The pipeline: report, idempotent re-ingest, known documents never re-extracted, progress, parallel = serial."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from conftest import snapshot, write_corpus

from explorer.errors import ExplorerError
from explorer.ingest.progress import Progress, format_progress, stderr_progress
from explorer.ingest.readers import Failure, read_bytes
from explorer.ingest.run import IngestReport, ingest_documents, ingest_paths, load_parquet
from explorer.records import Document
from explorer.store import open_store


class Counting:
    """An in-process extractor that remembers which documents it saw."""

    def __init__(self, inner):
        self.inner, self.seen = inner, []

    def __call__(self, doc: Document):
        self.seen.append(doc.id)
        return self.inner(doc)


def test_report_of_the_fixture_folder(tmp_path, fixtures, stub):
    with open_store(tmp_path / "s.db") as store:
        report = ingest_paths([fixtures], store, extractor=stub, workers=1)
        assert report.ingested == store.stats()["documents"] == 25
        assert report.duplicates == 0 and not report.ok and len(report.failed) == 20
        assert report.undated == store.stats()["undated_documents"] == 4
        text = report.to_text().splitlines()
        assert len(text) == 22
        assert "FAILED " + str(fixtures / "broken.jsonl") + ":2: invalid JSON" in "\n".join(text)
        assert text[-2].startswith("ingested 25 (4 undated), duplicates 0, failed 20 in ")
        assert text[-1].startswith("dates: 4 undated") and "--date-from-path" in text[-1]
        assert store.integrity() == "ok"


def test_reingest_adds_nothing_and_extracts_nothing(tmp_path, stub):
    write_corpus(tmp_path / "c", 60)
    with open_store(tmp_path / "s.db") as store:
        first = Counting(stub)
        r1 = ingest_paths([tmp_path / "c"], store, extractor=first, workers=1)
        assert (r1.ingested, r1.duplicates, r1.ok) == (60, 0, True) and len(first.seen) == 60
        again = Counting(stub)
        r2 = ingest_paths([tmp_path / "c"], store, extractor=again, workers=1)
        assert (r2.ingested, r2.duplicates) == (0, 60) and again.seen == []
        write_corpus(tmp_path / "c", 5, start=60)
        more = Counting(stub)
        r3 = ingest_paths([tmp_path / "c"], store, extractor=more, workers=1)
        assert (r3.ingested, r3.duplicates) == (5, 60) and len(more.seen) == 5
        assert store.stats()["documents"] == 65


def test_the_same_article_twice_in_one_run_is_one_document(tmp_path, stub):
    write_corpus(tmp_path / "a", 3)
    write_corpus(tmp_path / "b", 3)  # the same three articles again
    with open_store(tmp_path / "s.db") as store:
        r = ingest_paths([tmp_path / "a", tmp_path / "b"], store, extractor=stub, workers=1)
        assert (r.ingested, r.duplicates) == (3, 3)


def test_an_extractor_error_fails_one_document_not_the_run(tmp_path, stub):
    write_corpus(tmp_path / "c", 4)
    (tmp_path / "c" / "bad.txt").write_text("This one makes the extractor EXPLODE.")
    with open_store(tmp_path / "s.db") as store:
        r = ingest_paths([tmp_path / "c"], store, extractor=stub, workers=1)
        assert r.ingested == 4 and len(r.failed) == 1
        assert r.failed[0].path.endswith("bad.txt")
        assert r.failed[0].reason.startswith("extraction failed: ValueError: stub extractor was told to explode")


def test_parallel_equals_serial(tmp_path, stub):
    write_corpus(tmp_path / "c", 240)
    with open_store(tmp_path / "one.db") as store:
        serial = ingest_paths([tmp_path / "c"], store, extractor=stub, workers=1, batch_size=50)
    with open_store(tmp_path / "two.db") as store:
        parallel = ingest_paths([tmp_path / "c"], store, extractor=stub, workers=2, batch_size=50)
    assert serial.ingested == parallel.ingested == 240
    assert snapshot(tmp_path / "one.db") == snapshot(tmp_path / "two.db")


def test_progress_reports(tmp_path, stub):
    write_corpus(tmp_path / "c", 30)
    seen: list[Progress] = []
    with open_store(tmp_path / "s.db") as store:
        ingest_paths([tmp_path / "c"], store, extractor=stub, workers=1, batch_size=7, progress=seen.append)
    assert seen and seen[-1].done and seen[-1].files_done == seen[-1].files_total == 30
    assert seen[-1].ingested == 30 and seen[-1].eta == 0.0 and seen[-1].fraction == 1.0
    assert [p.files_done for p in seen] == sorted(p.files_done for p in seen)
    assert all(p.bytes_total > 0 for p in seen)


def test_progress_printer_on_a_terminal_and_in_a_log():
    p = Progress(files_done=5, files_total=10, bytes_done=50, bytes_total=100, read=40, ingested=38, duplicates=2,
                 failed=1, elapsed=2.0)
    assert format_progress(p) == (
        "ingest  50% · 5/10 files · 40 articles (38 new, 2 duplicates, 1 failed) · 20 articles/s · ETA 0:02"
    )

    class Tty(io.StringIO):
        def isatty(self):
            return True

    tty = Tty()
    show = stderr_progress(tty, interval=0)
    show(p)
    show(Progress(10, 10, 100, 100, 80, 78, 2, 1, 4.0, done=True))
    out = tty.getvalue()
    assert out.startswith("\r") and out.count("\r") == 2 and out.endswith("done in 0:04\n")

    log = io.StringIO()
    show = stderr_progress(log, interval=60)
    show(p)
    show(p)  # within the interval: not printed
    show(Progress(10, 10, 100, 100, 80, 78, 2, 1, 4.0, done=True))
    assert log.getvalue().count("\n") == 1 and "\r" not in log.getvalue() and "done in" in log.getvalue()
    log = io.StringIO()
    show = stderr_progress(log, interval=0)
    show(p)
    assert log.getvalue() == format_progress(p) + "\n"


def test_progress_eta_without_files():
    p = Progress(0, 0, 0, 0, read=10, ingested=10, duplicates=0, failed=0, elapsed=1.0, total=40)
    assert p.fraction == 0.25 and p.eta == pytest.approx(3.0)
    assert Progress(0, 0, 0, 0, 1, 1, 0, 0, 1.0).eta is None


def test_uploads_in_memory(tmp_path, fixtures, stub):
    uploads = {p.name: p.read_bytes() for p in sorted(fixtures.iterdir()) if p.suffix in (".txt", ".html", ".rss")}
    items = [i for name, data in uploads.items() for i in read_bytes(name, data)]
    seen: list[Progress] = []
    with open_store(tmp_path / "s.db") as store:
        r = ingest_documents(items, store, extractor=stub, progress=seen.append, total=20)
        assert r.ingested == store.stats()["documents"] == 13
        assert {f.path for f in r.failed} == {"empty.txt", "whitespace_only.txt", "picture.txt", "greek.txt",
                                              "no_letters.txt", "page_scripts_only.html", "feed.rss"}
    assert seen[-1].done and seen[-1].total == 20


def test_to_parquet_then_load_equals_a_direct_ingest(tmp_path, fixtures, stub):
    with open_store(tmp_path / "direct.db") as store:
        direct = ingest_paths([fixtures], store, extractor=stub, workers=1)
    out = tmp_path / "parquet"
    with open_store(tmp_path / "unused.db") as store:
        written = ingest_paths([fixtures], store, extractor=stub, workers=1, to_parquet=out, batch_size=4)
        assert store.stats()["documents"] == 0  # nothing went to the store
    assert written.ingested == direct.ingested and len(written.failed) == len(direct.failed)
    assert {p.parent.name for p in out.rglob("*.parquet")} == {"lang=ar", "lang=en"}
    with open_store(tmp_path / "loaded.db") as store:
        loaded = load_parquet(out, store)
        assert loaded.ingested == direct.ingested and loaded.ok
        again = load_parquet(out, store)
        assert (again.ingested, again.duplicates) == (0, direct.ingested)
    assert snapshot(tmp_path / "direct.db") == snapshot(tmp_path / "loaded.db")


def test_writing_parquet_twice_rewrites_the_same_parts(tmp_path, stub):
    write_corpus(tmp_path / "c", 20)
    out = tmp_path / "pq"
    for _ in range(2):
        with open_store(tmp_path / "x.db") as store:
            ingest_paths([tmp_path / "c"], store, extractor=stub, workers=1, to_parquet=out)
    assert len(list(out.rglob("*.parquet"))) == 2  # one part per language, not four
    assert not list(out.rglob("*.tmp"))


def test_load_parquet_reports_missing_and_damaged_parts(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        assert load_parquet(tmp_path / "none", store).failed[0].reason == "no such folder"
        (tmp_path / "pq").mkdir()
        (tmp_path / "pq" / "part-x.parquet").write_bytes(b"not parquet")
        r = load_parquet(tmp_path / "pq", store)
        assert not r.ok and r.failed[0].reason.startswith("cannot read Parquet")


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"engine": "spark"}, "No engine 'spark'. Known engines: local, dask"),
        ({"batch_size": 0}, "batch_size must be at least 1"),
        ({"workers": -1}, "workers must be 0 or more"),
    ],
)
def test_bad_options_are_explained(tmp_path, stub, kwargs, message):
    with open_store(tmp_path / "s.db") as store, pytest.raises(ExplorerError, match=message):
        ingest_paths([tmp_path], store, extractor=stub, **kwargs)


def test_report_text_and_ok():
    r = IngestReport(ingested=3, duplicates=1, failed=[Failure("a.csv", 7, "row has 6 fields")], seconds=2.0)
    assert not r.ok and r.to_text() == (
        "FAILED a.csv:7: row has 6 fields\ningested 3, duplicates 1, failed 1 in 2.0 s (2 articles/s)"
    )
    assert IngestReport().ok


def test_default_extractor_is_the_real_one(tmp_path, fixtures):
    pytest.importorskip("explorer.extract.pipeline")
    with open_store(tmp_path / "s.db") as store:
        r = ingest_paths([fixtures / "ar_levant_dateline.txt", fixtures / "en_dateline.txt"], store, workers=1)
        assert r.ingested == 2 and r.ok
        rel = store.relations_frame()
        assert {"person:sergei-lavrov"} <= set(rel["source"]) | set(rel["target"])


def test_paths_may_be_strings(tmp_path, stub):
    write_corpus(tmp_path / "c", 2)
    with open_store(tmp_path / "s.db") as store:
        assert ingest_paths([str(tmp_path / "c")], store, extractor=stub, workers=1).ingested == 2


def test_ingest_never_reads_beyond_the_given_paths(tmp_path, stub):
    Path(tmp_path / "c").mkdir()
    with open_store(tmp_path / "s.db") as store:
        r = ingest_paths([tmp_path / "c"], store, extractor=stub, workers=1)
        assert (r.ingested, r.duplicates, r.failed) == (0, 0, [])


def test_a_worker_that_dies_costs_one_document(tmp_path, stub):
    write_corpus(tmp_path / "c", 150)
    (tmp_path / "c" / "00070-killer.txt").write_text("This article KILLWORKER kills the worker process.")
    with open_store(tmp_path / "s.db") as store:
        r = ingest_paths([tmp_path / "c"], store, extractor=stub, workers=2, batch_size=40)
        assert r.ingested == store.stats()["documents"] == 150
        [f] = r.failed
        assert f.path.endswith("00070-killer.txt") and "worker process died" in f.reason
        assert store.integrity() == "ok"


def _long_article(folder: Path, name: str, marker: str = "") -> None:
    """A one-line article of ~210 kB (seven blocks); `marker` lands in its fourth block."""
    sentences = [f"Lavrov met the envoy in Geneva about Russia and Turkey, round {i}." for i in range(3000)]
    sentences[1500] += f" {marker}" if marker else ""
    (folder / name).write_text("MOSCOW, July 3, 2016 - " + " ".join(sentences), encoding="utf-8")


def test_a_long_article_split_over_the_pool_is_stored_as_one_extracted_in_one_process(tmp_path, stub):
    write_corpus(tmp_path / "c", 60)
    _long_article(tmp_path / "c", "00100-long.txt")
    with open_store(tmp_path / "one.db") as store:
        serial = ingest_paths([tmp_path / "c"], store, extractor=stub, workers=1, batch_size=20)
    with open_store(tmp_path / "two.db") as store:
        parallel = ingest_paths([tmp_path / "c"], store, extractor=stub, workers=2, batch_size=20)
    assert serial.ingested == parallel.ingested == 61 and serial.ok and parallel.ok
    assert snapshot(tmp_path / "one.db") == snapshot(tmp_path / "two.db")


@pytest.mark.parametrize("marker, reason", [("EXPLODE", "extraction failed"), ("KILLWORKER", "worker process died")])
def test_a_long_article_whose_block_fails_is_one_failure(tmp_path, stub, marker, reason):
    write_corpus(tmp_path / "c", 60)
    _long_article(tmp_path / "c", "00100-long.txt", marker)
    with open_store(tmp_path / "s.db") as store:
        r = ingest_paths([tmp_path / "c"], store, extractor=stub, workers=2, batch_size=20)
        assert r.ingested == store.stats()["documents"] == 60
        [f] = r.failed
        assert f.path.endswith("00100-long.txt") and reason in f.reason


@pytest.mark.slow
def test_a_pool_that_cannot_start_falls_back_to_this_process(tmp_path):
    """A script read from stdin cannot be re-imported by pool workers: the ingest still completes."""
    import subprocess
    import sys

    HERE = Path(__file__).resolve().parent  # not `from conftest import`: another folder's conftest may hold that name

    write_corpus(tmp_path / "c", 100)
    script = (
        f"import sys\nsys.path[:0] = [{str(HERE.parent.parent)!r}, {str(HERE)!r}]\n"
        "import ingest_stub\nfrom pathlib import Path\nfrom explorer.store import open_store\n"
        "from explorer.ingest.run import ingest_paths\n"
        f"r = ingest_paths([Path({str(tmp_path / 'c')!r})], open_store({str(tmp_path / 's.db')!r}),"
        " extractor=ingest_stub.extract, workers=2)\nprint(r.to_text())\n"
    )
    done = subprocess.run([sys.executable, "-"], input=script, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().startswith("ingested 100, duplicates 0, failed 0")
    assert "extracting in this process" in done.stderr
