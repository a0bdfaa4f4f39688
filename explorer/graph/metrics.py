"""Metrics of a view: degree, weighted degree, betweenness, PageRank, Louvain communities.

Functions take a view's graph (the folded display graph of `graph.view.view`, or a MultiDiGraph of
one edge per relation) and work on two derived simple graphs: `pair_graph` (undirected, weight =
relations between two actors, either direction) for degree, betweenness and communities, and
`flow_graph` (directed, symmetric relation types counted both ways) for PageRank.
"""

from __future__ import annotations

import networkx as nx
import pandas as pd

from explorer import ontology

METRIC_COLUMNS = ["id", "name", "name_ar", "kind", "degree", "weighted_degree", "betweenness", "pagerank", "community"]

#: Colours for communities: the one colour-blind-safe palette (ontology.yaml); community i gets PALETTE[i % 8].
PALETTE = ontology.palette()


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
