"""Extraction quality on every annotated set at once: each set's typed relation F1 with right / wrong / missed, and
the pooled lines the README reports (the nine unread written sets that are the figure of record, and any sets given
with --extra, such as real articles annotated outside the repository).

    python benchmarks/quality.py [--extra DIR/gold.json ...] [--only dev,blind7,...] [--jobs 2]

Why a script: a session measures every set before and after each change, and the tooling that did it lived outside
the repository and was lost with a machine. The development set is read from ../shared/eval/dev/ when it is there
and skipped otherwise. A set folder may hold gold_unseen.json beside gold.json (the articles not also annotated in
another set); it is preferred. Nothing here reads errors: the figures are totals only, so unread sets stay unread.
The last line is `RESULT key=value …`.
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from explorer.evaluate import evaluate  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
DEV = ROOT.parent / "shared" / "eval" / "dev" / "gold.json"
# The nine written sets nobody tuned for, pooled: the README's figure of record for issue 9.
RECORD = ["blind4", "blind5", "blind7", "blind8", "blind10", "blind11", "blind12", "blind13", "blind14"]
READ = ["dev", "own", "holdout", "blind2", "blind3", "blind6", "blind9"]


def _gold(name: str) -> Path:
    """The gold file of a set by its short name (dev, own, holdout, blindN)."""
    if name == "dev":
        return DEV
    folder = {"own": "gold", "holdout": "gold_holdout"}.get(name, f"gold_{name}")
    return FIXTURES / folder / "gold.json"


def _extra_name(path: Path) -> str:
    return path.parent.name


def _score(path: Path) -> tuple[int, int, int, float]:
    """Right, wrong and missed typed relations and entity F1 of one gold file."""
    unseen = path.with_name("gold_unseen.json")
    totals = evaluate(unseen if unseen.is_file() else path)["totals"]
    rel, ent = totals["all/relations"], totals["all/entities"]
    return rel["tp"], rel["fp"], rel["fn"], ent["f1"]


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _pool(rows: dict[str, tuple[int, int, int, float]], names: list[str]) -> tuple[int, int, int]:
    picked = [rows[n] for n in names if n in rows]
    return sum(r[0] for r in picked), sum(r[1] for r in picked), sum(r[2] for r in picked)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--extra", nargs="*", type=Path, default=[], help="more gold files, pooled as 'extra'")
    ap.add_argument("--only", default="", help="comma-separated set names (default: every set)")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    sets = {n: _gold(n) for n in READ + RECORD + ["blind15"]}
    sets.update({_extra_name(p): p for p in args.extra})
    if args.only:
        sets = {n: p for n, p in sets.items() if n in args.only.split(",")}
    missing = [n for n, p in sets.items() if not p.is_file()]
    for n in missing:
        print(f"{n}: skipped, {sets.pop(n)} not found", file=sys.stderr)
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        rows = dict(zip(sets, pool.map(_score, sets.values()), strict=True))
    for n, (tp, fp, fn, ent) in rows.items():
        print(f"{n:12s} typed relation F1 {_f1(tp, fp, fn):.3f} ({tp} / {fp} / {fn})  entities F1 {ent:.3f}")
    parts = []
    for label, names in (("record", RECORD), ("read", READ), ("extra", [_extra_name(p) for p in args.extra])):
        tp, fp, fn = _pool(rows, names)
        if tp + fp + fn:
            count = len([n for n in names if n in rows])
            print(f"pooled {label} ({count} sets): {_f1(tp, fp, fn):.4f} ({tp} / {fp} / {fn})")
            parts.append(f"{label}_f1={_f1(tp, fp, fn):.4f} {label}_right={tp} {label}_wrong={fp} {label}_missed={fn}")
    if "dev" in rows:
        parts.append(f"dev_f1={_f1(*rows['dev'][:3]):.4f}")
    print("RESULT " + " ".join(parts))


if __name__ == "__main__":
    main()
