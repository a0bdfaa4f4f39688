"""How often each construction is right, on one or more gold sets: which rules generalize and which only fit.

    python benchmarks/construction_precision.py GOLD.json [GOLD.json …] [--min-fp N] [--by-type]

Every relation records the constructions that produced it (`method`, e.g. "subject-verb+verb-object"). Each
relation is scored against its article's gold (right, optional, or wrong) and counted once for every
construction in its method. A construction far more precise on the sets the rules were written on (dev) than on
articles nobody read (the blind sets) fits its examples rather than news: on 2026-12-04 the English
carried-subject step was 0 right / 7 wrong across all sets, all of them participles.

Counts only, no sentence: safe on blind sets. The last line is `RESULT key=value …`.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from explorer.evaluate import judged  # noqa: E402
from explorer.kb import load_kb  # noqa: E402


def score_set(gold_path: Path, counts: dict[str, Counter], kb, by_type: bool = False) -> None:
    """Add each construction's right / optional / wrong relations on one gold set to `counts` (per relation type
    too with `by_type`: a construction may be sure of one type and not of another)."""
    for r, verdict in judged(gold_path, kb):
        for name in set(r.method.split("+")):
            key = f"{name}/{r.type}" if by_type else name
            counts.setdefault(key, Counter())[verdict] += 1


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", type=Path, nargs="+")
    ap.add_argument("--min-fp", type=int, default=0, help="list only constructions with at least this many wrong")
    ap.add_argument("--by-type", action="store_true", help="count each construction per relation type")
    args = ap.parse_args()
    kb = load_kb()
    counts: dict[str, Counter] = {}
    for g in args.gold:
        score_set(g, counts, kb, args.by_type)
    print(f"{'construction':40s} {'right':>6s} {'optional':>9s} {'wrong':>6s} {'precision':>10s}")
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1]["wrong"], kv[0]))
    for name, c in ranked:
        if c["wrong"] < args.min_fp:
            continue
        scored = c["right"] + c["wrong"]
        precision = c["right"] / scored if scored else 0.0
        print(f"{name:40s} {c['right']:6d} {c['optional']:9d} {c['wrong']:6d} {precision:10.2f}")
    right = sum(c["right"] for c in counts.values())
    wrong = sum(c["wrong"] for c in counts.values())
    below = [n for n, c in counts.items() if c["wrong"] >= 3 and c["right"] < c["wrong"] / 3]
    print(f"RESULT constructions={len(counts)} right={right} wrong={wrong} below_quarter={len(below)}")


if __name__ == "__main__":
    main()
