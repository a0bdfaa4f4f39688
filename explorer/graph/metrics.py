"""Metrics of a view: degree, weighted degree, betweenness, PageRank, Louvain communities.

Functions take the view as `build_view` returns it (a MultiDiGraph, one edge per relation) and work on
two derived simple graphs: `pair_graph` (undirected, weight = relations between two actors, either
direction) for degree, betweenness and communities, and `flow_graph` (directed, symmetric relation
types counted both ways) for PageRank.

`node_metrics` also takes the folded display graph (`display_graph`, a DiGraph with a `weight` per link).

Also here: views cut and folded straight from relation rows with pandas (`view_rows`, `display_graph`),
fast enough for every filter change of the dashboard on a corpus of thousands of articles.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import networkx as nx
import pandas as pd

from explorer import ontology
from explorer.graph.build import EVIDENCE_FIELDS, filter_relations
from explorer.graph.spec import ViewSpec

METRIC_COLUMNS = ["id", "name", "name_ar", "kind", "degree", "weighted_degree", "betweenness", "pagerank", "community"]

#: Colours for communities (Tableau 20, strong shades first); community i gets PALETTE[i % 20].
PALETTE = [
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
]


def pair_graph(G: nx.Graph) -> nx.Graph:
    """Undirected simple graph of `G`: one edge per pair of nodes, weight = number of relations.

    >>> M = nx.MultiDiGraph([("a", "b"), ("b", "a"), ("a", "c")])
    >>> pair_graph(M)["a"]["b"]["weight"]
    2
    """
    U = nx.Graph()
    U.add_nodes_from(G.nodes(data=True))
    for u, v, data in G.edges(data=True):
        if u == v:
            continue
        w = data.get("weight", 1) if not G.is_multigraph() else 1
        if U.has_edge(u, v):
            U[u][v]["weight"] += w
        else:
            U.add_edge(u, v, weight=w)
    return U


def flow_graph(G: nx.Graph) -> nx.DiGraph:
    """Directed simple graph of `G`; a symmetric relation (meets, phones, ...) counts in both directions.

    Takes one edge per relation (`type`) or folded links: with `type_counts` (from `display_graph`)
    each relation counts by its own type, otherwise by the link's main type (`types[0]`).
    """
    symmetric = ontology.symmetric_types()
    D = nx.DiGraph()
    D.add_nodes_from(G)

    def add(a, b, w):
        if D.has_edge(a, b):
            D[a][b]["weight"] += w
        else:
            D.add_edge(a, b, weight=w)

    for u, v, data in G.edges(data=True):
        if u == v:
            continue
        if G.is_multigraph():
            counts = {data.get("type"): 1}
        elif data.get("type_counts"):
            counts = data["type_counts"]
        else:
            main = data.get("type") or (data.get("types") or [None])[0]
            counts = {main: data.get("weight", 1)}
        both = sum(n for t, n in counts.items() if t in symmetric)
        one = sum(counts.values()) - both
        if one + both:
            add(u, v, one + both)
        if both:
            add(v, u, both)
    return D


def communities(G: nx.Graph, *, seed: int = 0, resolution: float = 1.0) -> dict[str, int]:
    """Louvain communities of the view (on `pair_graph`, weighted), as node -> community number.

    Numbers run from 0 for the largest community; ties are broken by the smallest node id, so the
    same graph and seed always give the same numbers. Every node gets exactly one community.

    >>> M = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("c", "a"), ("x", "y"), ("y", "z"), ("z", "x"), ("c", "x")])
    >>> c = communities(M, seed=1)
    >>> c["a"] == c["b"] == c["c"], c["a"] != c["x"]
    (True, True)
    """
    U = pair_graph(G)
    if U.number_of_nodes() == 0:
        return {}
    parts = nx.community.louvain_communities(U, weight="weight", seed=seed, resolution=resolution)
    parts = sorted((sorted(map(str, p)), p) for p in parts)
    parts.sort(key=lambda sp: (-len(sp[1]), sp[0][0]))
    return {n: i for i, (_, p) in enumerate(parts) for n in p}


def node_metrics(
    G: nx.Graph, *, seed: int = 0, betweenness_sample: int = 400, resolution: float = 1.0
) -> pd.DataFrame:
    """One row per node: degree (distinct counterparts), weighted degree (relations), betweenness,
    PageRank and community, sorted by weighted degree.

    Betweenness is exact up to `betweenness_sample` nodes and estimated from that many seeded pivots
    above it (exact betweenness grows with nodes x edges).
    """
    if G.number_of_nodes() == 0:
        return pd.DataFrame(columns=METRIC_COLUMNS)
    U = pair_graph(G)
    n = U.number_of_nodes()
    k = betweenness_sample if n > betweenness_sample else None
    betweenness = nx.betweenness_centrality(U, k=k, seed=seed if k else None, normalized=True)
    D = flow_graph(G)
    pagerank = nx.pagerank(D, weight="weight") if D.number_of_edges() else {v: 1 / n for v in D}
    comm = communities(G, seed=seed, resolution=resolution)
    rows = []
    for v, data in U.nodes(data=True):
        rows.append(
            {
                "id": v,
                "name": data.get("name") or v,
                "name_ar": data.get("name_ar") if isinstance(data.get("name_ar"), str) else None,
                "kind": data.get("kind"),
                "degree": U.degree(v),
                "weighted_degree": int(U.degree(v, weight="weight")),
                "betweenness": round(betweenness.get(v, 0.0), 6),
                "pagerank": round(pagerank.get(v, 0.0), 6),
                "community": comm.get(v, -1),
            }
        )
    df = pd.DataFrame(rows, columns=METRIC_COLUMNS)
    return df.sort_values(["weighted_degree", "id"], ascending=[False, True], ignore_index=True)


def colour_by_community(G: nx.Graph, comm: dict[str, int]) -> nx.Graph:
    """A copy of `G` whose nodes carry `community`, `group` and a `color` from `PALETTE`."""
    H = G.copy()
    for v in H:
        c = comm.get(v, -1)
        H.nodes[v]["community"] = c
        H.nodes[v]["group"] = c
        H.nodes[v]["color"] = PALETTE[c % len(PALETTE)] if c >= 0 else "#999999"
    return H


# -- views straight from relation rows -----------------------------------------------------------------
#
# `build_view` + `aggregate` make one NetworkX edge per relation and then fold them: about 80 µs per
# relation, so 20k relations (a hub's neighbourhood in 5,000 articles) cost well over a second. The
# dashboard needs the folded graph on every filter change, so it cuts and folds the rows with pandas
# (tests check the result equals aggregate(build_view(...))). These belong beside build_view.


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


def top_nodes(rows: pd.DataFrame, max_nodes: int, *, keep: Iterable[str] = ()) -> set[str] | None:
    """The `max_nodes` nodes of highest weighted degree in `rows` (the `keep` nodes count first), or
    None when the rows hold no more nodes than that."""
    weights = node_weights(rows)
    if len(weights) <= max_nodes:
        return None
    chosen = {k for k in keep if k in weights.index}
    for v in weights.index:
        if len(chosen) >= max_nodes:
            break
        chosen.add(v)
    return chosen


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


def view_rows(relations: pd.DataFrame, entities: pd.DataFrame, spec: ViewSpec) -> pd.DataFrame:
    """The relations of the view `spec` describes, at most `spec.max_nodes` nodes (the busiest, centres
    first): filters, ego network, node cap, then minimum link weight."""
    rows = filter_relations(relations, entities, spec)
    if spec.actors:
        rows = ego_rows(rows, spec.actors, spec.hops)
    rows = rows_among(rows, top_nodes(rows, spec.max_nodes, keep=spec.actors))
    return min_weight_rows(rows, spec.min_weight)


def display_graph(
    rows: pd.DataFrame, entities: pd.DataFrame, spec: ViewSpec | None = None, *, evidence_per_link: int | None = None
) -> nx.DiGraph:
    """`aggregate(build_view(...))` of view rows, made in one pass: one edge per directed link with
    weight, types (most frequent first), type_counts, first_date, last_date and evidence (date order).

    With `evidence_per_link`, a link keeps only that many evidence items (the most confident, the
    earliest on ties); its weight still counts them all. The spec's centre actors are nodes even
    without a relation.
    """
    centres = [a for a in (spec.actors if spec else ()) if a in set(entities["id"])]
    nodes = pd.unique(pd.concat([rows["source"], rows["target"], pd.Series(centres, dtype=object)]))
    info = entities.set_index("id").reindex(nodes)
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
    """None for NaN/NA, plain Python scalars otherwise."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return value.item() if hasattr(value, "item") else value
