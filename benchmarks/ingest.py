"""Ingest benchmark: articles per second and peak memory, at several corpus sizes, and full ingest over reading.

Generates synthetic corpora (benchmarks/synth.py: Arabic and English articles from the knowledge base).
On the first size it times

1. reading: every file read, decoded, dated and normalized (explorer.text.normalize), one process;
2. a full ingest into a fresh store with the real extractor, `--workers` processes;
3. the same ingest again (everything already stored: nothing is extracted twice).

Then, for every size given with `--n`, a fresh ingest runs in a child process while this one samples the
resident memory of the ingest process and of its workers; it prints articles/s, the peak RSS, and the RSS
of the ingest process at each tenth of the run (flat when nothing accumulates). Targets: at least 300
articles/s on 2 cores and a full/read ratio under 5 (issue 6); at 100,000 articles the ingest process
under 1 GB and a rate within 20 % of the rate at 10,000 (issue 13).

    python benchmarks/ingest.py                         # 10,000 then 100,000 articles (long)
    python benchmarks/ingest.py --n 2000 20000 --workers 2 --keep /tmp/bench
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
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

MB = 1024 * 1024


def rss_mb(pid: int | str = "self") -> float:
    """Resident memory of one process now (0 when it is gone)."""
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / MB
    except (OSError, IndexError, ValueError):
        return 0.0


def tree(pid: int) -> set[int]:
    """`pid` and its descendants (the ingest process and its extraction workers)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                pass
    found, frontier = {pid}, {pid}
    while frontier:
        frontier = {p for p, pp in parents.items() if pp in frontier} - found
        found |= frontier
    return found


def child(corpus: Path, db: Path, workers: int, batch_size: int, total: int) -> int:
    """One fresh ingest; prints one JSON line: rate, CPU, and the RSS of this process at each tenth."""
    marks: list[tuple[int, float]] = []
    step = max(1, total // 10)

    def progress(p) -> None:
        if p.processed >= (len(marks) + 1) * step or p.done:
            marks.append((p.processed, round(rss_mb(), 1)))

    with open_store(db) as store:
        t, c = time.perf_counter(), time.process_time()
        report = ingest_paths([corpus], store, workers=workers, batch_size=batch_size, progress=progress)
        seconds, cpu = time.perf_counter() - t, time.process_time() - c
    print(json.dumps({
        "ingested": report.ingested, "failed": len(report.failed), "seconds": seconds, "cpu": cpu,
        "marks": marks, "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }))
    return 0


def measured_ingest(corpus: Path, db: Path, workers: int, batch_size: int, total: int) -> dict:
    """Run `child` in its own process and sample the memory of its whole process tree twice a second."""
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", str(corpus), str(db), "--workers", str(workers),
         "--batch-size", str(batch_size), "--n", str(total)], stdout=subprocess.PIPE, text=True,
    )
    peak_tree = 0.0
    while proc.poll() is None:
        peak_tree = max(peak_tree, sum(rss_mb(p) for p in tree(proc.pid)))
        time.sleep(0.5)
    out = proc.stdout.read()
    if proc.returncode:
        raise SystemExit(f"the ingest child failed with exit code {proc.returncode}")
    result = json.loads(out.strip().splitlines()[-1])
    result["peak_tree_mb"] = peak_tree
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Ingest benchmark on synthetic corpora")
    ap.add_argument("--n", type=int, nargs="+", default=[10_000, 100_000],
                    help="corpus sizes, smallest first (default 10000 100000)")
    ap.add_argument("--workers", type=int, default=None, help="extraction processes (default: one per core)")
    ap.add_argument("--batch-size", type=int, default=200)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--keep", type=Path, help="write the corpora and stores here and keep them")
    ap.add_argument("--store-only", action="store_true",
                    help="time only the store's writes: --n synthetic extractions into --db, no files, no extractor")
    ap.add_argument("--db", help="with --store-only: the store (a file or a postgresql:// URL; default a temp file)")
    ap.add_argument("--child", nargs=2, type=Path, metavar=("CORPUS", "DB"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    workers = args.workers or os.cpu_count() or 1
    if args.child:
        return child(*args.child, workers, args.batch_size, args.n[0])
    if args.store_only:
        return store_only(max(args.n), args.db, args.batch_size)

    base = args.keep or Path(tempfile.mkdtemp(prefix="diplograph-bench-"))
    base.mkdir(parents=True, exist_ok=True)
    print(f"{workers} workers, os.cpu_count()={os.cpu_count()}, load average {os.getloadavg()[0]:.1f} at start")
    results: dict[int, dict] = {}
    try:
        for k, n in enumerate(sorted(args.n)):
            corpus, db = base / f"corpus-{n}", base / f"bench-{n}.db"
            if not corpus.exists():
                t = time.perf_counter()
                generate(n, corpus, seed=args.seed)
                print(f"corpus {n}: generated in {time.perf_counter() - t:.1f} s")
            db.unlink(missing_ok=True)
            if k == 0:
                t_read, cpu_extract = read_and_extract(corpus)
            load_before = os.getloadavg()[0]
            r = measured_ingest(corpus, db, workers, args.batch_size, n)
            r["rate"] = r["ingested"] / r["seconds"]
            r["load"] = (load_before, os.getloadavg()[0])
            results[n] = r
            curve = " ".join(f"{m[1]:.0f}" for m in r["marks"])
            print(f"ingest {n}: {r['ingested']} articles in {r['seconds']:.1f} s = {r['rate']:.0f} articles/s;"
                  f" failed {r['failed']}; peak RSS {r['maxrss_mb']:.0f} MB (ingest process),"
                  f" {r['peak_tree_mb']:.0f} MB (with its workers);"
                  f" load average {r['load'][0]:.1f} -> {r['load'][1]:.1f}")
            print(f"  ingest process RSS (MB) at each tenth of the run: {curve}")
            if k == 0:
                per = r["cpu"] / max(1, r["ingested"])
                print(f"  main process (reading, skipping, writing): {per * 1000:.2f} ms CPU per article;"
                      f" idle-machine bound {workers} cores / ({cpu_extract * 1000:.2f} + {per * 1000:.2f}) ms ="
                      f" {workers / (cpu_extract + per):.0f} articles/s")
                with open_store(db) as store:
                    t = time.perf_counter()
                    again = ingest_paths([corpus], store, workers=workers, batch_size=args.batch_size)
                    t_again = time.perf_counter() - t
                    stats, integrity = store.stats(), store.integrity()
                print(f"  store: {stats['documents']} documents, {stats['relations']} relations,"
                      f" {stats['entities']} entities, {stats['undated_documents']} undated; integrity {integrity}")
                print(f"  re-ingest (all stored): {again.duplicates} duplicates, {again.ingested} new"
                      f" in {t_again:.2f} s")
                results[n]["ratio"] = r["seconds"] / t_read
        return report(results)
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)


def read_and_extract(corpus: Path) -> tuple[float, float]:
    """Seconds to read and normalize every file (one process), and CPU seconds of the extractor per article."""
    t = time.perf_counter()
    n_read = 0
    for item in read_path(corpus):
        if not isinstance(item, Failure):
            normalize(item.text)
            n_read += 1
    t_read = time.perf_counter() - t
    print(f"read + normalize: {n_read} articles in {t_read:.2f} s ({n_read / t_read:.0f} articles/s, 1 process)")
    from explorer.ingest.worker import default_extractor

    sample = [d for d in read_path(corpus) if not isinstance(d, Failure)][:500]
    extract = default_extractor()
    c = time.process_time()
    for d in sample:
        extract(d)
    cpu_extract = (time.process_time() - c) / len(sample)
    print(f"extractor alone: {cpu_extract * 1000:.2f} ms CPU per article (sample of {len(sample)}, one process)")
    return t_read, cpu_extract


def store_only(n: int, target: str | None, batch_size: int) -> int:
    """Write `n` extractions shaped like real ones (8 relations, 10 entities, 20 mentions) in batches: is the
    store's write rate the same in the last tenth as in the first, and does this process's memory stay put?"""
    from explorer.ingest.document import make_document
    from explorer.records import Entity, Extraction, Mention, Relation

    def fake(i: int) -> Extraction:
        said = (f"Minister {i % 97} met envoy {(i * 7 + k) % 89} in city {k}." for k in range(12))
        text = f"Article {i}. " + " ".join(said)
        doc = make_document(text, path=f"{i}.txt", title=f"Article {i}", date=f"20{10 + i % 15}-0{1 + i % 9}-1{i % 9}",
                            lang="en")
        ents = [Entity(f"person:p{(i * 3 + k) % 2000}", f"P{k}", "person", mentions=[Mention("P", k, k + 1),
                                                                                       Mention("P", k + 40, k + 41)])
                for k in range(10)]
        rels = [Relation(ents[k].id, ents[k + 1].id, "meets", text[:120], 0, 120, doc.date, 0.8) for k in range(8)]
        return Extraction(doc, ents, rels)

    tmp = None
    if target is None:
        tmp = Path(tempfile.mkdtemp(prefix="diplograph-bench-"))
        target = str(tmp / "store-only.db")
    step = max(batch_size, n // 10)
    rates, cpu_rates, rss = [], [], []
    try:
        with open_store(target) as store:
            print(f"store-only: {n} extractions into {store.target}, batches of {batch_size};"
                  f" load average {os.getloadavg()[0]:.1f}")
            t_all = time.perf_counter()
            for start in range(0, n, step):
                t, c = time.perf_counter(), time.process_time()
                for b in range(start, min(n, start + step), batch_size):
                    store.add([fake(i) for i in range(b, min(n, start + step, b + batch_size))])
                rates.append((min(n, start + step) - start) / (time.perf_counter() - t))
                cpu_rates.append((min(n, start + step) - start) / max(time.process_time() - c, 1e-9))
                rss.append(rss_mb())
            total = n / (time.perf_counter() - t_all)
            stats = store.stats()
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"  articles/s per tenth: {' '.join(f'{r:.0f}' for r in rates)}")
    print(f"  articles per CPU second per tenth: {' '.join(f'{r:.0f}' for r in cpu_rates)}")
    print(f"  RSS (MB) after each tenth: {' '.join(f'{m:.0f}' for m in rss)}")
    print(f"  store: {stats['documents']} documents, {stats['relations']} relations; load average"
          f" {os.getloadavg()[0]:.1f} at the end")
    change = rates[-1] / rates[0] - 1
    tenths = ",".join(f"{r:.0f}" for r in rates)
    cpu_ratio = cpu_rates[-1] / cpu_rates[0]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  rate while the store holds 0 to {step:,} articles: {cpu_rates[0]:.0f} articles per CPU second"
          f" ({rates[0]:.0f}/s wall); {n - step:,} to {n:,}: {cpu_rates[-1]:.0f} ({rates[-1]:.0f}/s wall);"
          f" last/first {cpu_ratio:.2f} in CPU time (target >= 0.80: {'OK' if cpu_ratio >= 0.8 else 'MISSED'});"
          f" peak RSS {peak:.0f} MB (target < 1024: {'OK' if peak < 1024 else 'MISSED'})")
    print(f"RESULT store_only_articles={n} store_articles/s={total:.0f} first_tenth={rates[0]:.0f}"
          f" last_tenth={rates[-1]:.0f} rate_change={change:+.2f} ratio_last_first={rates[-1] / rates[0]:.2f}"
          f" cpu_first_tenth={cpu_rates[0]:.0f} cpu_last_tenth={cpu_rates[-1]:.0f}"
          f" cpu_ratio_last_first={cpu_ratio:.2f} tenths={tenths}"
          f" rss_mb_first={rss[0]:.0f} rss_mb_last={rss[-1]:.0f} peak_rss_mb={peak:.0f}")
    return 0


def report(results: dict[int, dict]) -> int:
    sizes = sorted(results)
    small, big = results[sizes[0]], results[sizes[-1]]
    drop = 1 - big["rate"] / small["rate"]
    verdict = lambda ok: "OK" if ok else "MISSED"  # noqa: E731
    print(f"rate at {sizes[-1]} vs {sizes[0]}: {-drop:+.0%}; ingest process peak at {sizes[-1]}:"
          f" {big['maxrss_mb']:.0f} MB")
    fields = " ".join(f"rate_{n}={results[n]['rate']:.0f} rss_mb_{n}={results[n]['maxrss_mb']:.0f}"
                      f" tree_mb_{n}={results[n]['peak_tree_mb']:.0f}" for n in sizes)
    print(f"RESULT articles/s={small['rate']:.0f} ratio(full/read)={small['ratio']:.2f} {fields}"
          f" rate_change={-drop:+.2f} targets: >=300 articles/s {verdict(small['rate'] >= 300)},"
          f" ratio<5 {verdict(small['ratio'] < 5)}, rate within 20% {verdict(drop <= 0.20)},"
          f" under 1 GB {verdict(big['maxrss_mb'] < 1024)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
