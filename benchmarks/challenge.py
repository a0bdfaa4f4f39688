"""Construction challenge set: recall and precision of typed relations on short news-style sentences written
for it (tests/fixtures/challenge/en.yaml, ar.yaml and batches beside them named en-*.yaml / ar-*.yaml), per
relation type, per construction tag and per file.

    python benchmarks/challenge.py [--misses] [--lang en|ar] [--file en-members]

A new batch goes in a file of its own, so that its score before any rule was fitted to it can be read alone
(`--file`) and so that batches written at the same time do not collide.

Each item lists the relations its sentence must yield (`expect`) and may list ones it must not (`reject`).
Recall: expected relations found. Precision: among predicted relations of the types the item is about (the
types of its tag, its expected and rejected relations), those expected. Symmetric types match either way.
An expected relation whose entities were not both recognised is also counted under `entity_missing`.
The last line is `RESULT key=value …`.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHALLENGE = ROOT / "tests" / "fixtures" / "challenge"
_TAG_TYPES = {
    "meets": "meets", "negotiates": "negotiates_with", "phones": "phones", "visits": "visits",
    "supports": "supports", "opposes": "opposes", "fights": "fights", "states": "states",
    "member": "member_of", "references": "references", "agrees": "agrees_with", "role": "holds_role_in",
}  # fmt: skip


def _triple(s: str) -> tuple[str, str, str]:
    src, rtype, tgt = s.split()
    return src, rtype, tgt


def _key(t: tuple[str, str, str], symmetric: frozenset[str]) -> tuple[str, str, str]:
    s, r, g = t
    return (min(s, g), r, max(s, g)) if r in symmetric else t


@dataclass
class Score:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    entity_missing: int = 0
    misses: list[str] = field(default_factory=list)

    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0


def files(lang: str, only: str | None = None) -> list[Path]:
    """The language's challenge files: its main file and its batches, or the one named `only`."""
    paths = sorted([*CHALLENGE.glob(f"{lang}.yaml"), *CHALLENGE.glob(f"{lang}-*.yaml")])
    return [p for p in paths if only is None or p.stem == only]


def load(lang: str, only: str | None = None) -> list[dict]:
    items = []
    for path in files(lang, only):
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))["items"] or []:
            items.append({**item, "_file": path.stem})
    return items


def score(lang: str, only: str | None = None) -> tuple[Score, dict[str, Score], dict[str, Score]]:
    """Overall, per type and per tag scores of the extractor on the language's challenge items."""
    from explorer.evaluate import SYMMETRIC
    from explorer.extract.pipeline import extract_text
    from explorer.kb import load_kb

    kb = load_kb()
    symmetric = frozenset(SYMMETRIC)  # as the project's scorer matches them
    total, by_type, by_tag = Score(), defaultdict(Score), defaultdict(Score)
    for item in load(lang, only):
        ex = extract_text(item["text"], lang=lang, kb=kb)
        found = {e.id for e in ex.entities}
        pred = {_key((r.source, r.type, r.target), symmetric) for r in ex.relations}
        expect = {_key(_triple(t), symmetric) for t in item.get("expect") or []}
        reject = {_key(_triple(t), symmetric) for t in item.get("reject") or []}
        tag = item["tag"]
        types = {_TAG_TYPES[tag.split("/")[0]]} | {t[1] for t in expect | reject}
        for t in expect:
            hit = t in pred
            for sc in (total, by_type[t[1]], by_tag[tag]):
                sc.tp += hit
                sc.fn += not hit
                if not hit and not {t[0], t[2]} <= found:
                    sc.entity_missing += 1
            if not hit:
                total.misses.append(f"MISS {tag}: {' '.join(t)}  | {item['text']}")
        for t in pred:
            if t[1] in types and t not in expect:
                for sc in (total, by_type[t[1]], by_tag[tag]):
                    sc.fp += 1
                total.misses.append(f"{'REJECTED' if t in reject else 'EXTRA'} {tag}: {' '.join(t)}  | {item['text']}")
    return total, dict(by_type), dict(by_tag)


def _report(lang: str, misses: bool, only: str | None = None) -> dict[str, float]:
    total, by_type, by_tag = score(lang, only)
    if not (total.tp or total.fn or total.fp):
        return {}
    print(f"== {lang}: per type (recall / precision, tp fn fp)")
    for name, sc in sorted(by_type.items()):
        print(f"  {name:16s} R {sc.recall():.2f}  P {sc.precision():.2f}   {sc.tp:3d} {sc.fn:3d} {sc.fp:3d}")
    print(f"== {lang}: per construction tag")
    for name, sc in sorted(by_tag.items()):
        print(f"  {name:36s} R {sc.recall():.2f}  P {sc.precision():.2f}   {sc.tp:3d} {sc.fn:3d} {sc.fp:3d}")
    print(f"== {lang}: recall {total.recall():.3f}  precision {total.precision():.3f}  "
          f"(entity missing in {total.entity_missing} of {total.fn} misses)")  # fmt: skip
    if misses:
        print("\n".join(total.misses))
    return {f"{lang}_recall": total.recall(), f"{lang}_precision": total.precision(),
            f"{lang}_entity_missing": total.entity_missing}  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--misses", action="store_true", help="print every missed, extra and rejected relation")
    ap.add_argument("--lang", choices=("en", "ar"), help="one language only")
    ap.add_argument("--file", help="one file only, by its name without .yaml (e.g. en-members)")
    args = ap.parse_args()
    out: dict[str, float] = {}
    langs = [args.file.split("-")[0]] if args.file else [args.lang] if args.lang else ["en", "ar"]
    for lang in langs:
        out.update(_report(lang, args.misses, args.file))
    if not args.file:
        for lang in langs:
            for path in files(lang):
                total, _, _ = score(lang, path.stem)
                print(f"  file {path.stem:20s} R {total.recall():.3f}  P {total.precision():.3f}")
    print("RESULT " + " ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in out.items()))


if __name__ == "__main__":
    main()
