"""Positions and size limits for drawing a view; stable positions for a whole corpus.

Every view of a corpus is drawn at the corpus's positions (`corpus_positions`, computed once, stored,
and extended when new actors arrive), so filtering, dates and hops never reshuffle the picture: a node
stays where the eye left it. `positions` lays out one graph from scratch ("re-layout this view").

Large views are laid out here, in Python, so the browser only draws: vis-network's physics takes
75 s to settle 1,000 nodes in headless chromium, while igraph's Fruchterman-Reingold places 5,000
in half a second (see docs FINDINGS.md). The layout is deterministic: nodes are ordered by id and
igraph's random numbers come from a seeded generator, so the same view gives the same picture on
every rerun and the graph does not jump when the dashboard refreshes.

>>> import networkx as nx
>>> D = nx.path_graph(4, create_using=nx.DiGraph)
>>> pos = positions(D)
>>> sorted(pos) == [0, 1, 2, 3] and pos == positions(D)
True
"""

from __future__ import annotations

import math
import random
import threading
import zlib
from collections.abc import Hashable, Iterable, Mapping

import igraph
import networkx as nx
import numpy as np
import pandas as pd

from explorer.speed import no_gc

#: Above this many nodes the snapshot switches physics off and draws the positions computed here.
LARGE_VIEW = 150
#: Default for ViewSpec.max_nodes when a graph carries no spec.
DEFAULT_MAX_NODES = 1500
#: Views up to this many nodes are spread out (`spread`) when drawn at the corpus's positions.
SPREAD_MAX = 3000
#: Average distance between neighbouring nodes, in vis-network pixels.
SPACING = 70.0

_RNG_LOCK = threading.Lock()  # igraph's generator is process-global; the dashboard reruns in threads


def cap_nodes(D: nx.DiGraph, max_nodes: int, *, keep: Iterable[Hashable] = ()) -> tuple[nx.DiGraph, int]:
    """The `max_nodes` nodes with the highest weighted degree (and their edges), and how many were left out.

    Nodes in `keep` (a view's centre actors) stay whatever their degree. Ties are broken by mentions,
    then by id, so the same view always keeps the same nodes. The graph is returned unchanged when it
    is small enough.

    >>> D = nx.DiGraph([("a", "b", {"weight": 3}), ("b", "c", {"weight": 1})])
    >>> for n, w in [("a", 3), ("b", 4), ("c", 1)]:
    ...     D.nodes[n]["weight"] = w
    >>> small, dropped = cap_nodes(D, 2)
    >>> sorted(small), dropped
    (['a', 'b'], 1)
    """
    if max_nodes < 1:
        raise ValueError(f"max_nodes must be at least 1, not {max_nodes}")
    n = D.number_of_nodes()
    if n <= max_nodes:
        return D, 0
    pinned = list(dict.fromkeys(k for k in keep if k in D))[:max_nodes]
    pinned_set = set(pinned)
    rest = sorted(
        (node for node in D if node not in pinned_set),
        key=lambda node: (-_num(D.nodes[node].get("weight")), -_num(D.nodes[node].get("mentions")), str(node)),
    )
    chosen = pinned + rest[: max_nodes - len(pinned)]
    H = D.subgraph(chosen).copy()
    return H, n - H.number_of_nodes()


def positions(D: nx.Graph, *, seed: int = 7, spacing: float = SPACING) -> dict[Hashable, tuple[float, float]]:
    """Deterministic x, y for every node: the giant component by Fruchterman-Reingold, the others around it.

    igraph lays out each connected component on its own (on a whole graph it throws small components
    far away, which shrinks the giant one to a dot once the view is fitted); the largest sits at the
    origin and the rest are packed on rings around it, largest first. Coordinates are in pixels, about
    `spacing` apart.
    """
    return _layout(D.nodes, D.edges(data="weight", default=1), seed=seed, spacing=spacing)


def _layout(nodes: Iterable[Hashable], links: Iterable[tuple[Hashable, Hashable, float]], *, seed: int,
            spacing: float) -> dict[Hashable, tuple[float, float]]:
    """`positions` of the graph with these nodes and (u, v, weight) links (direction ignored, summed)."""
    order = sorted(nodes, key=_node_key)
    index = {node: i for i, node in enumerate(order)}
    links = list(links)
    a = np.fromiter((index[u] for u, _, _ in links), dtype=np.int64, count=len(links))
    b = np.fromiter((index[v] for _, v, _ in links), dtype=np.int64, count=len(links))
    w = np.fromiter((_num(x, 1) for _, _, x in links), dtype=np.float64, count=len(links))
    loop = a == b
    lo, hi, w = np.minimum(a, b)[~loop], np.maximum(a, b)[~loop], w[~loop]
    # one edge per pair, in pair order, whatever order the view's links came in; bincount adds a pair's
    # weights in link order, as summing them one by one does
    n = max(len(order), 1)
    keys, pair = np.unique(lo * n + hi, return_inverse=True)
    total = np.bincount(pair, weights=w, minlength=len(keys)).tolist()
    g = igraph.Graph(n=len(order), edges=np.column_stack((keys // n, keys % n)).tolist())
    g.es["weight"] = [1.0 + math.log(x) if x >= 1 else 1.0 for x in total]
    comps = sorted((sorted(c) for c in g.connected_components()), key=lambda c: (-len(c), c[0])) if order else []
    coords: dict[int, tuple[float, float]] = {}
    with _RNG_LOCK:
        igraph.set_random_number_generator(random.Random(seed))
        try:
            placed = [_layout_component(g, comp, spacing) for comp in comps]
        finally:
            igraph.set_random_number_generator(random)
    if placed:
        coords.update(placed[0][0])
        _pack_around(coords, placed[1:], placed[0][1], spacing)
    return {order[i]: xy for i, xy in coords.items()}


def _layout_component(g: igraph.Graph, comp: list[int], spacing: float) -> tuple[dict[int, tuple[float, float]], float]:
    """Positions of one component (vertex ids of `g`) centred on the origin, and its radius."""
    if len(comp) == 1:
        return {comp[0]: (0, 0)}, spacing / 2
    sub = g.induced_subgraph(comp)  # keeps the vertices in `comp` order
    grid = "grid" if len(comp) > 300 else "nogrid"
    # fewer cooling steps for large components: 150 place 20,000 nodes in a third of the time of 500, and
    # keep communities apart as well (mean in-community link length within 8 %, measured on planted
    # partitions of 5,000 and 20,000 nodes)
    niter = max(150, min(500, 1_000_000 // len(comp)))
    raw = sub.layout_fruchterman_reingold(weights=sub.es["weight"], grid=grid, niter=niter).coords
    xs, ys = [x for x, _ in raw], [y for _, y in raw]
    cx, cy = sum(xs) / len(raw), sum(ys) / len(raw)
    span = max(map(math.hypot, [x - cx for x in xs], [y - cy for y in ys])) or 1.0
    radius = spacing * math.sqrt(len(comp)) * 0.6  # area grows with the number of nodes
    k = radius / span
    # numpy's elementwise arithmetic and rint are Python's float operations and round(), half to even
    px = np.rint((np.array(xs) - cx) * k).astype(np.int64).tolist()
    py = np.rint((np.array(ys) - cy) * k).astype(np.int64).tolist()
    return dict(zip(comp, zip(px, py, strict=True), strict=True)), radius


def _pack_around(coords: dict, placed: list[tuple[dict, float]], core: float, spacing: float) -> None:
    """Place small components on rings around the giant one, in order, each ring just outside the last."""
    ring_inner = core + spacing
    angle, ring_width = 0.0, 0.0
    for comp, r in placed:
        radius = ring_inner + r
        step = (2 * r + spacing / 2) / radius
        if angle + step > 2 * math.pi and angle > 0:
            ring_inner += ring_width + spacing / 2
            angle, ring_width = 0.0, 0.0
            radius = ring_inner + r
            step = (2 * r + spacing / 2) / radius
        theta = angle + step / 2
        ox, oy = radius * math.cos(theta), radius * math.sin(theta)
        for node, (x, y) in comp.items():
            coords[node] = (round(x + ox), round(y + oy))
        angle += step
        ring_width = max(ring_width, 2 * r)


def _node_key(node) -> tuple[str, str]:
    return (type(node).__name__, str(node))


def _num(value, default: float = 0.0) -> float:
    try:
        f = float(value)
    except (TypeError, ValueError):
        return default
    return default if f != f else f


# ------------------------------------------------------------------------------------ stable positions

Point = tuple[float, float]


@no_gc
def corpus_positions(
    links: Iterable[tuple[Hashable, Hashable, float]],
    nodes: Iterable[Hashable] = (),
    previous: Mapping[Hashable, Point] | None = None,
    *,
    seed: int = 7,
    spacing: float = SPACING,
) -> dict[Hashable, Point]:
    """Positions for every node of a corpus: `previous` kept as they are, new nodes added.

    `links` are (u, v, weight) pairs (the corpus's relations folded, direction ignored), `nodes` any
    extra nodes without links. With no `previous`, the whole graph is laid out (`positions`). Else each
    new node goes next to its already placed neighbours (their weighted centre, nudged by a fixed,
    id-derived offset so two newcomers do not land on one spot), newcomers with placed neighbours first,
    repeatedly; the new nodes that touch nothing placed are laid out together and set just outside the
    picture. Old positions never move.

    >>> pos = corpus_positions([("a", "b", 1), ("b", "c", 2)])
    >>> more = corpus_positions([("a", "b", 1), ("b", "c", 2), ("c", "d", 1)], previous=pos)
    >>> all(more[n] == pos[n] for n in pos) and "d" in more
    True
    """
    previous = dict(previous or {})
    if not previous:  # the whole graph at once: no graph object needed
        links = list(links)
        every = dict.fromkeys(nodes)
        for u, v, _ in links:
            every[u] = every[v] = None
        return _layout(every, links, seed=seed, spacing=spacing)
    und = nx.Graph()
    und.add_nodes_from(nodes)
    for u, v, w in links:
        if u == v:
            und.add_node(u)
        elif und.has_edge(u, v):
            und[u][v]["weight"] += _num(w, 1)
        else:
            und.add_edge(u, v, weight=_num(w, 1))
    out: dict[Hashable, Point] = {n: tuple(xy) for n, xy in previous.items()}
    new = sorted((n for n in und if n not in out), key=_node_key)
    while new:
        placed_any = False
        pending = []
        # the newcomers with the most placed neighbours first, so a chain grows outwards from the picture
        ranked = sorted(new, key=lambda n: (-sum(1 for m in und[n] if m in out), _node_key(n)))
        for n in ranked:
            near = [(out[m], _num(und[n][m].get("weight"), 1)) for m in und[n] if m in out]
            if not near:
                pending.append(n)
                continue
            total = sum(w for _, w in near)
            cx = sum(x * w for (x, _), w in near) / total
            cy = sum(y * w for (_, y), w in near) / total
            angle = (zlib.crc32(str(n).encode("utf-8")) % 3600) / 3600 * 2 * math.pi
            r = spacing * (0.6 if len(near) > 1 else 1.0)
            out[n] = (round(cx + r * math.cos(angle)), round(cy + r * math.sin(angle)))
            placed_any = True
        new = sorted(pending, key=_node_key)
        if new and not placed_any:
            _place_outside(out, und.subgraph(new), seed=seed, spacing=spacing)
            break
    return out


def _place_outside(out: dict, H: nx.Graph, *, seed: int, spacing: float) -> None:
    """Lay out `H` on its own and set it just outside the bounding circle of `out`."""
    local = positions(H, seed=seed, spacing=spacing)
    xs = [x for x, _ in out.values()] or [0.0]
    ys = [y for _, y in out.values()] or [0.0]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    reach = max((math.hypot(x - cx, y - cy) for x, y in out.values()), default=0.0)
    mine = max((math.hypot(x, y) for x, y in local.values()), default=0.0)
    first = min(H.nodes, key=_node_key)
    angle = (zlib.crc32(str(first).encode("utf-8")) % 3600) / 3600 * 2 * math.pi
    d = reach + spacing + mine
    ox, oy = cx + d * math.cos(angle), cy + d * math.sin(angle)
    for n, (x, y) in local.items():
        out[n] = (round(x + ox), round(y + oy))


def view_positions(D: nx.Graph, stored: Mapping[Hashable, Point]) -> dict[Hashable, Point]:
    """Positions for the nodes of a view: the stored ones, and any node the store has not placed yet
    put next to its neighbours in the view (`corpus_positions`)."""
    known = {n: stored[n] for n in D if n in stored}
    if len(known) == D.number_of_nodes():
        return known
    links = [(u, v, w) for u, v, w in D.edges(data="weight", default=1)]
    if not known:
        return positions(D)
    return corpus_positions(links, D.nodes, known)


def relation_links(relations) -> list[tuple[str, str, int]]:
    """The corpus's links for `corpus_positions`: (u, v, relations) per pair, direction ignored."""
    if relations is None or len(relations) == 0:
        return []
    src = relations["source"].astype(str).to_numpy()
    tgt = relations["target"].astype(str).to_numpy()
    codes, names = pd.factorize(np.concatenate([src, tgt]), sort=True)  # codes in the order of the names
    s, t = codes[: len(src)], codes[len(src):]
    a, b = np.minimum(s, t), np.maximum(s, t)
    keys, counts = np.unique(a.astype(np.int64) * len(names) + b, return_counts=True)  # sorted by (a, b)
    names, m = names.tolist(), len(names)
    return [(names[k // m], names[k % m], n) for k, n in zip(keys.tolist(), counts.tolist(), strict=True)]


@no_gc
def stable_positions(store, relations=None, *, links=None, save: bool = True) -> dict[Hashable, Point]:
    """The corpus layout of a store: its stored positions, extended with the nodes of `relations` (or of
    `links`, as `relation_links` gives them) that have none yet (which are then saved, unless `save` is
    false: a read-only export). With `store` None, a layout in memory only."""
    load = getattr(store, "load_positions", None)
    previous = load() if load else {}
    links = relation_links(relations) if links is None else links
    pos = corpus_positions(links, previous=previous)
    new = {n: xy for n, xy in pos.items() if n not in previous}
    if new and save and store is not None and hasattr(store, "save_positions"):
        store.save_positions(new)
    return pos


def spread(pos: Mapping[Hashable, Point], *, spacing: float = SPACING) -> dict[Hashable, Point]:
    """`pos` scaled up (never down) about its centre so that a typical node's nearest neighbour is about
    1.25 × `spacing` away.

    A view of a few neighbours in a large corpus sits in a small corner of the corpus's layout; drawn at
    that size its nodes overlap, and vis-network does not zoom in past 1:1 to fit them. One uniform
    factor keeps the arrangement (what is left of what stays left of it), only bigger.

    >>> spread({"a": (0, 0), "b": (10, 0)}, spacing=70)
    {'a': (-39, 0), 'b': (49, 0)}
    """
    if len(pos) < 2:
        return dict(pos)
    if len(pos) > SPREAD_MAX:  # a large view covers much of the corpus's layout: already spaced
        return dict(pos)
    pts = np.asarray(list(pos.values()), dtype=float)
    sample = pts[:: len(pts) // 300 + 1]
    d = np.hypot(sample[:, None, 0] - pts[None, :, 0], sample[:, None, 1] - pts[None, :, 1])
    d[d == 0] = np.inf  # itself (and any node on the very same spot)
    nearest = d.min(axis=1)
    nearest = nearest[np.isfinite(nearest)]
    typical = float(np.median(nearest)) if len(nearest) else 1.0
    k = min(max(1.0, 1.25 * spacing / typical), 60.0)
    if k == 1.0:
        return dict(pos)
    cx, cy = (float(c) for c in pts.mean(axis=0))
    return {n: (round(cx + (x - cx) * k), round(cy + (y - cy) * k)) for n, (x, y) in pos.items()}
