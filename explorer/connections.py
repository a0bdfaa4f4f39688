"""How actors connect: the shortest paths between two of them with the evidence for each hop, and the
neighbours a view left out (what a double-click on a node reveals).

Both work on relation rows that already passed a view's filters (types, dates, kinds), before its ego
network and node cap: "how is A connected to B in 2016, through meetings?" follows only such relations.
Direction is ignored: "Kerry meets Lavrov" connects them both ways.

>>> import pandas as pd
>>> rows = pd.DataFrame({"source": ["kerry", "lavrov", "kerry"], "target": ["lavrov", "assad", "johnson"],
...                      "type": ["meets", "meets", "meets"], "date": ["2016-02-11", "2016-03-01", None]})
>>> [[(h.source, h.target) for h in p] for p in shortest_paths(rows, "kerry", "assad")]
[[('kerry', 'lavrov'), ('lavrov', 'assad')]]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx
import pandas as pd


@dataclass(frozen=True)
class Hop:
    """One step of a path: from `source` to `target` (in path order), with the relations behind it."""

    source: str
    target: str
    types: tuple[str, ...]  # most frequent first
    rows: pd.DataFrame  # the relations between the two, either direction, newest first


def pair_graph(rows: pd.DataFrame) -> nx.Graph:
    """One undirected edge per pair of nodes that share a relation, weight = relations."""
    G = nx.Graph()
    for (u, v), n in Counter(
        (s, t) if s <= t else (t, s) for s, t in zip(rows["source"], rows["target"], strict=True) if s != t
    ).items():
        G.add_edge(u, v, weight=n)
    return G


def shortest_paths(rows: pd.DataFrame, a: str, b: str, *, limit: int = 5, max_hops: int = 6) -> list[list[Hop]]:
    """Up to `limit` shortest paths from `a` to `b` over `rows` (none when they are not connected within
    `max_hops`). Among equally short paths, those over links with more relations come first."""
    if a == b or rows.empty:
        return []
    G = pair_graph(rows)
    if a not in G or b not in G:
        return []
    try:
        length = nx.shortest_path_length(G, a, b)
    except nx.NetworkXNoPath:
        return []
    if length > max_hops:
        return []
    paths = []
    for i, p in enumerate(nx.all_shortest_paths(G, a, b)):
        paths.append(p)
        if i >= 200:  # enough to rank; a hub pair can have thousands
            break
    paths.sort(key=lambda p: (-min(G[u][v]["weight"] for u, v in zip(p, p[1:], strict=False)), p))
    src, tgt = rows["source"], rows["target"]
    out = []
    for p in paths[:limit]:
        hops = []
        for u, v in zip(p, p[1:], strict=False):
            sub = rows[((src == u) & (tgt == v)) | ((src == v) & (tgt == u))]
            sub = sub.sort_values("date", ascending=False, na_position="last", kind="stable")
            counts = sub["type"].value_counts()
            types = tuple(sorted(counts.index, key=lambda t: (-counts[t], t)))
            hops.append(Hop(u, v, types, sub))
        out.append(hops)
    return out


def neighbour_rows(rows: pd.DataFrame, shown: Iterable[str], *, per_node: int = 12, limit: int = 400) -> pd.DataFrame:
    """Relations from a shown node to a node the view left out: at most `per_node` left-out neighbours
    per shown node (those with the most relations to it) and `limit` left-out nodes in all."""
    shown = set(shown)
    if rows.empty or not shown:
        return rows.iloc[0:0]
    s_in, t_in = rows["source"].isin(shown), rows["target"].isin(shown)
    cross = rows[s_in != t_in]
    if cross.empty:
        return cross
    inside = cross["source"].where(cross["source"].isin(shown), cross["target"])
    outside = cross["target"].where(cross["source"].isin(shown), cross["source"])
    pairs = pd.DataFrame({"inside": inside, "outside": outside}).value_counts().reset_index(name="n")
    pairs = pairs.sort_values(["n", "inside", "outside"], ascending=[False, True, True], kind="stable")
    pairs = pairs.groupby("inside", sort=False).head(per_node)
    keep = list(dict.fromkeys(pairs["outside"]))[:limit]
    pairs = pairs[pairs["outside"].isin(set(keep))]
    chosen = set(zip(pairs["inside"], pairs["outside"], strict=True))
    mask = [(i, o) in chosen for i, o in zip(inside, outside, strict=True)]
    return cross[mask]
