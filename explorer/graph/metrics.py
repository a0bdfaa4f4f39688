"""Metrics of a view: degree, weighted degree, betweenness, PageRank, Louvain communities.

Functions take the view as `build_view` returns it (a MultiDiGraph, one edge per relation) and work on
two derived simple graphs: `pair_graph` (undirected, weight = relations between two actors, either
direction) for degree, betweenness and communities, and `flow_graph` (directed, symmetric relation
types counted both ways) for PageRank.

Also here: ranking nodes by weighted degree straight from relation rows, so a large corpus can be cut
to a drawable view before any graph is built (`focus_rows`).
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx
import pandas as pd

from explorer import ontology

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
    """Directed simple graph of `G`; a symmetric relation (meets, phones, ...) counts in both directions."""
    symmetric = ontology.symmetric_types()
    D = nx.DiGraph()
    D.add_nodes_from(G)
    for u, v, data in G.edges(data=True):
        if u == v:
            continue
        w = data.get("weight", 1) if not G.is_multigraph() else 1
        pairs = [(u, v), (v, u)] if data.get("type") in symmetric else [(u, v)]
        for a, b in pairs:
            if D.has_edge(a, b):
                D[a][b]["weight"] += w
            else:
                D.add_edge(a, b, weight=w)
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


# -- cutting rows before a graph is built -----------------------------------------------------------


def ego_rows(rows: pd.DataFrame, centres: Iterable[str], hops: int) -> pd.DataFrame:
    """Rows between nodes within `hops` steps of a centre (direction ignored).

    The same node set as `build.ego_nodes` on the graph of `rows`, found with pandas: a two-hop
    ego network of a hub over 100k rows costs milliseconds instead of building the whole graph.
    """
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


def focus_rows(rows: pd.DataFrame, *, actors: Iterable[str] = (), hops: int = 1, max_nodes: int = 1500) -> pd.DataFrame:
    """Rows of the ego network of `actors` (all rows without actors), cut to `max_nodes` nodes."""
    actors = list(actors)
    if actors:
        rows = ego_rows(rows, actors, hops)
    return rows_among(rows, top_nodes(rows, max_nodes, keep=actors))

