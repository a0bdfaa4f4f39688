"""The one view function: `view(corpus, spec) -> View`, used by the dashboard, its downloads, every CLI
export and the benchmarks, so the same spec gives the same nodes and links everywhere.

A view is made in this order (each step a function of graph/rows.py):

1. filters: relation types, date window (undated relations kept only if `include_undated`), node
   kinds, then every function of `ROW_FILTERS` (the hook for new ViewSpec fields, see below);
2. ego network: with centre actors, the relations among nodes within `hops` steps of them;
3. minimum link weight: a link (a pair of nodes, either direction) needs `min_weight` relations;
4. node cap: at most `max_nodes` nodes, the centres first, then those with the most relations in
   what is left (weighted degree; ties by mentions, then id); links among them (a chosen node left
   without a link among them goes too, unless a centre). The cap comes last, so every link shown
   has its full weight and "Most nodes shown: 10" shows up to ten nodes;
5. folding (`rows.fold_links`): one edge per directed link, with weight, types, dates and evidence;
   then every function of `OVERLAYS` may annotate the graph.

Extending a view (for example with review decisions): give ViewSpec the new field (with a CLI option
and a URL key: tests/graph/test_one_view.py checks both), then either

- append to `ROW_FILTERS` a function `(corpus, rows, spec) -> rows` that keeps the rows the field
  allows (it runs before the ego network, so hidden relations do not connect anything), or
- append to `OVERLAYS` a function `(corpus, view) -> None` that sets attributes on `view.graph`'s
  nodes and edges (it runs last, on the folded graph; `view.rows` holds the relations behind it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import networkx as nx
import pandas as pd

from explorer.graph import rows as R
from explorer.graph.corpus import Corpus
from explorer.graph.spec import ViewSpec

#: Extra row filters, run after the built-in ones: (corpus, rows, spec) -> rows.
ROW_FILTERS: list[Callable[[Corpus, pd.DataFrame, ViewSpec], pd.DataFrame]] = []
#: Graph overlays, run on the folded graph: (corpus, view) -> None.
OVERLAYS: list[Callable[[Corpus, View], None]] = []


@dataclass(eq=False)
class View:
    """A view: its relation rows, the folded graph to display, and what the node cap left out.

    `graph` is a DiGraph (nodes: name, name_ar, kind, mentions, weight; edges: weight, types,
    type_counts, first_date, last_date, evidence) whose `graph.graph` holds `spec`, `left_out_nodes`
    and `left_out_relations`. `matched_nodes` / `matched_relations` count the view before the cap.
    """

    spec: ViewSpec
    rows: pd.DataFrame
    graph: nx.DiGraph
    matched_nodes: int
    matched_relations: int

    @property
    def left_out_nodes(self) -> int:
        return self.matched_nodes - len(_row_nodes(self.rows))

    @property
    def left_out_relations(self) -> int:
        return self.matched_relations - len(self.rows)


def view(corpus: Corpus, spec: ViewSpec, *, evidence_per_link: int | None = None) -> View:
    """The view `spec` describes (see the module docstring for the steps).

    `evidence_per_link` keeps only that many evidence items per link in the graph (the most confident);
    None keeps them all (exports), the dashboard's drawing keeps one. Weights always count every relation.
    """
    rows = select_rows(corpus, spec)
    matched_nodes, matched_relations = len(_row_nodes(rows)), len(rows)
    rows = R.rows_among(rows, R.top_nodes(rows, spec.max_nodes, keep=spec.actors, mentions=corpus.mentions))
    graph = R.fold_links(corpus.evidence(rows) if evidence_per_link != 0 else rows, corpus.entities, spec,
                         evidence_per_link=evidence_per_link)
    v = View(spec=spec, rows=rows, graph=graph, matched_nodes=matched_nodes, matched_relations=matched_relations)
    graph.graph["left_out_nodes"] = v.left_out_nodes
    graph.graph["left_out_relations"] = v.left_out_relations
    for overlay in OVERLAYS:
        overlay(corpus, v)
    return v


def select_rows(corpus: Corpus, spec: ViewSpec) -> pd.DataFrame:
    """Steps 1-3: the relations that pass the filters, the ego network and the minimum link weight."""
    rows = R.filter_relations(corpus.relations, corpus.entities, spec)
    for keep in ROW_FILTERS:
        rows = keep(corpus, rows, spec)
    if spec.actors:
        rows = R.ego_rows(rows, spec.actors, spec.hops)
    return R.min_weight_rows(rows, spec.min_weight)


def fold_multigraph(G: nx.MultiGraph) -> nx.DiGraph:
    """The display graph of a graph with one edge per relation (e.g. read back from a snapshot with
    `multigraph=True`): the same folding as `view`, through `rows.fold_links`."""
    records = [{"source": u, "target": v, **d} for u, v, d in G.edges(data=True)]
    rows = pd.DataFrame(records, columns=list(dict.fromkeys(["source", "target", "type", "date",
                                                              *(k for r in records for k in r)])),
                        dtype=object)  # object columns: any string survives (Arrow rejects lone surrogates)
    rows = rows.where(rows.notna(), None)
    entities = pd.DataFrame(
        [{"id": n, "name": a.get("name"), "name_ar": a.get("name_ar"), "kind": a.get("kind"),
          "mentions": a.get("mentions") or 0} for n, a in G.nodes(data=True)],
        columns=["id", "name", "name_ar", "kind", "mentions"], dtype=object,
    )
    spec = G.graph.get("spec")
    D = R.fold_links(rows, entities, spec if isinstance(spec, ViewSpec) else None)
    D.add_nodes_from((n, {"name": a.get("name") or n, "name_ar": a.get("name_ar"), "kind": a.get("kind") or
                          "organization", "mentions": a.get("mentions") or 0, "weight": 0})
                     for n, a in G.nodes(data=True) if n not in D)
    D.graph.update({k: v for k, v in G.graph.items() if k not in D.graph})
    return D


def _row_nodes(rows: pd.DataFrame) -> pd.Index:
    return pd.Index(pd.unique(pd.concat([rows["source"], rows["target"]]))) if len(rows) else pd.Index([])
