"""Apply the review log to the extraction output: the overlay every view is built from.

The stored extraction is never changed by a review. Instead, whenever a corpus is loaded, the latest
decision on each slot is applied to its frames: relations get a stable id (`rid`), a review state,
corrected types and ends, hand-added relations appear, merged actors fold into one, documents get
reviewed dates, titles and outlets or leave the corpus. Decisions whose target is gone (a re-extraction
no longer finds that relation, an entity disappeared) are returned as `orphans`, never dropped silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from explorer.review.decisions import VERDICT, Decision, parse_precise_date, relation_key

REVIEW_COLUMNS = ("rid", "review", "reviewer", "review_note", "extracted_type", "corrected", "doc_url",
                  "doc_date", "date_precision")


@dataclass
class Overlay:
    relations: pd.DataFrame
    entities: pd.DataFrame
    documents: pd.DataFrame
    orphans: list[tuple[Decision, str]] = field(default_factory=list)  # (decision, why it finds no target)
    merged_into: dict[str, str] = field(default_factory=dict)
    decisions: int = 0


def relation_ids(relations: pd.DataFrame) -> list[str]:
    """The stable id of every relation row (document hash, sentence offsets, ends, type)."""
    cols = [relations[c].tolist() for c in ("doc_id", "sent_start", "sent_end", "source", "target", "type")]
    return [relation_key(*row) for row in zip(*cols, strict=True)]


def latest(decisions: list[Decision]) -> dict[tuple, Decision]:
    """The winning decision of each slot: the latest by time, then by order in the log."""
    out: dict[tuple, Decision] = {}
    for d in sorted(decisions, key=lambda d: d.at):  # stable: equal times keep log order
        out[d.slot] = d
    return out


def resolve_merges(win: dict[tuple, Decision]) -> dict[str, str]:
    """entity -> the entity it is finally merged into (chains followed, cycles broken by ignoring them)."""
    step = {d.target: d.value["into"] for (slot, _, _), d in win.items() if slot == "merge" and d.action == "merge"}
    out = {}
    for start in step:
        seen, cur = [start], step[start]
        while cur in step and cur not in seen:
            seen.append(cur)
            cur = step[cur]
        if cur not in seen:  # a cycle (a into b, b into a) merges nothing
            out[start] = cur
    return out


def apply(relations: pd.DataFrame, entities: pd.DataFrame, documents: pd.DataFrame,
          decisions: list[Decision]) -> Overlay:
    """The reviewed corpus: see the module docstring. Inputs are not modified."""
    win = latest(decisions)
    rel = relations.copy()
    ents = entities.copy()
    docs = documents.copy()
    orphans: list[tuple[Decision, str]] = []
    doc_ids = set(docs["id"])
    ent_ids = set(ents["id"])

    rel["rid"] = relation_ids(rel) if len(rel) else pd.Series(dtype="object")
    rel["extracted_type"] = rel["type"]
    rel["corrected"] = False
    if "method" not in rel.columns:
        rel["method"] = None

    # relations added by hand
    added, vouched = [], set()
    known_rids = set(rel["rid"].tolist())
    docs_by_id = docs.set_index("id")
    for key, d in hand_added(win, doc_ids, ent_ids, orphans):
        v = d.value
        if key in known_rids:
            vouched.add(key)  # the extractor finds it too: the researcher's word still confirms it
            continue
        doc = docs_by_id.loc[v["doc_id"]]
        added.append({
            "id": None, "doc_id": v["doc_id"], "source": v["source"], "target": v["target"], "type": v["type"],
            "sentence": v.get("sentence", ""), "sent_start": v["start"], "sent_end": v["end"],
            "date": doc.get("date"), "confidence": 1.0, "trigger": "", "method": "hand",
            "doc_title": doc.get("title"), "doc_source": doc.get("source"), "lang": doc.get("lang"),
            "doc_path": doc.get("path"), "rid": key, "extracted_type": None, "corrected": False,
        })
    if added:
        extra = pd.DataFrame(added)
        rel = pd.concat([rel, extra[[c for c in extra.columns if c in rel.columns]]], ignore_index=True)
        known_rids |= {a["rid"] for a in added}

    # corrections of a relation: type and ends
    pos = {r: i for i, r in enumerate(rel["rid"].tolist())}
    types, sources, targets = rel["type"].tolist(), rel["source"].tolist(), rel["target"].tolist()
    corrected = rel["corrected"].tolist()
    state = ["unreviewed"] * len(rel)
    reviewer: list[str | None] = [None] * len(rel)
    notes: list[str | None] = [None] * len(rel)
    for (slot, key, _), d in win.items():
        if d.target_kind != "relation" or slot == "added":
            continue
        i = pos.get(key)
        if i is None:
            orphans.append((d, "no relation with this id (the extractor no longer finds it)"))
            continue
        if slot == "type":
            types[i] = d.value["type"]
            corrected[i] = True
        elif slot == "ends":
            bad = [e for e in (d.value["source"], d.value["target"]) if e not in ent_ids]
            if bad:
                orphans.append((d, f"no entity {bad[0]!r}"))
                continue
            sources[i], targets[i] = d.value["source"], d.value["target"]
            corrected[i] = True
        elif slot == "verdict":
            state[i] = VERDICT[d.action]
            reviewer[i], notes[i] = d.reviewer, d.note or None
    for i, (m, rid) in enumerate(zip(rel["method"].tolist(), rel["rid"].tolist(), strict=True)):
        if (m == "hand" or rid in vouched) and state[i] == "unreviewed":
            state[i] = "confirmed"  # a researcher wrote it
    rel["type"], rel["source"], rel["target"], rel["corrected"] = types, sources, targets, corrected
    rel["review"], rel["reviewer"], rel["review_note"] = state, reviewer, notes

    # actors and agreements: merges, names, aliases, kinds
    for (_, key, _), d in win.items():
        if d.target_kind == "entity":
            if key not in ent_ids:
                orphans.append((d, f"no entity {key!r}"))
            elif d.action == "merge" and d.value["into"] not in ent_ids:
                orphans.append((d, f"no entity {d.value['into']!r} to merge into"))
    merged = {k: v for k, v in resolve_merges(win).items() if k in ent_ids and v in ent_ids}
    if merged:
        rel["source"] = [merged.get(x, x) for x in rel["source"].tolist()]
        rel["target"] = [merged.get(x, x) for x in rel["target"].tolist()]
    ents = _entities(ents, win, merged)

    # documents: exclusion, date, title, outlet (lists and dicts: one pass over the rows, not one per document)
    doc_fields: dict[str, dict[str, dict]] = {"date": {}, "title": {}, "outlet": {}}
    excluded = set()
    for (slot, key, _), d in win.items():
        if d.target_kind != "document":
            continue
        if key not in doc_ids:
            orphans.append((d, f"document {key[:12]}… is not in the store"))
        elif slot == "exclude":
            if d.action == "exclude":
                excluded.add(key)
        else:
            doc_fields[slot][key] = d.value
    ids = docs["id"].tolist()
    at = {k: i for i, k in enumerate(ids)}
    dates = [None if _missing(x) else x for x in docs["date"].tolist()]
    if "date_precision" in docs.columns:
        precisions = [None if _missing(p) else p for p in docs["date_precision"].tolist()]
    else:
        precisions = [None] * len(ids)
    precisions = [p or (None if dt is None else "day") for p, dt in zip(precisions, dates, strict=True)]
    titles, outlets = docs["title"].tolist(), docs["source"].tolist()
    new_date: dict[str, tuple[str, str | None]] = {}
    for key, v in doc_fields["date"].items():
        day, precision = parse_precise_date(v["date"], v.get("precision"))
        new_date[key] = (day, dates[at[key]])
        dates[at[key]], precisions[at[key]] = day, precision
    for key, v in doc_fields["title"].items():
        titles[at[key]] = v["title"]
    for key, v in doc_fields["outlet"].items():
        outlets[at[key]] = v["outlet"]
    docs["date"], docs["date_precision"], docs["title"], docs["source"] = dates, precisions, titles, outlets
    docs["excluded"] = [k in excluded for k in ids]
    rel_docs = rel["doc_id"].tolist()
    if new_date:
        rdates = rel["date"].tolist()
        for i, dd in enumerate(rel_docs):
            if dd in new_date and (_missing(rdates[i]) or rdates[i] == new_date[dd][1]):
                rdates[i] = new_date[dd][0]
        rel["date"] = rdates
    if doc_fields["title"]:
        rel["doc_title"] = [titles[at[dd]] if dd in doc_fields["title"] else t
                            for dd, t in zip(rel_docs, rel["doc_title"].tolist(), strict=True)]
    if doc_fields["outlet"]:
        rel["doc_source"] = [outlets[at[dd]] if dd in doc_fields["outlet"] else t
                             for dd, t in zip(rel_docs, rel["doc_source"].tolist(), strict=True)]
    if merged or excluded:  # one cut: self-loops a merge made, relations of excluded documents
        keep = [s_ != t and dd not in excluded for s_, t, dd in zip(rel["source"].tolist(), rel["target"].tolist(),
                                                                   rel_docs, strict=True)]
        rel = rel[keep]
    ids, rel_docs = docs["id"].tolist(), rel["doc_id"].tolist()
    for col, src in (("doc_url", "url"), ("date_precision", "date_precision"), ("doc_date", "date")):
        if src in docs.columns:
            lookup = dict(zip(ids, docs[src].tolist(), strict=True))
            rel[col] = [lookup.get(d) for d in rel_docs]
        else:
            rel[col] = None
    return Overlay(rel.reset_index(drop=True), ents, docs, orphans, merged, len(decisions))


def _missing(x) -> bool:
    return x is None or (isinstance(x, float) and x != x) or x is pd.NA


def _entities(ents: pd.DataFrame, win: dict[tuple, Decision], merged: dict[str, str]) -> pd.DataFrame:
    ents = ents.copy()
    ents["aliases"] = ents["aliases"].map(lambda a: list(a) if isinstance(a, (list, tuple)) else [])
    idx = {e: i for i, e in enumerate(ents["id"].tolist())}  # (.tolist(): iterating Arrow strings is slow)
    names, names_ar = ents["name"].tolist(), ents["name_ar"].tolist()
    kinds, aliases = ents["kind"].tolist(), ents["aliases"].tolist()
    for (slot, key, _), d in win.items():
        i = idx.get(key)
        if i is None or d.target_kind != "entity":
            continue
        if slot == "name":
            if d.value.get("name") and d.value["name"] != names[i]:
                aliases[i] = [*aliases[i], names[i]] if names[i] not in aliases[i] else aliases[i]
                names[i] = d.value["name"]
            if d.value.get("name_ar"):
                names_ar[i] = d.value["name_ar"]
        elif slot == "alias" and d.value["alias"] not in aliases[i]:
            aliases[i] = [*aliases[i], d.value["alias"]]
        elif slot == "kind":
            kinds[i] = d.value["kind"]
    mentions = ents["mentions"].tolist() if "mentions" in ents.columns else None
    for src, dst in merged.items():
        i, j = idx[src], idx[dst]
        extra = [n for n in (names[i], names_ar[i], *aliases[i]) if isinstance(n, str) and n not in aliases[j]]
        aliases[j] = [*aliases[j], *extra]
        if mentions is not None:
            mentions[j] += mentions[i]
    ents["name"], ents["name_ar"], ents["kind"], ents["aliases"] = names, names_ar, kinds, aliases
    if mentions is not None:
        ents["mentions"] = mentions
    ents["merged_into"] = ents["id"].map(merged)
    return ents[ents["merged_into"].isna()].drop(columns=["merged_into"]).reset_index(drop=True)


def precision_by_type(relations: pd.DataFrame) -> pd.DataFrame:
    """The extractor's precision measured from reviews, per relation type it proposed.

    A relation counts as right when confirmed as extracted, wrong when rejected or when its type or ends
    had to be corrected; hand-added relations are not the extractor's and do not count.
    """
    cols = ["type", "confirmed", "rejected", "unreviewed", "precision"]
    if relations.empty or "review" not in relations.columns:
        return pd.DataFrame(columns=cols)
    r = relations[relations["extracted_type"].notna()]
    right = (r["review"] == "confirmed") & ~r["corrected"].astype(bool)
    wrong = (r["review"] == "rejected") | r["corrected"].astype(bool)
    g = pd.DataFrame({"type": r["extracted_type"], "confirmed": right, "rejected": wrong,
                      "unreviewed": ~right & ~wrong}).groupby("type").sum().reset_index()
    reviewed = g["confirmed"] + g["rejected"]
    g["precision"] = (g["confirmed"] / reviewed.where(reviewed > 0)).round(3)
    g[["confirmed", "rejected", "unreviewed"]] = g[["confirmed", "rejected", "unreviewed"]].astype(int)
    return g[cols].sort_values("type").reset_index(drop=True)


def hand_added(win: dict, doc_ids, ent_ids, orphans: list):
    """(key, decision) of each relation added by hand whose document and ends are in the store; the others
    join `orphans` with why (shared by this overlay and the compact path, explorer.review.compact)."""
    for (slot, key, _), d in win.items():
        if slot != "added":
            continue
        v = d.value
        if v["doc_id"] not in doc_ids:
            orphans.append((d, f"document {v['doc_id'][:12]}… is not in the store"))
            continue
        missing = [e for e in (v["source"], v["target"]) if e not in ent_ids]
        if missing:
            orphans.append((d, f"no entity {missing[0]!r}"))
            continue
        yield key, d
