"""Score extraction against a gold file: entity and relation precision, recall and F1.

The gold format and the matching rules are those of the project's evaluation set: entities match
one to one, first by canonical name or alias, then by a mention's surface form (clitics and Arabic
spelling folded); relations are (source, type, target) triples per article, symmetric types in either
direction; a prediction that matches only an optional relation counts neither way.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from explorer.errors import ExplorerError
from explorer.records import Relation
from explorer.text.normalize import normalize

SYMMETRIC = {"meets", "phones", "agrees_with", "negotiates_with", "fights"}
_PUNCT = re.compile(r"[\"'()\[\],.،؛:!?؟\-]+")
_PRONOUNS = re.compile(r"\b(?:the|mr|mrs|ms|dr)\b")
_CLITICS = ("وبال", "وال", "فال", "بال", "كال", "لال", "ال", "و", "ف", "ب", "ل", "ك")


def _key(s: str) -> str:
    n = normalize(s or "").text
    n = _PUNCT.sub(" ", n)
    n = _PRONOUNS.sub(" ", n)
    return " ".join(n.split())


def _forms(s: str) -> set[str]:
    """The key of `s` and its readings without a leading clitic on the first word."""
    k = _key(s)
    out = {k}
    first, _, rest = k.partition(" ")
    for c in _CLITICS:
        if first.startswith(c) and len(first) - len(c) >= 3:
            stem = first[len(c) :]
            out.add(f"{stem} {rest}".strip())
            if c.endswith("ال"):
                out.add(f"ال{stem} {rest}".strip())
    out.discard("")
    return out


def _kind(k: str) -> str:
    return "place" if k in ("location", "place") else k


def match_entities(pred: list[dict], gold: list[dict]) -> dict[str, str]:
    names = {g["name"]: _forms(g["name"]) | _forms(re.sub(r"\(.*?\)", "", g["name"])) for g in gold}
    surfaces = {g["name"]: set().union(set(), *(_forms(f) for f in g.get("surface_forms", []))) for g in gold}
    out: dict[str, str] = {}
    used: set[str] = set()
    for p in pred:
        pn = set().union(
            *(_forms(x) for x in [p.get("name") or "", p.get("name_ar") or ""] + list(p.get("aliases") or []))
        )
        for g in gold:
            if g["name"] not in used and pn & names[g["name"]]:
                out[p["id"]] = g["name"]
                used.add(g["name"])
                break
    for p in pred:
        if p["id"] in out:
            continue
        pf = set().union(set(), *(_forms(m.get("text", "")) for m in p.get("mentions") or []))
        cands = [g for g in gold if g["name"] not in used and pf & surfaces[g["name"]]]
        cands.sort(key=lambda g: _kind(g["type"]) != _kind(p.get("kind", "")))
        if cands:
            out[p["id"]] = cands[0]["name"]
            used.add(cands[0]["name"])
    return out


def _triple(s: str, r: str, t: str) -> tuple[str, str, str]:
    if r in SYMMETRIC and t < s:
        s, t = t, s
    return s, r, t


def score_document(pred: dict, gold: dict) -> dict:
    ents = pred.get("entities") or []
    m = match_entities(ents, gold["entities"])
    gk = {g["name"]: _kind(g["type"]) for g in gold["entities"]}
    tp = len(m)
    gold_rel = {_triple(r["source"], r["relation"], r["target"]) for r in gold["relations"]}
    opt = {_triple(r["source"], r["relation"], r["target"]) for r in gold.get("optional_relations", [])} - gold_rel
    pr = set()
    for r in pred.get("relations") or []:
        s, t = m.get(r["source"]), m.get(r["target"])
        pr.add(_triple(s, r["type"], t) if s and t else ("?", r["type"], f"{r['source']}|{r['target']}"))
    counted = pr - (opt - gold_rel)
    return {
        "entities": (tp, len(ents) - tp, len(gold["entities"]) - tp),
        "entities_kind": (sum(1 for e in ents if e["id"] in m and _kind(e["kind"]) == gk[m[e["id"]]]),),
        "relations": (len(pr & gold_rel), len(counted - gold_rel), len(gold_rel - pr)),
        "per_type": {
            t: (
                len({x for x in pr & gold_rel if x[1] == t}),
                len({x for x in counted - gold_rel if x[1] == t}),
                len({x for x in gold_rel - pr if x[1] == t}),
            )
            for t in {x[1] for x in pr | gold_rel}
        },
        "per_kind": {
            k: (
                sum(1 for e in ents if e["id"] in m and gk[m[e["id"]]] == k),
                sum(1 for e in ents if e["id"] not in m and _kind(e["kind"]) == k),
                sum(1 for g in gold["entities"] if gk[g["name"]] == k and g["name"] not in m.values()),
            )
            for k in set(gk.values()) | {_kind(e["kind"]) for e in ents}
        },
        "missed_entities": sorted(g["name"] for g in gold["entities"] if g["name"] not in m.values()),
        "spurious_entities": sorted(e["name"] for e in ents if e["id"] not in m),
        "missed_relations": sorted(gold_rel - pr),
        "spurious_relations": sorted(counted - gold_rel),
    }


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def evaluate(
    gold_path: Path, corpus: Path | None = None, predictions: dict | None = None, save: Path | None = None
) -> dict:
    """Extract every gold article (or use `predictions`) and score it; returns a JSON-ready dict."""
    try:
        gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise ExplorerError(f"{gold_path}: cannot read the gold file ({e})") from None
    corpus = Path(corpus) if corpus else Path(gold_path).parent
    if predictions is None:
        predictions = predict(gold, corpus)
    if save:
        Path(save).write_text(json.dumps(predictions, ensure_ascii=False, indent=1), encoding="utf-8")
    by_file = {Path(d.get("path") or "").name: d for d in predictions["documents"]}
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    docs = []
    for g in gold:
        pdoc = by_file.get(g["file"], {"entities": [], "relations": []})
        s = score_document(pdoc, g)
        for scope in ("all", g.get("lang", "?")):
            for metric in ("entities", "relations"):
                for i in range(3):
                    totals[f"{scope}/{metric}"][i] += s[metric][i]
        for t, v in s["per_type"].items():
            for i in range(3):
                totals[f"type/{t}"][i] += v[i]
        for k, v in s["per_kind"].items():
            for i in range(3):
                totals[f"kind/{k}"][i] += v[i]
        docs.append(
            {
                "id": g.get("id"),
                "file": g["file"],
                "lang": g.get("lang"),
                "entities": prf(*s["entities"]),
                "relations": prf(*s["relations"]),
                **{k: s[k] for k in ("missed_entities", "spurious_entities", "missed_relations", "spurious_relations")},
            }
        )
    return {"documents": docs, "totals": {k: prf(*v) for k, v in sorted(totals.items())}}


def predict(gold: list[dict], corpus: Path) -> dict:
    from explorer.extract import extract
    from explorer.ingest.document import make_document
    from explorer.kb import load_kb

    kb = load_kb()
    out = []
    for g in gold:
        path = corpus / g["file"]
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as e:
            raise ExplorerError(f"{path}: cannot read a gold article ({e})") from None
        doc = make_document(text, path=str(path), date=g.get("date"), lang=g.get("lang"))
        out.append(extract(doc, kb).to_json())
    return {"documents": out}


def judged(gold_path: Path, kb=None) -> Iterator[tuple[Relation, str]]:
    """Each relation extracted from a gold set's articles with its verdict, "right", "optional" or "wrong", as
    `evaluate` counts it (entities matched the same way): for benchmarks that break the score down by construction
    or by confidence. Counts of these say nothing of the text, so they are safe on sets nobody may read."""
    from explorer.extract import extract
    from explorer.ingest.document import make_document
    from explorer.kb import load_kb

    kb = kb or load_kb()
    gold_path = Path(gold_path)
    for g in json.loads(gold_path.read_text(encoding="utf-8")):
        path = gold_path.parent / g["file"]
        doc = make_document(path.read_text(encoding="utf-8"), lang=g["lang"], date=g.get("date"), path=str(path))
        ex = extract(doc, kb)
        m = match_entities(ex.to_json()["entities"], g["entities"])
        gold = {_triple(r["source"], r["relation"], r["target"]) for r in g["relations"]}
        optional = {_triple(r["source"], r["relation"], r["target"]) for r in g.get("optional_relations", [])}
        for r in ex.relations:
            s, t = m.get(r.source), m.get(r.target)
            triple = _triple(s, r.type, t) if s and t else None
            yield r, "right" if triple in gold else "optional" if triple in optional else "wrong"


def format_report(result: dict, *, misses: bool = False) -> str:
    lines = []
    for d in result["documents"]:
        lines.append(
            f"{str(d['id']):>5} {d['lang']}  entity F1 {d['entities']['f1']:.2f}  "
            f"relation F1 {d['relations']['f1']:.2f}  {d['file']}"
        )
        if misses:
            for k in ("missed_entities", "spurious_entities", "missed_relations", "spurious_relations"):
                if d[k]:
                    lines.append(f"        {k.replace('_', ' ')}: {d[k]}")
    lines.append("")
    lines.append(f"{'scope':<26}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}")
    for k, v in result["totals"].items():
        lines.append(
            f"{k:<26}{v['precision']:>7.3f}{v['recall']:>7.3f}{v['f1']:>7.3f}{v['tp']:>6}{v['fp']:>6}{v['fn']:>6}"
        )
    t = result["totals"]
    lines.append(f"SUMMARY entity_F1={t['all/entities']['f1']:.3f} relation_typed_F1={t['all/relations']['f1']:.3f}")
    return "\n".join(lines)
