"""What the review log costs: applying it to a corpus when a view is loaded, writing one decision,
importing a colleague's log.

    python benchmarks/review.py                      # 5,000 articles, 5% of relations reviewed
    python benchmarks/review.py --articles 1000 --share 0.2

The store is the synthetic one of benchmarks/app_rerun.py (`build_direct`, kept in /tmp between runs).
Decisions: a share of relations confirmed or rejected, 1 in 10 of those retyped, 50 merges, 100 document
dates. Figures are medians of `--repeat` runs; the machine is shared, so the load average is printed.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from app_rerun import build_direct  # noqa: E402

from explorer.graph.corpus import Corpus  # noqa: E402
from explorer.review import api, log  # noqa: E402
from explorer.review.decisions import Decision  # noqa: E402
from explorer.store import open_store  # noqa: E402


def median_s(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def decisions_for(store, share: float, seed: int) -> list[Decision]:
    rnd = random.Random(seed)
    c = api.reviewed(store)
    rids = list(c.relations["rid"])
    picked = rnd.sample(rids, int(len(rids) * share))
    out = [Decision("confirm" if rnd.random() < 0.7 else "reject", r, {}, "bench") for r in picked]
    out += [Decision("set_type", r, {"type": "supports"}, "bench") for r in picked[::10]]
    ents = [e for e in c.entities["id"] if e.startswith(("p", "s", "o"))] or list(c.entities["id"])
    for a, b in zip(ents[100:150], ents[150:200], strict=False):
        out.append(Decision("merge", a, {"into": b}, "bench"))
    for d in list(c.documents["id"])[:100]:
        out.append(Decision("set_date", d, {"date": "2016-07", "precision": "month"}, "bench"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--share", type=float, default=0.05, help="share of relations confirmed or rejected")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    base = Path(tempfile.gettempdir()) / f"diplograph-bench-{args.articles}.db"
    if not base.exists():
        print(f"building {base} …", file=sys.stderr)
        build_direct(base, args.articles, 0)
    work = Path(tempfile.mkdtemp()) / "review.db"
    shutil.copy(base, work)
    with open_store(work) as store:
        stats = store.stats()
        plain = median_s(lambda: (store.relations_frame(), store.entities_frame(), store.documents_frame()),
                         args.repeat)
        empty = median_s(lambda: Corpus.from_store(store), args.repeat)
        decisions = decisions_for(store, args.share, 1)
        t = time.perf_counter()
        log.append(store, decisions)
        bulk = time.perf_counter() - t
        full = median_s(lambda: Corpus.from_store(store), args.repeat)
        c = api.reviewed(store)
        one = median_s(lambda: log.append(store, [Decision("confirm", c.relations["rid"].iloc[0], {}, "b")]),
                       max(args.repeat, 20))
        exported = work.with_suffix(".jsonl")
        exported.write_text("".join(line + "\n" for line in log.export_lines(store)), encoding="utf-8")
        states = c.relations["review"].value_counts().to_dict()
    fresh = work.with_name("fresh.db")
    shutil.copy(base, fresh)
    with open_store(fresh) as other:
        t = time.perf_counter()
        report = log.import_log(other, exported)
        imported = time.perf_counter() - t
    load = os.getloadavg()[0]
    print(f"store: {stats['documents']:,} documents, {stats['relations']:,} relations, {stats['entities']:,} entities")
    print(f"decisions: {len(decisions):,} ({states})")
    print(f"frames read from the store:             {plain * 1000:8.0f} ms")
    print(f"corpus loaded, empty log:               {empty * 1000:8.0f} ms")
    print(f"corpus loaded, {len(decisions):,} decisions:        {full * 1000:8.0f} ms")
    print(f"one decision appended:                  {one * 1000:8.1f} ms")
    print(f"{len(decisions):,} decisions appended at once:    {bulk * 1000:8.0f} ms")
    print(f"import of the exported log, fresh store: {imported * 1000:7.0f} ms ({report.added:,} added)")
    print(f"load average {load:.1f}")
    print(f"RESULT relations={stats['relations']} decisions={len(decisions)} load_plain_ms={plain * 1000:.0f} "
          f"load_empty_log_ms={empty * 1000:.0f} load_reviewed_ms={full * 1000:.0f} append_one_ms={one * 1000:.1f} "
          f"import_ms={imported * 1000:.0f} loadavg={load:.1f}")
    shutil.rmtree(work.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
