"""What a relation's confidence means: of the relations extracted at a given confidence, how many are right.

    python benchmarks/calibration.py GOLD.json [GOLD.json …] [--group NAME GOLD.json …]

A researcher who sets "Minimum confidence 0.8" should know what it buys. Each relation is scored against its
article's gold the way `explorer eval` scores it (right, optional, or wrong; optional ones are neither and are left
out) and counted in its confidence band. Printed per band: relations, right, and the share right beside the
band's mean confidence; then the expected calibration error (ECE: the mean gap between confidence and the share
right, weighted by relations) and the Brier score. Gold sets the rules were written on flatter the extractor; run
it on sets nobody tuned to for what a user will see. `--group` starts a named group of sets, each group reported
on its own.

Counts only, no sentence: safe on blind sets. The last line is `RESULT key=value …` (of the last group).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from explorer.evaluate import judged  # noqa: E402
from explorer.kb import load_kb  # noqa: E402

BANDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)  # the slider's useful stops: below 0.5 the extractor rarely emits


@dataclass
class Band:
    lo: float
    n: int = 0
    right: int = 0
    conf: float = 0.0  # sum of confidences


@dataclass
class Tally:
    bands: list[Band] = field(default_factory=lambda: [Band(lo) for lo in BANDS])
    brier: float = 0.0

    def add(self, confidence: float, right: bool) -> None:
        band = next(b for b in reversed(self.bands) if confidence >= b.lo)
        band.n, band.right, band.conf = band.n + 1, band.right + right, band.conf + confidence
        self.brier += (confidence - right) ** 2

    @property
    def n(self) -> int:
        return sum(b.n for b in self.bands)

    def ece(self) -> float:
        return sum(abs(b.conf - b.right) for b in self.bands) / max(1, self.n)


def score_set(gold_path: Path, tally: Tally, kb) -> None:
    """Add every relation extracted from the set's articles to `tally`, right or wrong (optional ones skipped)."""
    for r, verdict in judged(gold_path, kb):
        if verdict != "optional":
            tally.add(r.confidence, verdict == "right")


def report(name: str, tally: Tally) -> str:
    lines = [f"{name}: {tally.n} relations"]
    for i, b in enumerate(tally.bands):
        hi = BANDS[i + 1] if i + 1 < len(BANDS) else 1.0
        if b.n:
            share, mean = b.right / b.n, b.conf / b.n
            lines.append(f"  confidence {b.lo:.1f}-{hi:.1f}: {b.n:5d} relations, {b.right:5d} right = {share:.2f}"
                         f"  (mean confidence {mean:.2f})")
    lines.append(f"  ECE {tally.ece():.3f}  Brier {tally.brier / max(1, tally.n):.3f}")
    return "\n".join(lines)


def groups(argv: list[str]) -> list[tuple[str, list[Path]]]:
    """`A.json B.json --group blind C.json` → [("sets", [A, B]), ("blind", [C])]."""
    out: list[tuple[str, list[Path]]] = [("sets", [])]
    it = iter(argv)
    for a in it:
        if a == "--group":
            out.append((next(it, "group"), []))
        else:
            out[-1][1].append(Path(a))
    return [(n, ps) for n, ps in out if ps]


def main() -> None:
    parts = groups(sys.argv[1:])
    if not parts:
        sys.exit(__doc__)
    kb = load_kb()
    for name, paths in parts:
        tally = Tally()
        for p in paths:
            score_set(p, tally, kb)
        print(report(name, tally))
    shares = " ".join(f"right_{b.lo:.1f}={b.right / b.n:.2f}" for b in tally.bands if b.n)
    print(f"RESULT relations={tally.n} ece={tally.ece():.3f} brier={tally.brier / max(1, tally.n):.3f} {shares}")


if __name__ == "__main__":
    main()
