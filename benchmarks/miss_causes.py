"""Why relations are missed or wrong: each error of an extraction against a gold file, put in one cause.

    python benchmarks/miss_causes.py GOLD.json [--show]

Missed gold relations:
  entity_missing   one of its two actors was not recognised in the article at all
  other_type       both recognised and linked, with another type (talks read as a meeting, …)
  reversed         the right type the wrong way round (directed types only)
  in_sentence      both named in the evidence sentence, no relation drawn: a construction is missing
  coreference      an actor is not named in the sentence (a pronoun, "the two sides", a title alone)
Spurious predictions: wrong_type (the pair is in gold under another type), reversed, unrelated (the
pair is in no gold relation) and unknown_entity (an actor the gold does not have).

The counts say which kind of work pays: a missing construction, coreference or knowledge. `--show` lists
every error with its sentence and is refused on a blind set (a folder named *blind* whose README does not say
"Status: read, no longer blind"): those are scored, never read. The last line is `RESULT key=value …`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from explorer.evaluate import SYMMETRIC, _triple, match_entities, predict  # noqa: E402

MISS_CAUSES = ("entity_missing", "other_type", "reversed", "in_sentence", "coreference")
EXTRA_CAUSES = ("wrong_type", "reversed", "unrelated", "unknown_entity")


def _named_in(sentence: str, name: str, gold_entities: dict[str, dict], pred_forms: dict[str, set[str]]) -> bool:
    """Whether the sentence names the actor: a gold surface form or a predicted mention of it occurs in it."""
    forms = set(gold_entities[name].get("surface_forms") or []) | pred_forms.get(name, set())
    return any(f and f in sentence for f in forms)


def _pairs(triples: set[tuple[str, str, str]]) -> dict[frozenset[str], set[tuple[str, str, str]]]:
    out: dict[frozenset[str], set[tuple[str, str, str]]] = {}
    for t in triples:
        out.setdefault(frozenset((t[0], t[2])), set()).add(t)
    return out


def _miss_cause(rel: dict, found: set[str], pred: set, by_pair: dict, named) -> str:
    s, r, t = rel["source"], rel["relation"], rel["target"]
    if s not in found or t not in found:
        return "entity_missing"
    same_pair = by_pair.get(frozenset((s, t)), set())
    if r not in SYMMETRIC and (t, r, s) in pred:
        return "reversed"
    if any(x[1] != r for x in same_pair):
        return "other_type"
    sentence = rel.get("sentence") or ""
    return "in_sentence" if named(sentence, s) and named(sentence, t) else "coreference"


def _extra_cause(triple: tuple[str, str, str], gold: set, by_pair: dict) -> str:
    s, r, t = triple
    if s == "?":
        return "unknown_entity"
    if r not in SYMMETRIC and (t, r, s) in gold:
        return "reversed"
    return "wrong_type" if by_pair.get(frozenset((s, t))) else "unrelated"


def causes(gold_doc: dict, pred_doc: dict) -> tuple[list[tuple[str, dict]], list[tuple[str, tuple]]]:
    """(cause, gold relation) for every miss and (cause, triple) for every counted spurious prediction."""
    ents = pred_doc.get("entities") or []
    m = match_entities(ents, gold_doc["entities"])
    gold_entities = {g["name"]: g for g in gold_doc["entities"]}
    pred_forms = {m[e["id"]]: {x["text"] for x in e.get("mentions") or []} for e in ents if e["id"] in m}
    pred = set()
    for r in pred_doc.get("relations") or []:
        s, t = m.get(r["source"]), m.get(r["target"])
        pred.add(_triple(s, r["type"], t) if s and t else ("?", r["type"], "?"))
    gold = {_triple(r["source"], r["relation"], r["target"]) for r in gold_doc["relations"]}
    optional = {_triple(r["source"], r["relation"], r["target"]) for r in gold_doc.get("optional_relations", [])}
    by_pred, by_gold = _pairs(pred), _pairs(gold)

    def named(sentence: str, name: str) -> bool:
        return _named_in(sentence, name, gold_entities, pred_forms)

    misses, seen = [], set()
    for rel in gold_doc["relations"]:
        key = _triple(rel["source"], rel["relation"], rel["target"])
        if key not in pred and key not in seen:
            seen.add(key)
            misses.append((_miss_cause(rel, set(m.values()), pred, by_pred, named), rel))
    extras = [(_extra_cause(t, gold, by_gold), t) for t in sorted(pred - gold - (optional - gold))]
    return misses, extras


def _readme(folder: Path) -> str:
    """A blind set's README says "Status: read, no longer blind" once its errors have been read (it then stops
    being a measure of unseen news)."""
    f = folder / "README.md"
    return f.read_text(encoding="utf-8") if f.exists() else ""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", type=Path)
    ap.add_argument("--show", action="store_true", help="list every error with its sentence (not on blind sets)")
    args = ap.parse_args()
    folder = args.gold.resolve().parent
    if args.show and "blind" in folder.name and "Status: read, no longer blind" not in _readme(folder):
        sys.exit(f"{args.gold}: --show is refused on a blind set; it is scored, never read")
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    preds = {Path(d["path"]).name: d for d in predict(gold, args.gold.parent)["documents"]}
    miss_by, extra_by = Counter(), Counter()
    for g in gold:
        misses, extras = causes(g, preds.get(g["file"], {}))
        for cause, rel in misses:
            miss_by[cause, rel["relation"]] += 1
            if args.show:
                triple = f"{rel['source']} {rel['relation']} {rel['target']}"
                print(f"MISS {cause:14s} {g['id']} {triple} | {rel['sentence']}")
        for cause, t in extras:
            extra_by[cause, t[1]] += 1
            if args.show:
                print(f"EXTRA {cause:13s} {g['id']} {' '.join(t)}")
    types = sorted({t for _, t in miss_by} | {t for _, t in extra_by})
    print(f"{'missed':16s}" + "".join(f"{c[:12]:>13s}" for c in MISS_CAUSES))
    for t in types:
        print(f"{t:16s}" + "".join(f"{miss_by[c, t]:13d}" for c in MISS_CAUSES))
    print(f"{'spurious':16s}" + "".join(f"{c[:12]:>13s}" for c in EXTRA_CAUSES))
    for t in types:
        print(f"{t:16s}" + "".join(f"{extra_by[c, t]:13d}" for c in EXTRA_CAUSES))
    miss_total = {c: sum(v for (k, _), v in miss_by.items() if k == c) for c in MISS_CAUSES}
    extra_total = {c: sum(v for (k, _), v in extra_by.items() if k == c) for c in EXTRA_CAUSES}
    print("RESULT " + " ".join(f"miss_{k}={v}" for k, v in miss_total.items())
          + " " + " ".join(f"extra_{k}={v}" for k, v in extra_total.items()))  # fmt: skip


if __name__ == "__main__":
    main()
