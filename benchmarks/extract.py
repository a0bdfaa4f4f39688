"""Extraction speed: knowledge-base load time, and the median time to extract a 3,000-character Arabic
article on one core. Targets (issue 3): load under 1 s, extraction under 5 ms.

    python benchmarks/extract.py [--rounds 5] [--runs 200]

The article is a sample from explorer/samples/ (written for the project), cut to 3,000 characters.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--runs", type=int, default=200)
    args = ap.parse_args()

    t0 = time.perf_counter()
    from explorer.extract.gazetteer import automaton
    from explorer.kb import load_kb

    kb = load_kb()
    t1 = time.perf_counter()
    automaton(kb)
    t2 = time.perf_counter()

    from explorer.extract import extract
    from explorer.ingest.readers import read_path

    arabic = [d for d in read_path(ROOT / "explorer" / "samples") if getattr(d, "lang", "") == "ar"]
    text = ""
    for d in arabic:
        text += d.text + "\n\n"
        if len(text) >= 3000:
            break
    text = text[:3000]
    from explorer.ingest.document import make_document

    doc = make_document(text, lang="ar", date="2016-07-16")
    extract(doc, kb)
    medians = []
    for _ in range(args.rounds):
        times = []
        for _ in range(args.runs):
            s = time.perf_counter()
            extract(doc, kb)
            times.append(time.perf_counter() - s)
        medians.append(statistics.median(times))
    ex = extract(doc, kb)
    print(f"knowledge base: {len(kb.entities)} entities, {len(kb.surfaces)} surface forms")
    print(f"load (YAML + index): {t1 - t0:.3f} s; gazetteer automaton: {t2 - t1:.3f} s; total {t2 - t0:.3f} s")
    print(f"article: {len(text)} characters, {len(ex.entities)} entities, {len(ex.relations)} relations")
    print(f"extraction median per round (ms): {', '.join(f'{m * 1000:.2f}' for m in medians)}")
    print(f"extraction median (best round): {min(medians) * 1000:.2f} ms  (target < 5 ms)")


if __name__ == "__main__":
    main()
