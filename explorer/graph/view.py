"""The one view function: `view(corpus, spec) -> View`, used by the dashboard, its downloads, every CLI
export, the period comparison and the benchmarks, so the same spec gives the same nodes and links
everywhere.

A view is made in this order, on the corpus's table of integer codes (graph/table.py), with numpy:

1. filters: review state (`reviewed`: rejected relations hidden by default) and `min_confidence`,
   relation types, date window (undated relations kept only if `include_undated`), node kinds, then
   every function of `ROW_FILTERS` (the hook for new ViewSpec fields, see below);
2. ego network: with centre actors, the relations among nodes within `hops` steps of them
   (direction ignored);
3. minimum link weight: a link (a pair of nodes, either direction) needs `min_weight` relations;
4. node cap: at most `max_nodes` nodes, the centres first, then those with the most relations in
   what is left (weighted degree; ties by mentions, then id); the relations among them (a chosen
   node left without a link among them goes too, unless a centre). The cap comes last, so every
   link shown has its full weight and "Most nodes shown: 10" shows up to ten nodes;
5. folding (`fold`): one edge per directed link, with weight, types, dates and evidence (sentences
   fetched from the store for the relations kept as evidence only); then every function of
   `OVERLAYS` may annotate the graph.

The oracle of all this is graph/build.py (`aggregate(build_view(...))`, one NetworkX edge per
relation): tests check that both give the same graph.

Extending a view (for example with review decisions): give ViewSpec the new field (with a CLI option
in cli.VIEW_OPTIONS and a URL key in viewurl.SPEC_KEYS: tests/graph/test_one_view.py checks both), then

- append to `ROW_FILTERS` a function `(corpus, spec) -> mask | None`: a boolean array over
  `corpus.table` (one item per relation; `corpus.table.id` holds the relation ids, `.confidence`
  the confidences) saying which relations the field lets through, or None when it lets all through.
  It runs before the ego network, so a hidden relation connects nothing;
- append to `OVERLAYS` a function `(corpus, view) -> None` that sets attributes on `view.graph`'s
  nodes and edges (it runs last, on the folded graph; `view.table` / `view.rows` hold the relations
  behind it, `view.link_ids(u, v)` the relation ids of one link).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cached_property

import networkx as nx
import numpy as np
import pandas as pd

from explorer.graph.corpus import Corpus, newest_order
from explorer.graph.spec import ViewSpec
from explorer.graph.table import REVIEW_STATES, RelationTable
from explorer.speed import no_gc

#: What each evidence item of a link holds.
EVIDENCE_FIELDS = ("type", "sentence", "doc_id", "doc_title", "doc_source", "date", "confidence", "lang", "trigger",
                   "review", "rid", "doc_url", "doc_date", "method")
#: Evidence fields only a reviewed corpus has (a store's; a corpus made of frames that carry them).
OPTIONAL_FIELDS = ("review", "rid", "doc_url", "doc_date", "method")

#: Extra row filters: (corpus, spec) -> boolean mask over corpus.table, or None (see the module docstring).
ROW_FILTERS: list[Callable[[Corpus, ViewSpec], np.ndarray | None]] = []
#: Graph overlays, run on the folded graph: (corpus, view) -> None.
OVERLAYS: list[Callable[[Corpus, View], None]] = []


@dataclass(eq=False)
class View:
    """A view: its relations (`table`, coded; `rows`, decoded on first use), the folded graph to
    display, and how much the node cap left out.

    `graph` is a DiGraph (nodes: name, name_ar, kind, mentions, weight; edges: weight, types,
    type_counts, first_date, last_date, evidence) whose `graph.graph` holds `spec`, `left_out_nodes`
    and `left_out_relations`. `matched_nodes` / `matched_relations` count the view before the cap.
    """

    spec: ViewSpec
    table: RelationTable
    graph: nx.DiGraph
    matched_nodes: int
    matched_relations: int

    @cached_property
    def rows(self) -> pd.DataFrame:
        """The view's relations decoded (id, doc_id, source, target, type, date, confidence), id order."""
        return self.table.frame()

    def newest(self, n: int | None = None) -> pd.DataFrame:
        """The `n` newest relations of the view decoded (all when None), newest first, undated last."""
        order = newest_order(self.table)
        return self.table.take(order[:n] if n is not None else order).frame()

    @property
    def relation_count(self) -> int:
        return len(self.table)

    @property
    def left_out_nodes(self) -> int:
        return self.matched_nodes - _node_count(self.table)

    @property
    def left_out_relations(self) -> int:
        return self.matched_relations - len(self.table)

    def link_ids(self, u: str, v: str) -> np.ndarray:
        """The ids of the relations folded into the link u -> v."""
        ids = self.table.entity_ids
        return self.table.id[(ids[self.table.source] == u) & (ids[self.table.target] == v)]


@no_gc
def view(corpus: Corpus, spec: ViewSpec, *, evidence_per_link: int | None = None) -> View:
    """The view `spec` describes (see the module docstring for the steps).

    `evidence_per_link` keeps only that many evidence items per link in the graph (the most confident);
    None keeps them all (exports), the dashboard's drawing keeps one. Weights always count every relation.
    """
    t = select(corpus, spec)
    matched_nodes, matched_relations = _node_count(t), len(t)
    t = cap(corpus, t, spec.max_nodes, keep=spec.actors)
    graph = fold(corpus, t, spec, evidence_per_link=evidence_per_link)
    v = View(spec=spec, table=t, graph=graph, matched_nodes=matched_nodes, matched_relations=matched_relations)
    graph.graph["left_out_nodes"] = v.left_out_nodes
    graph.graph["left_out_relations"] = v.left_out_relations
    for overlay in OVERLAYS:
        overlay(corpus, v)
    return v


# -- steps ---------------------------------------------------------------------------------------------


def select(corpus: Corpus, spec: ViewSpec) -> RelationTable:
    """Steps 1-3: the relations that pass the filters, the ego network and the minimum link weight."""
    t = corpus.table.take(filter_mask(corpus, spec))
    if spec.actors:
        t = ego(corpus, t, spec.actors, spec.hops)
    return min_weight(t, spec.min_weight)


def filter_mask(corpus: Corpus, spec: ViewSpec) -> np.ndarray:
    """Step 1: which relations of `corpus.table` pass the spec's filters (review state, confidence, types,
    dates, kinds, ROW_FILTERS), before any ego network, weight or cap. Read-only: the last spec's mask is
    kept per corpus, since a view and then its neighbours (`neighbours`) ask for the same one."""
    key = (spec, tuple(ROW_FILTERS))
    last = _LAST_MASK.get(corpus)
    if last is not None and last[0] == key:
        return last[1]
    keep = _filter_mask(corpus, spec)
    keep.flags.writeable = False
    try:
        _LAST_MASK[corpus] = (key, keep)
    except TypeError:  # not weakly referable: nothing kept
        pass
    return keep


_LAST_MASK: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # corpus -> ((spec, hooks), its mask)


def _filter_mask(corpus: Corpus, spec: ViewSpec) -> np.ndarray:
    t = corpus.table
    keep = np.ones(len(t), dtype=bool)
    if spec.reviewed != "all" and t.review is None:  # nothing reviewed: every relation is "unreviewed"
        keep &= spec.reviewed in ("not-rejected", "unreviewed")
    elif spec.reviewed != "all":
        code = {s: i for i, s in enumerate(REVIEW_STATES)}  # compare the int8 codes, not a million strings
        keep &= (t.review != code["rejected"]) if spec.reviewed == "not-rejected" else (t.review == code[spec.reviewed])
    if spec.min_confidence > 0:
        keep &= t.confidence >= spec.min_confidence
    if spec.types:
        keep &= np.isin(t.types, list(spec.types))[t.type] if len(t.types) else keep
    if spec.start or spec.end or not spec.include_undated:
        keep &= date_mask(t, spec.start, spec.end, include_undated=spec.include_undated)
    if spec.kinds:
        ok = np.isin(corpus.entity_kind, list(spec.kinds))
        keep &= ok[t.source] & ok[t.target]
    for row_filter in ROW_FILTERS:
        mask = row_filter(corpus, spec)
        if mask is not None:
            keep &= mask
    return keep


def date_mask(t: RelationTable, start: date | None, end: date | None, *, include_undated: bool) -> np.ndarray:
    """Rows dated inside [start, end] (a date string compares by its first ten characters at the end),
    and the undated ones when `include_undated`."""
    s, e = (start.isoformat() if start else None), (end.isoformat() if end else None)
    lut = np.fromiter(((s is None or d >= s) and (e is None or d[:10] <= e) for d in t.dates), dtype=bool,
                      count=len(t.dates))
    return np.append(lut, include_undated)[t.date]


def ego(corpus: Corpus, t: RelationTable, centres, hops: int) -> RelationTable:
    """Relations among the nodes within `hops` steps of a centre in `t`, direction ignored."""
    inside = np.zeros(len(t.entity_ids), dtype=bool)
    inside[[corpus.codes[c] for c in centres if c in corpus.codes]] = True
    frontier = inside.copy()
    for _ in range(hops):
        touch = frontier[t.source] | frontier[t.target]
        found = np.zeros_like(inside)
        found[t.source[touch]] = True
        found[t.target[touch]] = True
        frontier = found & ~inside
        inside |= found
        if not frontier.any():
            break
    return t.take(inside[t.source] & inside[t.target])


def min_weight(t: RelationTable, weight: int) -> RelationTable:
    """Relations of the links (pairs, either direction) that hold at least `weight` relations."""
    if weight <= 1 or not len(t):
        return t
    n = np.int64(len(t.entity_ids))
    pair = np.minimum(t.source, t.target).astype(np.int64) * n + np.maximum(t.source, t.target)
    codes, _ = pd.factorize(pair)
    return t.take(np.bincount(codes)[codes] >= weight)


def node_weights(t: RelationTable) -> np.ndarray:
    """Relations per entity code (weighted degree)."""
    n = len(t.entity_ids)
    return np.bincount(t.source, minlength=n) + np.bincount(t.target, minlength=n)


def top_codes(corpus: Corpus, weights: np.ndarray, max_nodes: int, keep=()) -> np.ndarray | None:
    """The node cap: a mask of the `max_nodes` entity codes with the highest `weights` (codes with
    weight 0 are not in the view), the `keep` ones (centres) first, ties by mentions then id; None when
    no more nodes than that are in the view."""
    present = np.flatnonzero(weights)
    if len(present) <= max_nodes:
        return None
    chosen = np.zeros(len(weights), dtype=bool)
    pinned = [corpus.codes[k] for k in dict.fromkeys(keep) if k in corpus.codes and weights[corpus.codes[k]]]
    chosen[pinned[:max_nodes]] = True
    rest = present[~chosen[present]]
    order = np.lexsort((corpus.entity_rank[rest], -corpus.entity_mentions[rest], -weights[rest]))
    chosen[rest[order[: max(0, max_nodes - int(chosen.sum()))]]] = True
    return chosen


def cap(corpus: Corpus, t: RelationTable, max_nodes: int, keep=()) -> RelationTable:
    """Step 4: the relations among the nodes `top_codes` keeps."""
    chosen = top_codes(corpus, node_weights(t), max_nodes, keep)
    return t if chosen is None else t.take(chosen[t.source] & chosen[t.target])


def fold(corpus: Corpus, t: RelationTable, spec: ViewSpec | None = None, *,
         evidence_per_link: int | None = None) -> nx.DiGraph:
    """Step 5, the one folding of relations into the display graph: one edge per directed link with
    weight, types (most frequent first), type_counts, first_date, last_date and evidence (date order).

    With `evidence_per_link`, a link keeps only that many evidence items (the most confident, ties in
    id order); its weight still counts them all. The spec's centre actors are nodes even without a
    relation.
    """
    n_ent = np.int64(len(t.entity_ids))
    D = nx.DiGraph(spec=spec)
    weights = node_weights(t)
    centres = [corpus.codes[a] for a in (spec.actors if spec else ()) if a in corpus.codes]
    attrs = corpus.node_attributes
    for c in dict.fromkeys([*np.flatnonzero(weights).tolist(), *centres]):
        D.add_node(t.entity_ids[c], **attrs[c], weight=int(weights[c]))
    if not len(t):
        return D
    link, keys = pd.factorize(t.source.astype(np.int64) * n_ent + t.target)
    n_links, n_types = len(keys), len(t.types)
    counts = np.bincount(link * n_types + t.type, minlength=n_links * n_types).reshape(n_links, n_types)
    dated = t.date >= 0
    first = np.full(n_links, -1, dtype=np.int64)
    last = np.full(n_links, -1, dtype=np.int64)
    if dated.any():
        g = pd.Series(t.date[dated]).groupby(link[dated])
        lo, hi = g.min(), g.max()
        first[lo.index.to_numpy()], last[hi.index.to_numpy()] = lo.to_numpy(), hi.to_numpy()
    evidence = _evidence(corpus, t, link, n_links, evidence_per_link)
    # per link, its types most frequent first (then by name): one sort of the whole count matrix
    name_rank = np.argsort(np.argsort(t.types.astype(str)))
    order = np.lexsort((np.broadcast_to(name_rank, counts.shape), -counts), axis=1).tolist()
    names, dates = t.types.tolist(), t.dates.tolist()
    ids = t.entity_ids
    us, vs = ids[keys // n_ent].tolist(), ids[keys % n_ent].tolist()
    for i, (row, ranked) in enumerate(zip(counts.tolist(), order, strict=True)):
        tc = {names[k]: row[k] for k in ranked if row[k]}
        D.add_edge(us[i], vs[i], weight=sum(tc.values()), types=list(tc), type_counts=tc,
                   first_date=dates[first[i]] if first[i] >= 0 else None,
                   last_date=dates[last[i]] if last[i] >= 0 else None, evidence=evidence[i])
    return D


def _evidence(corpus: Corpus, t: RelationTable, link: np.ndarray, n_links: int, per_link: int | None) -> list:
    """Per link, its evidence items (dicts of EVIDENCE_FIELDS) in date order.

    A store's corpus keeps the items it made (`Corpus.evidence_items`, by relation id), so the next view, which
    mostly shows the same links, reads only the sentences of relations not shown before."""
    out: list[list[dict]] = [[] for _ in range(n_links)]
    if per_link == 0 or not len(t):
        return out
    if per_link is None:
        chosen = np.arange(len(t))
    else:  # the most confident per link: sort by link, then confidence (descending), then table order
        order = np.lexsort((np.arange(len(t)), -t.confidence, link))
        starts = np.r_[0, np.flatnonzero(np.diff(link[order])) + 1]
        rank = np.arange(len(order)) - np.repeat(starts, np.diff(np.r_[starts, len(order)]))
        chosen = np.sort(order[rank < per_link])
    cache = corpus.evidence_items
    ids = t.id[chosen].tolist()
    if cache is None:
        items = _evidence_items(corpus, t.take(chosen))
    else:
        known = cache.get_many(ids)
        new = [k for k, item in enumerate(known) if item is None]
        if new:
            made = _evidence_items(corpus, t.take(chosen[new]))
            cache.put_many([ids[k] for k in new], made)
            for k, item in zip(new, made, strict=True):
                known[k] = item
        items = [dict(item) for item in known]  # copies: the cached ones stay as made
    for i, item in zip(link[chosen].tolist(), items, strict=True):
        out[i].append(item)
    for items in out:
        if len(items) > 1:
            items.sort(key=lambda e: (not e.get("date"), e.get("date") or "", e.get("doc_title") or ""))  # undated last
    return out


def _evidence_items(corpus: Corpus, t: RelationTable) -> list[dict]:
    """The evidence item (a dict of EVIDENCE_FIELDS) of every relation of `t`, in table order."""
    fast = _store_items(corpus, t)
    if fast is not None:
        return fast
    rows = corpus.evidence(t.frame())
    fields = [f for f in EVIDENCE_FIELDS if f in rows and (f not in OPTIONAL_FIELDS or corpus.columns is None
                                                           or f in corpus.columns)]
    columns = [_plain_list(rows[f]) for f in fields]
    return [dict(zip(fields, values, strict=True)) for values in zip(*columns, strict=True)]


def _store_items(corpus: Corpus, t: RelationTable) -> list[dict] | None:
    """`_evidence_items` of a store's corpus without review decisions, from the store's rows as they come (the
    same values `Corpus.evidence` gives, without its frames: a few times faster); None for any other corpus,
    or when a relation is not in the store."""
    if corpus.location is None or corpus.side is not None or corpus.patch is not None or corpus.columns is not None:
        return None
    from explorer.review.decisions import relation_key
    from explorer.store import open_store

    ids = t.id.tolist()
    if not ids or min(ids) < 0:
        return None
    with open_store(corpus.location, readonly=True) as store:
        found = {r[0]: r for r in store.relations_evidence_rows(ids)}
    if len(found) != len(ids):
        return None
    ent, dates = t.entity_ids, np.append(t.dates, None)
    columns = zip(ids, t.types[t.type].tolist(), t.doc_ids[t.doc].tolist(), ent[t.source].tolist(),
                  ent[t.target].tolist(), dates[t.date].tolist(), t.confidence.tolist(), t.review_states().tolist(),
                  strict=True)
    out = []
    for i, typ, doc, src, tgt, day, conf, review in columns:
        _, sentence, start, end, trigger, method, title, outlet, lang, _, url, doc_date, _ = found[i]
        values = (typ, sentence, doc, title, outlet, day, conf, lang, trigger, review,
                  relation_key(doc, start, end, src, tgt, typ), url, doc_date, method)
        out.append(dict(zip(EVIDENCE_FIELDS, map(plain, values), strict=True)))
    return out


@no_gc
def neighbours(corpus: Corpus, spec: ViewSpec, shown, *, per_node: int = 12, limit: int = 400,
               evidence_per_link: int | None = 1) -> nx.DiGraph:
    """The folded links from the nodes `shown` to nodes a view left out, under the spec's filters (what a
    double-click reveals): per shown node its `per_node` left-out neighbours with the most relations to
    it, at most `limit` left-out nodes in all (ties by id)."""
    t = corpus.table
    inside = np.zeros(len(t.entity_ids), dtype=bool)
    inside[[corpus.codes[n] for n in shown if n in corpus.codes]] = True
    s_in, t_in = inside[t.source], inside[t.target]
    cross = np.flatnonzero(filter_mask(corpus, spec) & (s_in != t_in))  # rows with one end shown
    if not len(cross) or per_node < 1:
        return fold(corpus, t.take(cross[:0]))
    src, tgt = t.source[cross], t.target[cross]
    s_in = inside[src]
    ins, out = np.where(s_in, src, tgt), np.where(s_in, tgt, src)
    chosen = _top_neighbours(corpus, inside, ins, out, per_node, limit)
    return fold(corpus, t.take(cross[chosen]), None, evidence_per_link=evidence_per_link)


#: Above this many (shown node, any node) cells `_top_neighbours` counts pairs by hashing; below, in one dense
#: array (several times faster when few nodes are shown on a large corpus). Both give the same answer.
DENSE_PAIRS_MAX = 1 << 22


def _top_neighbours(corpus: Corpus, inside: np.ndarray, ins: np.ndarray, out: np.ndarray, per_node: int,
                    limit: int) -> np.ndarray:
    """Which rows (links `ins` -> `out`, `ins` inside) `neighbours` keeps: the pairs are counted, each inside
    node keeps its `per_node` pairs with the most relations (ties by the far node's id), and of those, in
    the order most relations, inside id, far id, the pairs of the first `limit` far nodes."""
    n_ent = np.int64(len(inside))
    codes = np.flatnonzero(inside)
    rank = corpus.entity_rank
    if len(codes) * n_ent > DENSE_PAIRS_MAX:  # many shown nodes: pairs by hashing, one sort of them all
        pair, keys = pd.factorize(ins.astype(np.int64) * n_ent + out)
        counts = np.bincount(pair)
        k_in, k_out = keys // n_ent, keys % n_ent
        order = np.lexsort((rank[k_out], rank[k_in], -counts))  # most relations first, then by ids
        per = pd.Series(k_in[order]).groupby(k_in[order], sort=False).cumcount().to_numpy() < per_node
        kept = order[per]
        outside = list(dict.fromkeys(k_out[kept].tolist()))[:limit]
        chosen = np.zeros(len(keys), dtype=bool)
        chosen[kept[np.isin(k_out[kept], outside)]] = True
        return chosen[pair]
    # few shown nodes: count the pairs in one dense array, grouped by their inside node
    local = np.full(len(inside), -1, dtype=np.int64)
    local[codes] = np.arange(len(codes))
    key = local[ins] * n_ent + out
    full = np.bincount(key, minlength=len(codes) * n_ent)
    pkey = np.flatnonzero(full)
    counts = full[pkey]
    group, far = pkey // n_ent, pkey % n_ent
    starts = np.r_[0, np.flatnonzero(np.diff(group)) + 1]
    ends = np.r_[starts[1:], len(pkey)]
    small = (ends - starts) <= per_node
    picked = [np.arange(a, b) for a, b in zip(starts[small].tolist(), ends[small].tolist(), strict=True)]
    for a, b in zip(starts[~small].tolist(), ends[~small].tolist(), strict=True):
        score = -counts[a:b] * n_ent + rank[far[a:b]]  # most relations first, then the far node's id
        picked.append(a + np.argpartition(score, per_node - 1)[:per_node])
    sel = np.concatenate(picked) if picked else np.zeros(0, dtype=np.int64)
    sel = sel[np.lexsort((rank[far[sel]], rank[codes[group[sel]]], -counts[sel]))]
    outside = list(dict.fromkeys(far[sel].tolist()))[:limit]
    lut = np.zeros(len(codes) * n_ent, dtype=bool)
    lut[pkey[sel[np.isin(far[sel], outside)]]] = True
    return lut[key]


def corpus_links(corpus: Corpus) -> list[tuple[str, str, int]]:
    """Every pair of the corpus with its number of relations, direction ignored, the smaller id first, in
    id order: the input of the stable corpus layout (render.layout.corpus_positions)."""
    t, rank = corpus.table, corpus.entity_rank
    if not len(t):
        return []
    n_ent = np.int64(len(t.entity_ids))
    a, b = np.minimum(rank[t.source], rank[t.target]), np.maximum(rank[t.source], rank[t.target])
    keys, counts = np.unique(a * n_ent + b, return_counts=True)
    by_rank = np.argsort(rank)
    ids = t.entity_ids[by_rank]
    return list(zip(ids[keys // n_ent].tolist(), ids[keys % n_ent].tolist(), counts.tolist(), strict=True))


def corpus_nodes(corpus: Corpus) -> list[str]:
    """The ids of the entities with at least one relation: the nodes `corpus_links` touches."""
    t = corpus.table
    used = np.zeros(len(t.entity_ids), dtype=bool)
    used[t.source] = True
    used[t.target] = True
    return t.entity_ids[used].tolist()


def fold_multigraph(G: nx.MultiGraph) -> nx.DiGraph:
    """The display graph of a graph with one edge per relation (e.g. the oracle's, or a snapshot read
    back with `multigraph=True`): the same folding as `view`, through a corpus of its edges."""
    records = [{"source": u, "target": v, **d} for u, v, d in G.edges(data=True)]
    columns = list(dict.fromkeys(["source", "target", "type", "date", *(k for r in records for k in r)]))
    rows = pd.DataFrame(records, columns=columns, dtype=object)  # object: any string survives
    rows = rows.where(rows.notna(), None).assign(id=range(len(rows)))
    entities = pd.DataFrame(
        [{"id": n, "name": a.get("name"), "name_ar": a.get("name_ar"), "kind": a.get("kind"),
          "mentions": a.get("mentions") or 0} for n, a in G.nodes(data=True)],
        columns=["id", "name", "name_ar", "kind", "mentions"], dtype=object,
    )
    corpus = Corpus.from_frames(rows, entities)
    spec = G.graph.get("spec")
    D = fold(corpus, corpus.table, spec if isinstance(spec, ViewSpec) else None)
    for n in G:  # nodes without a relation stay
        if n not in D:
            D.add_node(n, **corpus.node_attributes[corpus.codes[n]], weight=0)
    D.graph.update({k: v for k, v in G.graph.items() if k not in D.graph})
    return D


def _plain_list(col: pd.Series) -> list:
    """A column as plain Python values, None for missing ones (see `plain`)."""
    values = col.tolist()
    if col.dtype == object:
        return [plain(v) for v in values]
    missing = col.isna().tolist()
    return [None if m else v for v, m in zip(values, missing, strict=True)]


def plain(value):
    """JSON-friendly scalars: None for None/NaN/NA/NaT, plain Python values for numpy ones."""
    if type(value) is str:
        return value
    if value is None or (not isinstance(value, str | list | tuple | dict) and pd.isna(value)):
        return None
    return value.item() if hasattr(value, "item") else value


def _node_count(t: RelationTable) -> int:
    if not len(t):
        return 0
    seen = np.zeros(len(t.entity_ids), dtype=bool)
    seen[t.source] = True
    seen[t.target] = True
    return int(seen.sum())
