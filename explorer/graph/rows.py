"""The steps of a view, on relation rows (pandas): filters, ego network, link weight, node cap, folding.

`explorer.graph.view.view` chains them; compare.py reuses them per period. `fold_links` is the one
function that turns relation rows into the display graph (one edge per directed link); tests check it
against the oracle `aggregate(build_view(...))` of graph/build.py.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import networkx as nx
import pandas as pd

from explorer.graph.spec import ViewSpec

EVIDENCE_FIELDS = ("type", "sentence", "doc_id", "doc_title", "doc_source", "date", "confidence", "lang", "trigger",
                   "review", "rid", "doc_url", "doc_date", "method")


def filter_relations(relations: pd.DataFrame, entities: pd.DataFrame, spec: ViewSpec) -> pd.DataFrame:
    """Rows of `relations` inside the spec's date window, relation types, node kinds, review states and
    minimum confidence (rows without a review state, never reviewed, count as unreviewed)."""
    df = review_rows(relations, spec)
    if spec.types:
        df = df[df["type"].isin(spec.types)]
    if spec.start or spec.end or not spec.include_undated:
        dated = df["date"].notna()
        keep = dated.copy()
        if spec.start:
            keep = keep & (df["date"].fillna("") >= spec.start.isoformat())
        if spec.end:
            keep = keep & (df["date"].fillna("9999").str[:10] <= spec.end.isoformat())
        if spec.include_undated:
            keep = keep | ~dated
        df = df[keep]
    if spec.kinds:
        kinds = entities.set_index("id")["kind"] if "id" in entities.columns else entities["kind"]
        ok = set(kinds[kinds.isin(spec.kinds)].index)
        df = df[df["source"].isin(ok) & df["target"].isin(ok)]
    return df


def review_rows(relations: pd.DataFrame, spec: ViewSpec) -> pd.DataFrame:
    """Rows whose review state the spec shows (rejected ones hidden by default) and confident enough."""
    df = relations
    if spec.reviewed != "all":
        state = df["review"] if "review" in df.columns else pd.Series("unreviewed", index=df.index)
        df = df[state != "rejected"] if spec.reviewed == "not-rejected" else df[state == spec.reviewed]
    if spec.min_confidence > 0:
        df = df[df["confidence"] >= spec.min_confidence]
    return df


def ego_rows(rows: pd.DataFrame, centres: Iterable[str], hops: int) -> pd.DataFrame:
    """Rows between nodes within `hops` steps of a centre (direction ignored): `build.ego_nodes`'s set."""
    nodes = set(centres)
    frontier = set(nodes)
    src, tgt = rows["source"], rows["target"]
    for _ in range(hops):
        if not frontier:
            break
        touch = rows[src.isin(frontier) | tgt.isin(frontier)]
        found = set(touch["source"]) | set(touch["target"])
        frontier = found - nodes
        nodes |= found
    return rows_among(rows, nodes)


def node_weights(rows: pd.DataFrame) -> pd.Series:
    """Relations per node (weighted degree) from relation rows, largest first."""
    if rows.empty:
        return pd.Series(dtype="int64")
    return pd.concat([rows["source"], rows["target"]]).value_counts()


def top_nodes(
    rows: pd.DataFrame, max_nodes: int, *, keep: Iterable[str] = (), mentions: pd.Series | None = None
) -> set[str] | None:
    """The node cap: the `max_nodes` nodes with the most relations in `rows` (weighted degree), the `keep`
    nodes (centre actors) first, ties broken by mentions (`mentions`, indexed by node id) then by id;
    or None when the rows hold no more nodes than that.

    The same ranking as `render.layout.cap_nodes` on the folded graph, so a renderer's own cap is a
    no-op on a view that was capped here.
    """
    weights = node_weights(rows)
    if len(weights) <= max_nodes:
        return None
    ranked = pd.DataFrame({"w": weights.to_numpy(), "id": weights.index.astype(str)}, index=weights.index)
    ranked["m"] = mentions.reindex(weights.index).fillna(0).to_numpy() if mentions is not None else 0
    ranked = ranked.sort_values(["w", "m", "id"], ascending=[False, False, True], kind="stable")
    chosen = list(dict.fromkeys(k for k in keep if k in weights.index))[:max_nodes]
    taken = set(chosen)
    for v in ranked.index:
        if len(chosen) >= max_nodes:
            break
        if v not in taken:
            chosen.append(v)
            taken.add(v)
    return taken


def rows_among(rows: pd.DataFrame, nodes: set[str] | None) -> pd.DataFrame:
    """Rows whose source and target are both in `nodes` (all rows when `nodes` is None)."""
    if nodes is None:
        return rows
    return rows[rows["source"].isin(nodes) & rows["target"].isin(nodes)]


def min_weight_rows(rows: pd.DataFrame, min_weight: int) -> pd.DataFrame:
    """Rows of the links (pairs, either direction) that hold at least `min_weight` relations."""
    if min_weight <= 1 or rows.empty:
        return rows
    swap = rows["source"] > rows["target"]
    a, b = rows["source"].where(~swap, rows["target"]), rows["target"].where(~swap, rows["source"])
    count = rows.groupby([a, b], sort=False)["type"].transform("size")
    return rows[count >= min_weight]


def fold_links(
    rows: pd.DataFrame, entities: pd.DataFrame, spec: ViewSpec | None = None, *, evidence_per_link: int | None = None
) -> nx.DiGraph:
    """The display graph of relation rows, in one pass: one edge per directed link with weight, types
    (most frequent first), type_counts, first_date, last_date and evidence (date order). Equals the
    oracle `aggregate(build_view(...))` on the same rows.

    With `evidence_per_link`, a link keeps only that many evidence items (the most confident, the
    earliest on ties); its weight still counts them all. The spec's centre actors are nodes even
    without a relation.
    """
    centres = [a for a in (spec.actors if spec else ()) if a in set(entities["id"])]
    nodes = pd.unique(pd.concat([rows["source"], rows["target"], pd.Series(centres, dtype=object)]))
    info = entities.set_index("id").reindex(pd.Index(nodes, dtype=object))
    D = nx.DiGraph(spec=spec)
    D.add_nodes_from(
        (n, {"name": _plain(r["name"]) or n, "name_ar": _plain(r["name_ar"]),
             "kind": _plain(r["kind"]) or "organization", "mentions": int(_plain(r.get("mentions")) or 0), "weight": 0})
        for n, r in zip(nodes, info.to_dict("records"), strict=True)
    )
    dates = [_plain(d) for d in rows["date"].tolist()]
    confidence = [c if c == c else 0.0 for c in rows["confidence"].tolist()] if "confidence" in rows else None
    links: dict[tuple, list] = {}  # (u, v) -> [type counts, first date, last date, row positions]
    for i, (u, v, t) in enumerate(zip(rows["source"].tolist(), rows["target"].tolist(), rows["type"].tolist(),
                                      strict=True)):
        link = links.get((u, v))
        if link is None:
            link = links[(u, v)] = [Counter(), None, None, []]
        link[0][t] += 1
        d = dates[i]
        if d:
            link[1] = d if link[1] is None or d < link[1] else link[1]
            link[2] = d if link[2] is None or d > link[2] else link[2]
        link[3].append(i)
    columns = {f: rows[f].tolist() for f in EVIDENCE_FIELDS if f in rows}
    weight = Counter()
    for (u, v), (counts, first, last, positions) in links.items():
        if evidence_per_link is not None:
            positions = sorted(positions, key=lambda i: -confidence[i] if confidence else 0)[:evidence_per_link]
        evidence = [{f: _plain(col[i]) for f, col in columns.items()} for i in positions]
        evidence.sort(key=lambda e: (e.get("date") or "", e.get("doc_title") or ""))
        types = sorted(counts, key=lambda t: (-counts[t], t))
        w = sum(counts.values())
        D.add_edge(u, v, weight=w, types=types, type_counts={t: counts[t] for t in types}, first_date=first,
                   last_date=last, evidence=evidence)
        weight[u] += w
        weight[v] += w
    for n, w in weight.items():
        D.nodes[n]["weight"] = w
    return D


def plain_strings(df: pd.DataFrame) -> pd.DataFrame:
    """`df` with its (Arrow-backed) string columns as Python-object columns.

    Cutting rows out of an Arrow string column copies the strings; out of an object column, only
    pointers: the filters of a view over 40k relations get several times faster. Do it once per load.
    """
    return df.astype({c: object for c in df.columns if pd.api.types.is_string_dtype(df[c].dtype)})


def _plain(value):
    """JSON-friendly scalars: None for None/NaN/NA/NaT, plain Python values for numpy ones."""
    if value is None or (not isinstance(value, str) and not isinstance(value, (list, tuple, dict)) and pd.isna(value)):
        return None
    return value.item() if hasattr(value, "item") else value
