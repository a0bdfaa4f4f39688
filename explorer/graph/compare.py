"""Compare a view in two periods: which links appeared, disappeared, grew or shrank.

A link is a pair of nodes, direction ignored (symmetric relations such as meets are stored with the
first-mentioned actor as source, so A->B in one period and B->A in the next is the same link). Its
weight in a period is the number of relations between the pair in that period's view.

>>> from datetime import date
>>> A = nx.MultiDiGraph([("kerry", "lavrov"), ("kerry", "putin")])
>>> B = nx.MultiDiGraph([("lavrov", "kerry"), ("lavrov", "kerry"), ("kerry", "johnson")])
>>> D = diff_graphs(A, B)
>>> sorted((u, v, d["change"]) for u, v, d in D.edges(data=True))
[('kerry', 'johnson', 'appeared'), ('kerry', 'putin', 'disappeared'), ('lavrov', 'kerry', 'grew')]
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

import networkx as nx
import pandas as pd

from explorer import ontology
from explorer.errors import ExplorerError
from explorer.graph.corpus import Corpus
from explorer.graph.spec import ViewSpec, parse_date

CHANGES = ("appeared", "disappeared", "grew", "shrank", "same")
CHANGE_COLOURS = ontology.change_colours()  # the one palette (ontology.yaml)
CHANGE_COLUMNS = ["source", "target", "source_name", "target_name", "weight_a", "weight_b", "delta", "change", "types"]


@dataclass(frozen=True)
class Period:
    """A closed date range [start, end]."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ExplorerError(f"period start {self.start} is after its end {self.end}")

    def to_param(self) -> str:
        """`YYYY-MM-DD..YYYY-MM-DD`, the form used in URLs.

        >>> Period(date(2016, 1, 1), date(2016, 6, 30)).to_param()
        '2016-01-01..2016-06-30'
        """
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    @classmethod
    def parse(cls, text: str) -> Period:
        """Read `YYYY-MM-DD..YYYY-MM-DD` (either side may be YYYY or YYYY-MM)."""
        if not isinstance(text, str) or ".." not in text:
            raise ExplorerError(f"period {text!r} is not of the form YYYY-MM-DD..YYYY-MM-DD")
        a, b = text.split("..", 1)
        start, end = parse_date(a, what="period start"), parse_date(b, what="period end")
        if start is None or end is None:
            raise ExplorerError(f"period {text!r} needs both a start and an end")
        return cls(start, end)


def split_span(start: date, end: date) -> tuple[Period, Period]:
    """The corpus span cut in two halves: the default periods to compare.

    >>> a, b = split_span(date(2016, 1, 1), date(2016, 12, 31))
    >>> a.to_param(), b.to_param()
    ('2016-01-01..2016-07-01', '2016-07-02..2016-12-31')
    """
    if end <= start:
        return Period(start, start), Period(end, end)
    mid = start + (end - start) / 2
    return Period(start, mid), Period(min(mid + timedelta(days=1), end), end)


def year_periods(year_a: int, year_b: int) -> tuple[Period, Period]:
    """Year against year.

    >>> [p.to_param() for p in year_periods(2016, 2017)]
    ['2016-01-01..2016-12-31', '2017-01-01..2017-12-31']
    """
    return Period(date(year_a, 1, 1), date(year_a, 12, 31)), Period(date(year_b, 1, 1), date(year_b, 12, 31))


def around(day: date, months: int = 6) -> tuple[Period, Period]:
    """The `months` before `day` (up to the day before) against `day` and the `months` after it: before and
    after an agreement.

    >>> [p.to_param() for p in around(date(2016, 2, 22), 3)]
    ['2015-11-22..2016-02-21', '2016-02-22..2016-05-21']
    """
    def shift(d: date, n: int) -> date:
        m = d.month - 1 + n
        y, m = d.year + m // 12, m % 12 + 1
        for dd in (d.day, 30, 29, 28):
            try:
                return date(y, m, dd)
            except ValueError:
                continue
        raise ValueError(d)

    return Period(shift(day, -months), day - timedelta(days=1)), Period(day, shift(day, months) - timedelta(days=1))


def pair_weights(G: nx.Graph) -> tuple[Counter, dict[tuple[str, str], Counter]]:
    """Relations per link (an unordered pair, as a sorted tuple) and per relation type of each link."""
    weights: Counter = Counter()
    types: dict[tuple[str, str], Counter] = {}
    for u, v, data in G.edges(data=True):
        key = (u, v) if str(u) <= str(v) else (v, u)
        w = 1 if G.is_multigraph() else data.get("weight", 1)
        weights[key] += w
        tc = types.setdefault(key, Counter())
        for t in [data["type"]] if data.get("type") else data.get("types", []):
            tc[t] += w
    return weights, types


def diff_graphs(A: nx.Graph, B: nx.Graph) -> nx.DiGraph:
    """One edge per link of A or B, with `weight_a`, `weight_b`, `delta`, `change`, `types`.

    An edge points the way most of its relations point. `weight` is the larger of the two weights
    (for drawing); `color` and `title` describe the change. Nodes keep their attributes (B's win when
    both have one) and get `in_a`, `in_b`.
    """
    wa, ta = pair_weights(A)
    wb, tb = pair_weights(B)
    direction = Counter((u, v) for G in (A, B) for u, v in G.edges())
    D = nx.DiGraph()
    for G, flag in ((A, "in_a"), (B, "in_b")):
        for v, data in G.nodes(data=True):
            if v not in D:
                D.add_node(v, in_a=False, in_b=False)
            D.nodes[v].update(data)
            D.nodes[v][flag] = True
    for u, v in sorted(set(wa) | set(wb)):
        a, b = wa.get((u, v), 0), wb.get((u, v), 0)
        change = change_kind(a, b)
        types = (ta.get((u, v), Counter()) + tb.get((u, v), Counter())).most_common()
        if direction[(v, u)] > direction[(u, v)]:
            u, v = v, u
        D.add_edge(
            u, v,
            weight=max(a, b), weight_a=a, weight_b=b, delta=b - a, change=change,
            types=[t for t, _ in types], type=types[0][0] if types else None,
            color=CHANGE_COLOURS[change], title=f"{change}: {a} → {b}",
        )
    return D


def change_kind(a: int, b: int) -> str:
    """appeared, disappeared, grew, shrank or same, for a link's weights in period A and B."""
    if a == 0 and b > 0:
        return "appeared"
    if b == 0 and a > 0:
        return "disappeared"
    return "grew" if b > a else "shrank" if b < a else "same"


def type_rank(rtype: str) -> int:
    """Where a relation type's changes rank: interactions (a PLOVER category: meets, phones, fights, ...)
    first, statements (references, states) next, standing ties (membership, roles) last: a new role
    rarely is the news of a period."""
    if ontology.plover(rtype) if rtype in ontology.relation_types() else None:
        return 0
    return 2 if rtype in ("member_of", "holds_role_in") else 1


def changes_table(D: nx.DiGraph, *, top: int | None = None, include_same: bool = False) -> pd.DataFrame:
    """The links of a `diff_graphs` result: links with an interaction first (see `type_rank`), then the
    largest absolute change first."""
    rows = []
    for u, v, d in D.edges(data=True):
        if d["change"] == "same" and not include_same:
            continue
        rows.append(
            {
                "source": u, "target": v,
                "source_name": D.nodes[u].get("name") or u, "target_name": D.nodes[v].get("name") or v,
                "weight_a": d["weight_a"], "weight_b": d["weight_b"], "delta": d["delta"], "change": d["change"],
                "types": ", ".join(d["types"]),
            }
        )
    df = pd.DataFrame(rows, columns=CHANGE_COLUMNS)
    if df.empty:
        return df
    ranks = [min((type_rank(t) for t in d["types"]), default=1) for *_, d in D.edges(data=True)
             if d["change"] != "same" or include_same]
    df = df.assign(_rank=ranks, _abs=df["delta"].abs())
    df = df.sort_values(["_rank", "_abs", "source", "target"], ascending=[True, False, True, True])
    df = df.drop(columns=["_rank", "_abs"]).reset_index(drop=True)
    return df.head(top) if top else df


@dataclass
class Comparison:
    a: Period
    b: Period
    graph: nx.DiGraph
    changes: pd.DataFrame

    def counts(self) -> dict[str, int]:
        """Links per kind of change."""
        c = Counter(d["change"] for *_, d in self.graph.edges(data=True))
        return {k: c.get(k, 0) for k in CHANGES}


def compare_periods(corpus: Corpus, spec: ViewSpec, a: Period, b: Period) -> Comparison:
    """The view of `spec` in period `a` and in period `b`, and their difference.

    Undated relations belong to no period and are left out. With centre actors, each period has its
    own ego network and its own minimum link weight. Then both periods are cut to the same
    `spec.max_nodes` nodes (ranked over both; the node cap of `graph.view.view`), so a node dropped by
    the cap does not show up as a change.
    """
    specs = [spec.with_(start=p.start, end=p.end, include_undated=False) for p in (a, b)]
    from explorer.graph.view import fold, node_weights, select, top_codes

    tables = [select(corpus, s) for s in specs]  # filters, ego network, minimum weight: as in a view
    chosen = top_codes(corpus, node_weights(tables[0]) + node_weights(tables[1]), spec.max_nodes, spec.actors)
    if chosen is not None:
        tables = [t.take(chosen[t.source] & chosen[t.target]) for t in tables]
    GA, GB = (fold(corpus, t, s, evidence_per_link=0) for t, s in zip(tables, specs, strict=True))
    D = diff_graphs(GA, GB)
    D.graph["spec"] = spec
    return Comparison(a, b, D, changes_table(D))
