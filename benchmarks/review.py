"""What the review log costs: applying it to a corpus when a view is loaded, writing one decision,
importing a colleague's log.

    python benchmarks/review.py                          # 40,000 relations, 1% of them reviewed
    python benchmarks/review.py --relations 1000000 --share 0.01 --repeat 3

The store is the synthetic one of benchmarks/app_rerun.py (`build_store`, kept in /tmp between runs).
Decisions (`app_rerun.add_decisions`): a share of relations confirmed or rejected, 1 in 10 of those
retyped, 50 merges, 100 document dates. A corpus is loaded three ways: with an empty log, with the log
applied to the compact relation table (`Corpus.from_store`, what the dashboard does), and with the
review overlay over whole frames (`Corpus.reviewed_in_memory`, the tests' oracle; `--no-overlay` skips
it on a large store). Figures are medians of `--repeat` runs, wall and CPU time; the machine is shared,
so the load average is printed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import pandas as pd  # noqa: E402
from app_rerun import add_decisions, build_store  # noqa: E402

from explorer.graph.corpus import Corpus  # noqa: E402
from explorer.review import log  # noqa: E402
from explorer.review.decisions import Decision  # noqa: E402
from explorer.store import open_store  # noqa: E402


def median_s(fn, repeat: int) -> tuple[float, float]:
    """Median wall and CPU seconds of `repeat` calls."""
    times, cpu = [], []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return statistics.median(times), statistics.median(cpu)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--relations", type=int, default=40_000)
    ap.add_argument("--share", type=float, default=0.01, help="share of relations confirmed or rejected")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-overlay", action="store_true", help="skip the overlay over whole frames (slow, big)")
    args = ap.parse_args()
    base = Path(tempfile.gettempdir()) / f"diplograph-bench-rel-{args.relations}.db"
    if not base.exists():
        print(f"building {base} …", file=sys.stderr)
        build_store(base, args.relations)
    work = Path(tempfile.mkdtemp()) / "review.db"
    shutil.copy(base, work)
    os.environ["DIPLOGRAPH_CACHE"] = str(work.parent / "cache")
    with open_store(work) as store:
        stats = store.stats()
        empty = median_s(lambda: Corpus.from_store(store), args.repeat)
    t = time.perf_counter()
    made = add_decisions(work, args.share)
    bulk = time.perf_counter() - t
    with open_store(work) as store:
        Corpus.from_store(store)  # the relation keys computed once and cached, as a first start does
        full = median_s(lambda: Corpus.from_store(store), args.repeat)
        states = pd.Series(Corpus.from_store(store).table.review_states()).value_counts().to_dict()
        oracle = None if args.no_overlay else median_s(lambda: Corpus.reviewed_in_memory(store), args.repeat)
        rid = next(d.target for d in log.read_log(store) if d.action in ("confirm", "reject"))
        one = median_s(lambda: log.append(store, [Decision("confirm", rid, {}, "b")]), max(args.repeat, 20))
        exported = work.with_suffix(".jsonl")
        exported.write_text("".join(line + "\n" for line in log.export_lines(store)), encoding="utf-8")
    fresh = work.with_name("fresh.db")
    shutil.copy(base, fresh)
    with open_store(fresh) as other:
        t = time.perf_counter()
        report = log.import_log(other, exported)
        imported = time.perf_counter() - t
    load = os.getloadavg()[0]
    print(f"store: {stats['documents']:,} documents, {stats['relations']:,} relations, {stats['entities']:,} entities")
    print(f"decisions: {made:,} ({states})")
    print(f"corpus loaded, empty log:                   {empty[0] * 1000:8.0f} ms (CPU {empty[1] * 1000:.0f} ms)")
    print(f"corpus loaded, log applied to the table:    {full[0] * 1000:8.0f} ms (CPU {full[1] * 1000:.0f} ms)")
    if oracle:
        print(f"corpus loaded, overlay over whole frames:   {oracle[0] * 1000:8.0f} ms (CPU {oracle[1] * 1000:.0f} ms)")
    print(f"one decision appended:                      {one[0] * 1000:8.1f} ms")
    print(f"{made:,} decisions appended at once:         {bulk * 1000:8.0f} ms")
    print(f"import of the exported log, fresh store:    {imported * 1000:8.0f} ms ({report.added:,} added)")
    print(f"load average {load:.1f}")
    print(f"RESULT relations={stats['relations']} decisions={made} load_empty_log_ms={empty[0] * 1000:.0f} "
          f"load_reviewed_ms={full[0] * 1000:.0f} load_reviewed_cpu_ms={full[1] * 1000:.0f} "
          + (f"load_overlay_ms={oracle[0] * 1000:.0f} " if oracle else "")
          + f"append_one_ms={one[0] * 1000:.1f} import_ms={imported * 1000:.0f} loadavg={load:.1f}")
    shutil.rmtree(work.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
