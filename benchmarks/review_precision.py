"""The precision a team would read in the Metrics tab after reviewing every relation of a corpus, checked
against the scorer: a simulated reviewer confirms each stored relation that the gold annotation holds and
rejects the others (optional gold relations stay unreviewed).

    python benchmarks/review_precision.py                     # ../shared/eval/dev/gold.json
    python benchmarks/review_precision.py GOLD.json --corpus DIR

Review precision counts relations (one per sentence); `eval` counts distinct (source, type, target)
triples per article, so the two differ where the extractor finds the same triple in several sentences.
The gold articles are read where they are and never copied.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from explorer.evaluate import _triple, evaluate, match_entities  # noqa: E402
from explorer.extract import extract  # noqa: E402
from explorer.ingest.document import make_document  # noqa: E402
from explorer.kb import load_kb  # noqa: E402
from explorer.review import api, log, overlay  # noqa: E402
from explorer.review.decisions import Decision  # noqa: E402
from explorer.store import open_store  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="?", type=Path, default=ROOT.parent / "shared" / "eval" / "dev" / "gold.json")
    ap.add_argument("--corpus", type=Path)
    args = ap.parse_args()
    if not args.gold.exists():
        sys.exit(f"{args.gold}: no gold file here")
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    corpus = args.corpus or args.gold.parent
    kb = load_kb()
    db = Path(tempfile.mkdtemp()) / "review-precision.db"
    t0 = time.perf_counter()
    with open_store(db) as store:
        extractions, by_doc = [], {}
        for g in gold:
            path = corpus / g["file"]
            doc = make_document(path.read_text(encoding="utf-8"), path=str(path), date=g.get("date"),
                                lang=g.get("lang"))
            ex = extract(doc, kb)
            extractions.append(ex)
            by_doc[doc.id] = (g, match_entities(ex.to_json()["entities"], g["entities"]))
        store.add(extractions)
        c = api.reviewed(store)
        decisions = []
        for r in c.relations.to_dict("records"):
            g, m = by_doc[r["doc_id"]]
            gold_rel = {_triple(x["source"], x["relation"], x["target"]) for x in g["relations"]}
            opt = {_triple(x["source"], x["relation"], x["target"]) for x in g.get("optional_relations", [])}
            s, t = m.get(r["source"]), m.get(r["target"])
            triple = _triple(s, r["type"], t) if s and t else None
            if triple in gold_rel:
                decisions.append(Decision("confirm", r["rid"], {}, "gold"))
            elif triple not in opt:
                decisions.append(Decision("reject", r["rid"], {}, "gold"))
        log.append(store, decisions)
        p = overlay.precision_by_type(api.reviewed(store).relations)
    scored = evaluate(args.gold, corpus)["totals"]
    p = p[(p["confirmed"] + p["rejected"]) > 0]
    print(f"{len(gold)} articles, {len(decisions)} relations reviewed in {time.perf_counter() - t0:.1f} s "
          f"(load average {os.getloadavg()[0]:.1f})")
    print(f"{'type':<16}{'confirmed':>10}{'rejected':>10}{'review P':>10}{'eval P':>8}")
    for r in p.to_dict("records"):
        ev = scored.get(f"type/{r['type']}", {}).get("precision")
        print(f"{r['type']:<16}{r['confirmed']:>10}{r['rejected']:>10}{r['precision']:>10.3f}"
              f"{'' if ev is None else f'{ev:8.3f}'}")
    tc, tr = int(p["confirmed"].sum()), int(p["rejected"].sum())
    print(f"{'all':<16}{tc:>10}{tr:>10}{tc / (tc + tr):>10.3f}{scored['all/relations']['precision']:8.3f}")
    print(f"RESULT articles={len(gold)} reviewed={tc + tr} review_precision={tc / (tc + tr):.3f} "
          f"eval_precision={scored['all/relations']['precision']:.3f}")


if __name__ == "__main__":
    main()
