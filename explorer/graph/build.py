"""The reference view: a NetworkX graph of one edge per relation, cut and then folded by `aggregate`.

TEST ORACLE ONLY. Every view the app, the CLI, exports and benchmarks show comes from
`explorer.graph.view.view` (rows cut with pandas, then folded once). This slow, obviously-correct
path stays so that tests can check the fast one against it (tests/graph/test_one_view.py also checks
that nothing else in `explorer/` calls it). It applies the filters, the ego network and the minimum
link weight; the node cap is not part of it (tests compare views whose cap is not reached).
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterable

import networkx as nx
import pandas as pd

from explorer.graph.spec import ViewSpec
from explorer.graph.view import EVIDENCE_FIELDS
from explorer.graph.view import OPTIONAL_FIELDS as OPTIONAL


def build_graph(relations: pd.DataFrame, entities: pd.DataFrame) -> nx.MultiDiGraph:
    """A MultiDiGraph with one edge per relation (key = relation id) and every entity that has one.

    >>> rel = pd.DataFrame([{"id": 1, "source": "a", "target": "b", "type": "meets", "date": "2016-07-15"}])
    >>> ent = pd.DataFrame([{"id": "a", "name": "A", "kind": "person"}, {"id": "b", "name": "B", "kind": "person"}])
    >>> G = build_graph(rel, ent)
    >>> G.number_of_edges(), G.nodes["a"]["name"]
    (1, 'A')
    """
    G = nx.MultiDiGraph()
    ent = entities.set_index("id") if "id" in entities.columns else entities
    used = pd.unique(pd.concat([relations["source"], relations["target"]])) if len(relations) else []
    for nid in used:
        row = ent.loc[nid] if nid in ent.index else None
        G.add_node(
            nid,
            name=str(row["name"]) if row is not None else nid,
            name_ar=(row.get("name_ar") if row is not None and isinstance(row.get("name_ar"), str) else None),
            kind=str(row["kind"]) if row is not None else "organization",
            mentions=int(row["mentions"]) if row is not None and "mentions" in row else 0,
        )
    cols = [c for c in relations.columns if c not in ("source", "target")]
    for rec in relations.to_dict("records"):
        attrs = {c: rec[c] for c in cols}
        if attrs.get("date") is not None and not isinstance(attrs["date"], str):
            attrs["date"] = None if pd.isna(attrs["date"]) else str(attrs["date"])
        G.add_edge(rec["source"], rec["target"], key=rec.get("id"), **attrs)
    return G


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


def ego_nodes(G: nx.Graph, centres: Iterable[str], hops: int = 1) -> set[str]:
    """Nodes within `hops` steps of any centre, ignoring edge direction (centres included)."""
    seen = {c for c in centres if c in G}
    frontier = deque((c, 0) for c in seen)
    while frontier:
        node, d = frontier.popleft()
        if d >= hops:
            continue
        nbrs = set(G.successors(node)) | set(G.predecessors(node)) if G.is_directed() else set(G.neighbors(node))
        for n in nbrs - seen:
            seen.add(n)
            frontier.append((n, d + 1))
    return seen


def build_view(relations: pd.DataFrame, entities: pd.DataFrame, spec: ViewSpec) -> nx.MultiDiGraph:
    """The view the spec describes, as a MultiDiGraph (one edge per relation).

    The centre actors always stay in the view, even when the window leaves them no edge.
    """
    rows = filter_relations(relations, entities, spec)
    G = build_graph(rows, entities)
    if spec.actors:
        keep = ego_nodes(G, spec.actors, spec.hops)
        G = G.subgraph(keep).copy()
        ent = entities.set_index("id") if "id" in entities.columns else entities
        for a in spec.actors:
            if a not in G and a in ent.index:
                row = ent.loc[a]
                G.add_node(a, name=row["name"], name_ar=row.get("name_ar"), kind=row["kind"], mentions=0)
    if spec.min_weight > 1:
        pair = Counter((u, v) if u <= v else (v, u) for u, v in G.edges())
        drop = [(u, v, k) for u, v, k in G.edges(keys=True) if pair[(u, v) if u <= v else (v, u)] < spec.min_weight]
        G.remove_edges_from(drop)
        G.remove_nodes_from([n for n in list(G) if G.degree(n) == 0 and n not in spec.actors])
    G.graph["spec"] = spec
    return G


def aggregate(G: nx.MultiDiGraph) -> nx.DiGraph:
    """Collapse parallel edges for display: weight, types, first and last date, evidence list.

    >>> M = nx.MultiDiGraph()
    >>> M.add_edge("a", "b", type="meets", date="2016-01-02", sentence="s1")
    0
    >>> M.add_edge("a", "b", type="phones", date="2016-03-04", sentence="s2")
    1
    >>> D = aggregate(M)
    >>> D["a"]["b"]["weight"], D["a"]["b"]["types"], D["a"]["b"]["first_date"]
    (2, ['meets', 'phones'], '2016-01-02')
    """
    D = nx.DiGraph()
    D.graph.update(G.graph)
    for n, data in G.nodes(data=True):
        D.add_node(n, **data)
    for u, v, data in G.edges(data=True):
        if not D.has_edge(u, v):
            D.add_edge(u, v, weight=0, type_counts=Counter(), first_date=None, last_date=None, evidence=[])
        e = D[u][v]
        e["weight"] += 1
        e["type_counts"][data.get("type")] += 1
        d = data.get("date")
        if d:
            e["first_date"] = d if e["first_date"] is None or d < e["first_date"] else e["first_date"]
            e["last_date"] = d if e["last_date"] is None or d > e["last_date"] else e["last_date"]
        e["evidence"].append({f: _plain(data.get(f)) for f in EVIDENCE_FIELDS if f in data or f not in OPTIONAL})
    for _, _, e in D.edges(data=True):
        counts = e.pop("type_counts")
        e["types"] = sorted(counts, key=lambda t: (-counts[t], t))
        e["evidence"].sort(key=lambda ev: (not ev["date"], ev["date"] or "", ev["doc_title"] or ""))  # undated last
    for n in D:
        D.nodes[n]["weight"] = sum(d["weight"] for *_, d in D.in_edges(n, data=True)) + sum(
            d["weight"] for *_, d in D.out_edges(n, data=True)
        )
    return D


def _plain(value):
    """JSON-friendly scalars: None for None/NaN/NA/NaT, plain Python values for numpy ones."""
    if value is None or (not isinstance(value, str) and not isinstance(value, (list, tuple, dict)) and pd.isna(value)):
        return None
    return value.item() if hasattr(value, "item") else value
