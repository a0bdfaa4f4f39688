"""Extraction speed: knowledge-base load time, the median time to extract a 3,000-character Arabic article
on one core (target under 6 ms, issue 9), and a size sweep showing that time per MB stays flat from 10 KB
to 20 MB (issue 10: mention look-ups are indexed, so extraction is linear in article length).

    python benchmarks/extract.py [--rounds 5] [--runs 200] [--sizes 10k,100k,1m,5m,20m]

The articles are samples from explorer/samples/ (written for the project): cut to 3,000 characters for
the median, repeated to each size for the sweep. It prints which modules ran compiled (the optional mypyc build,
`python -m explorer.compile`; DIPLOGRAPH_COMPILED=0 runs pure Python beside it). The last line is
`RESULT key=value …`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_UNITS = {"k": 1_000, "m": 1_000_000}


def _size(s: str) -> int:
    s = s.strip().lower()
    return int(float(s[:-1]) * _UNITS[s[-1]]) if s[-1] in _UNITS else int(s)


def _label(n: int) -> str:
    return f"{n / 1e6:g}MB" if n >= 1_000_000 else f"{n / 1e3:g}KB"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--sizes", default="10k,100k,1m,5m,20m", help="comma-separated sizes for the sweep")
    args = ap.parse_args()
    sizes = [_size(s) for s in args.sizes.split(",") if s.strip()]

    t0 = time.perf_counter()
    from explorer.extract.gazetteer import automaton
    from explorer.kb import load_kb

    kb = load_kb()
    t1 = time.perf_counter()
    automaton(kb)
    t2 = time.perf_counter()

    from explorer.extract import extract
    from explorer.ingest.document import make_document
    from explorer.ingest.readers import read_path

    arabic = [d.text for d in read_path(ROOT / "explorer" / "samples") if getattr(d, "lang", "") == "ar"]
    base = "\n\n".join(arabic)
    text = base[:3000]
    doc = make_document(text, lang="ar", date="2016-07-16")
    extract(doc, kb)
    medians, cpu_medians = [], []
    for _ in range(args.rounds):
        times, cpu = [], []
        for _ in range(args.runs):
            s, c = time.perf_counter(), time.process_time()
            extract(doc, kb)
            times.append(time.perf_counter() - s)
            cpu.append(time.process_time() - c)
        medians.append(statistics.median(times))
        cpu_medians.append(statistics.median(cpu))
    ex = extract(doc, kb)
    print(f"knowledge base: {len(kb.entities)} entities, {len(kb.surfaces)} surface forms")
    print(f"load (YAML + index): {t1 - t0:.3f} s; gazetteer automaton: {t2 - t1:.3f} s; total {t2 - t0:.3f} s")
    print(f"article: {len(text)} characters, {len(ex.entities)} entities, {len(ex.relations)} relations")
    from explorer import compiled

    ran = compiled.running()
    print(f"compiled build: {compiled.state}; modules running compiled: {len(ran)}"
          + (f" ({', '.join(n.rsplit('.', 1)[1] for n in ran)})" if ran else ""))  # fmt: skip
    print(f"extraction median per round (ms): {', '.join(f'{m * 1000:.2f}' for m in medians)}")
    best = min(medians) * 1000
    best_cpu = min(cpu_medians) * 1000
    print(f"extraction median (best round): {best:.2f} ms  (target < 6 ms); CPU time {best_cpu:.2f} ms "
          f"(what the machine's other work does not stretch); load average {os.getloadavg()[0]:.2f}")

    per_mb, cpu_per_mb = {}, {}
    for n in sizes:
        big = (base * (n // len(base) + 1))[:n]
        d = make_document(big, lang="ar", date="2016-07-16")
        s, c = time.perf_counter(), time.process_time()
        ex = extract(d, kb)
        dt, dc = time.perf_counter() - s, time.process_time() - c
        per_mb[n] = dt * 1000 / (n / 1e6)
        cpu_per_mb[n] = dc * 1000 / (n / 1e6)
        print(f"sweep {_label(n):>7}: {dt:8.2f} s  {per_mb[n]:8.0f} ms/MB (CPU {cpu_per_mb[n]:.0f} ms/MB)  "
              f"{len(ex.relations)} relations")
    parts = [f"median_3000_ms={best:.2f}", f"median_3000_cpu_ms={best_cpu:.2f}"]
    parts += [f"ms_per_mb_{_label(n)}={v:.0f}" for n, v in per_mb.items()]
    parts += [f"cpu_ms_per_mb_{_label(n)}={v:.0f}" for n, v in cpu_per_mb.items()]
    if len(per_mb) > 1:
        parts.append(f"flatness={max(per_mb.values()) / min(per_mb.values()):.2f}")
    parts.append(f"compiled_modules={len(ran)}")
    parts.append(f"load1={os.getloadavg()[0]:.2f}")
    print("RESULT " + " ".join(parts))


if __name__ == "__main__":
    main()
