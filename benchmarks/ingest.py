"""Ingest benchmark: articles per second, and full ingest time over reading time.

Generates a synthetic corpus (benchmarks/synth.py: Arabic and English articles from the knowledge
base), then times

1. reading: every file read, decoded, dated and normalized (explorer.text.normalize), one process;
2. a full ingest into a fresh store with the real extractor, `--workers` processes;
3. the same ingest again (everything already stored: nothing is extracted twice).

and prints articles/s and the ratio full / reading. Targets (issue 6): at least 300 articles/s on 2
cores and a ratio under 5.

    python benchmarks/ingest.py                 # 10,000 articles
    python benchmarks/ingest.py --n 2000 --workers 2 --keep /tmp/corpus
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synth import generate  # noqa: E402
from explorer.ingest.readers import Failure, read_path  # noqa: E402
from explorer.ingest.run import ingest_paths  # noqa: E402
from explorer.store import open_store  # noqa: E402
from explorer.text.normalize import normalize  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Ingest benchmark on a synthetic corpus")
    ap.add_argument("--n", type=int, default=10_000, help="articles to generate (default 10,000)")
    ap.add_argument("--workers", type=int, default=None, help="extraction processes (default: one per core)")
    ap.add_argument("--batch-size", type=int, default=200)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--keep", type=Path, help="write the corpus and store here and keep them")
    ap.add_argument("--progress", action="store_true", help="show the progress line during the ingest")
    args = ap.parse_args(argv)

    base = args.keep or Path(tempfile.mkdtemp(prefix="diplograph-bench-"))
    corpus, db = base / "corpus", base / "bench.db"
    try:
        if corpus.exists():
            shutil.rmtree(corpus)
        db.unlink(missing_ok=True)
        t = time.perf_counter()
        paths = generate(args.n, corpus, seed=args.seed)
        t_gen = time.perf_counter() - t
        print(f"corpus: {len(paths)} articles in {t_gen:.1f} s ({sum(p.stat().st_size for p in paths) / 1e6:.1f} MB)")

        t = time.perf_counter()
        n_read = failed = 0
        for item in read_path(corpus):
            if isinstance(item, Failure):
                failed += 1
                continue
            normalize(item.text)
            n_read += 1
        t_read = time.perf_counter() - t
        print(f"read + normalize: {n_read} articles in {t_read:.2f} s ({n_read / t_read:.0f} articles/s, 1 process)")

        sample = [d for d in read_path(corpus) if not isinstance(d, Failure)][:500]
        from explorer.ingest.worker import default_extractor

        extract = default_extractor()
        c = time.process_time()
        for d in sample:
            extract(d)
        cpu_extract = (time.process_time() - c) / len(sample)
        print(f"extractor alone: {cpu_extract * 1000:.2f} ms CPU per article (sample of {len(sample)}, one process)")

        progress = None
        if args.progress:
            from explorer.ingest.progress import stderr_progress

            progress = stderr_progress()
        workers = args.workers or os.cpu_count()
        with open_store(db) as store:
            load_before = os.getloadavg()[0]
            t, c = time.perf_counter(), time.process_time()
            report = ingest_paths([corpus], store, workers=workers, batch_size=args.batch_size, progress=progress)
            t_full, cpu_main = time.perf_counter() - t, time.process_time() - c
            stats = store.stats()
            t = time.perf_counter()
            again = ingest_paths([corpus], store, workers=workers, batch_size=args.batch_size)
            t_again = time.perf_counter() - t
            integrity = store.integrity()
        print(f"full ingest: {report.ingested} articles in {t_full:.2f} s = {report.ingested / t_full:.0f}"
              f" articles/s ({workers} workers, os.cpu_count()={os.cpu_count()}); failed {len(report.failed)}")
        per = cpu_main / max(1, report.ingested)
        load = f"load average {load_before:.1f} before the run, {os.getloadavg()[0]:.1f} after"
        if workers > 1:
            print(f"main process (reading, skipping, writing): {per * 1000:.2f} ms CPU per article; {load}")
            cores = os.cpu_count() or 1
            print(f"idle-machine bound: {cores} cores / ({cpu_extract * 1000:.2f} + {per * 1000:.2f}) ms ="
                  f" {cores / (cpu_extract + per):.0f} articles/s; the pipeline alone (main process) could feed"
                  f" {1 / per:.0f} articles/s")
        else:
            print(f"one process (reading, extracting, writing): {per * 1000:.2f} ms CPU per article; {load}")
        print(f"store: {stats['documents']} documents, {stats['relations']} relations, {stats['entities']} entities,"
              f" {stats['undated_documents']} undated; integrity {integrity}")
        print(f"re-ingest (all stored): {again.duplicates} duplicates, {again.ingested} new in {t_again:.2f} s")
        ratio = t_full / t_read
        rate = report.ingested / t_full
        verdict = lambda ok: "OK" if ok else "MISSED"  # noqa: E731
        print(f"RESULT articles/s={rate:.0f} ratio(full/read)={ratio:.2f} "
              f"targets: >=300 articles/s {verdict(rate >= 300)}, ratio<5 {verdict(ratio < 5)}")
        return 0
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
