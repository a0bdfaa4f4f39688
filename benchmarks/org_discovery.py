"""Organization discovery batch: recall, kind and precision of the bodies named in short news-style sentences
written for it (tests/fixtures/org_discovery/en.yaml, ar.yaml), real bodies of many conflicts, most of them not
in the knowledge base.

    python benchmarks/org_discovery.py [--misses] [--lang en|ar]

Recall: listed bodies found as an organization or armed group whose mention is the listed name (a leading
"the", quotes, a possessive state before it and an Arabic clitic on the first word aside; an Arabic name
followed by «في» and its state, as the knowledge base may write it, is the name). Kind: found bodies of
the listed kind. Precision: discovered (unknown) bodies of the sentence that are listed. The last line is
`RESULT key=value …`.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIXTURES = ROOT / "tests" / "fixtures" / "org_discovery"
_BODY = ("organization", "armed_group")


def _key(s: str) -> str:
    from explorer.text.normalize import normalize

    s = normalize(s).text
    s = re.sub(r"[\"«»“”()]", " ", s)
    s = re.sub(r"^(?:the|[a-z]+'s)\s+", "", s.strip())
    s = re.sub(r"^(?:و|ف|ب|ل)(?=ال|[^\s]{3})", "", s) if s[:1] in "وفبل" and not s.startswith("ل ") else s
    return " ".join(s.split())


def score(lang: str) -> dict:
    from explorer.extract.pipeline import extract_text

    items = yaml.safe_load((FIXTURES / f"{lang}.yaml").read_text(encoding="utf-8"))
    from explorer.kb import load_kb, norm_alias

    kb_keys = {sf.key for sf in load_kb().surfaces}
    out = dict.fromkeys(("unknown", "unknown_found", "n", "found", "kind", "discovered", "spurious"), 0)
    out |= {"misses": [], "fakes": [], "kinds": []}
    for it in items:
        ex = extract_text(it["text"], lang=lang, date_="2024-05-10")
        bodies = [e for e in ex.entities if e.kind in _BODY]
        keyed = [(e, {_key(m.text) for m in e.mentions} | {_key(e.name)}) for e in bodies]
        wanted = {_key(n): (n, k) for n, k in it["orgs"]}
        for key, (name, kind) in wanted.items():
            out["n"] += 1
            unknown = norm_alias(name) not in kb_keys
            out["unknown"] += unknown
            hit = next((e for e, ks in keyed if key in ks or any(k.startswith(key + " في ") for k in ks)), None)
            if hit is None:
                out["misses"].append((name, it["text"], sorted(k for _, ks in keyed for k in ks)))
                continue
            out["found"] += 1
            out["unknown_found"] += unknown
            out["kind"] += hit.kind == kind
            if hit.kind != kind:
                out["kinds"].append((name, hit.kind, kind))
        for e, ks in keyed:
            if e.known:
                continue
            out["discovered"] += 1
            if not ks & wanted.keys():
                out["spurious"] += 1
                out["fakes"].append((sorted(ks), it["text"]))
    out["recall"] = out["found"] / max(out["n"], 1)
    out["unknown_recall"] = out["unknown_found"] / max(out["unknown"], 1)
    out["kind_ok"] = out["kind"] / max(out["found"], 1)
    out["precision"] = 1 - out["spurious"] / max(out["discovered"], 1)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--lang", choices=("en", "ar"))
    args = ap.parse_args()
    res = {}
    for lang in [args.lang] if args.lang else ["en", "ar"]:
        r = res[lang] = score(lang)
        print(
            f"{lang}: recall {r['found']}/{r['n']} = {r['recall']:.3f}  (not in the knowledge base: "
            f"{r['unknown_found']}/{r['unknown']} = {r['unknown_recall']:.3f})  kind {r['kind']}/{r['found']}  "
            f"precision {r['discovered'] - r['spurious']}/{r['discovered']} = {r['precision']:.3f}"
        )
        if args.misses:
            for name, text, got in r["misses"]:
                print(f"  MISS {name!r}  got {got}  | {text}")
            for name, got, want in r["kinds"]:
                print(f"  KIND {name!r} {got}, not {want}")
            for ks, text in r["fakes"]:
                print(f"  FAKE {ks}  | {text}")
    keys = ("recall", "unknown_recall", "kind_ok", "precision")
    print("RESULT " + " ".join(f"{lang}_{k}={r[k]:.3f}" for lang, r in res.items() for k in keys))


if __name__ == "__main__":
    main()
