"""Charts of a view as Altair (Vega-Lite) specifications: the timeline and the static network drawing.

The data they draw comes from the core (explorer/graph: timeline counts, comparisons, communities); the
colours come from the one palette of ontology.yaml. Vega-Lite draws every text as text: no markup from
the data reaches the page.
"""

from __future__ import annotations

import networkx as nx
import pandas as pd

from explorer import ontology


def timeline_chart(counts: pd.DataFrame, marks: pd.DataFrame, *, colours: dict[str, str], labels: dict[str, str],
                   mark_label: str = "name", height: int = 320):
    """An Altair chart: stacked bars of relations per period and type, a rule and name per agreement."""
    import altair as alt

    data = counts.assign(label=counts["type"].map(lambda t: labels.get(t, t)))
    totals = counts.groupby("type")["relations"].sum()
    shown = sorted((t for t in colours if t in totals.index), key=lambda t: (-totals[t], t))  # largest first
    domain = [labels.get(t, t) for t in shown]
    bars = (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("period:T", title=None),
            y=alt.Y("relations:Q", stack="zero", title=None),
            color=alt.Color("label:N", scale=alt.Scale(domain=domain, range=[colours[t] for t in shown]), title=None,
                            legend=alt.Legend(orient="bottom", columns=6, symbolLimit=0, labelLimit=200)),
            tooltip=[alt.Tooltip("period:T"), alt.Tooltip("label:N"), alt.Tooltip("relations:Q")],
        )
    )
    layers = [bars]
    if not marks.empty:
        m = marks.assign(label=marks[mark_label].fillna(marks["name"]))
        rules = alt.Chart(m).mark_rule(color="#333333", strokeDash=[4, 3]).encode(
            x="date:T", tooltip=[alt.Tooltip("label:N"), alt.Tooltip("date:T"), alt.Tooltip("basis:N")]
        )
        text = alt.Chart(m).mark_text(align="left", angle=270, dx=4, dy=-4, fontSize=10, color="#333333").encode(
            x="date:T", y=alt.value(4), text="label:N"
        )
        layers += [rules, text]
    return alt.layer(*layers).properties(height=height)


def network_chart(D: nx.Graph, *, lang: str = "en", legend_title: str = "", height: int = 560, labels: int = 40):
    """A static Altair drawing of a display graph whose nodes and edges carry a `color`.

    Used where the snapshot's kind and type colours are not the point: the period comparison (edges
    coloured by change) and the community view (nodes coloured by community). Positions come from the
    snapshot's own deterministic layout, so a view keeps its shape from one tab to the other. Vega-Lite
    draws every text as text: no markup from the data reaches the page.
    """
    import altair as alt

    from explorer.render.layout import positions

    pos = positions(D)
    weight = {v: 0 for v in D}
    for u, v, d in D.edges(data=True):
        weight[u] += d.get("weight", 1)
        weight[v] += d.get("weight", 1)
    nodes = pd.DataFrame(
        [
            {
                "x": pos[v][0], "y": -pos[v][1], "weight": weight[v],
                "name": (a.get("name_ar") if lang == "ar" and a.get("name_ar") else a.get("name")) or str(v),
                "kind": a.get("kind"), "group": str(a.get("community", a.get("kind"))),
                "color": a.get("color") or ontology.kind_colour(a.get("kind")),
            }
            for v, a in D.nodes(data=True)
        ],
        columns=["x", "y", "weight", "name", "kind", "group", "color"],
    )
    edges = pd.DataFrame(
        [
            {
                "x": pos[u][0], "y": -pos[u][1], "x2": pos[v][0], "y2": -pos[v][1],
                "source": D.nodes[u].get("name") or str(u), "target": D.nodes[v].get("name") or str(v),
                "change": d.get("change", ""), "what": d.get("title") or ", ".join(d.get("types") or []),
                "width": 1 + min(float(d.get("weight", 1)), 9) ** 0.5,
                "color": d.get("color") or ontology.relation_colour(d.get("type") or (d.get("types") or [""])[0]),
            }
            for u, v, d in D.edges(data=True)
        ],
        columns=["x", "y", "x2", "y2", "source", "target", "change", "what", "width", "color"],
    )
    axis = alt.Axis(title=None, labels=False, ticks=False, grid=False, domain=False)
    lines = alt.Chart(edges).mark_rule(opacity=0.75).encode(
        x=alt.X("x:Q", axis=axis), y=alt.Y("y:Q", axis=axis), x2="x2:Q", y2="y2:Q",
        color=alt.Color("color:N", scale=None), strokeWidth=alt.StrokeWidth("width:Q", scale=None),
        tooltip=["source:N", "target:N", "what:N"],
    )
    dots = alt.Chart(nodes).mark_circle(opacity=0.95, stroke="#ffffff", strokeWidth=0.5).encode(
        x="x:Q", y="y:Q", color=alt.Color("color:N", scale=None),
        size=alt.Size("weight:Q", scale=alt.Scale(range=[40, 600]), legend=None),
        tooltip=["name:N", "kind:N", alt.Tooltip("group:N", title=legend_title or "group"), "weight:Q"],
    )
    top = nodes.nlargest(labels, "weight")
    text = alt.Chart(top).mark_text(dy=-10, fontSize=11).encode(x="x:Q", y="y:Q", text="name:N")
    return alt.layer(lines, dots, text).properties(height=height).configure_view(strokeWidth=0)
