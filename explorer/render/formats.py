"""Open formats of a view, as bytes: GraphML, GEXF, node-link JSON, CSV tables and the event table.

Graph formats hold the display graph (one link per ordered pair of actors, see
`explorer.graph.view.view`) as the view made it, node cap included: formats add no cap of their own.

- GraphML and GEXF (for Gephi): node attributes name, name_ar, kind, mentions, weight; link attributes
  weight, type (the most frequent), types (";"-joined), first_date, last_date, evidence_count. GEXF is
  dynamic: links span first_date..last_date and nodes the dates of their links, so Gephi's timeline works;
  nodes carry their kind's colour and a size by weight. XML cannot hold control characters: they are
  dropped from text (and ids) in these two formats only.
- node-link JSON (`networkx.node_link_data`, edges under "edges"): every attribute, with each link's full
  evidence list (one item per relation: type, sentence, document, date, confidence, language, trigger).
- CSV: two tables, nodes and edges (columns as in GraphML); `csv_tables` gives both, `csv_zip` one zip.
- events: one row per relation with its PLOVER category (ontology.yaml), source and target ids, names and
  kinds, date, document, sentence and confidence; as CSV or Parquet.

CSV cells that start with = + - @ or a tab get a leading apostrophe so spreadsheets show them as text
rather than run them as formulas (OWASP "CSV injection"); Parquet keeps every value as it is.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Iterator

import networkx as nx
import pandas as pd

from explorer import ontology
from explorer.graph.view import EVIDENCE_FIELDS
from explorer.render.snapshot import as_date, display_graph, json_safe

NODE_COLUMNS = ("id", "name", "name_ar", "kind", "mentions", "weight")
EDGE_COLUMNS = ("source", "target", "weight", "type", "types", "first_date", "last_date", "evidence_count", "review",
                "confirmed", "rejected")
EVENT_COLUMNS = (
    "event_id", "date", "plover", "type", "source_id", "source_name", "source_name_ar", "source_kind",
    "target_id", "target_name", "target_name_ar", "target_kind", "doc_id", "doc_title", "doc_source",
    "sentence", "confidence", "lang", "trigger", "review", "relation_id",
)  # fmt: skip

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_DATE = re.compile(r"\d{4}-\d\d-\d\d")  # GEXF's timeline needs real dates; others are left out of it
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def flat_graph(G: nx.MultiDiGraph | nx.DiGraph, *, dynamic: bool = False) -> nx.DiGraph:
    """The display graph with scalar attributes only (no lists, no None): what GraphML and GEXF can hold."""
    D = display_graph(G)
    F = nx.DiGraph()
    F.graph["name"] = "Diplograph view"
    for n, a in D.nodes(data=True):
        F.add_node(_xml_id(n), **_scalars(_node_attrs(n, a)))
    span: dict = {}
    for u, v, a in D.edges(data=True):
        attrs = _edge_attrs(a)
        if dynamic and _DATE.fullmatch(attrs["first_date"] or ""):
            attrs["start"] = attrs["first_date"]
            attrs["end"] = attrs["last_date"] if _DATE.fullmatch(attrs["last_date"] or "") else attrs["start"]
            for n in (u, v):
                lo, hi = span.get(n, (attrs["start"], attrs["end"]))
                span[n] = (min(lo, attrs["start"]), max(hi, attrs["end"]))
        F.add_edge(_xml_id(u), _xml_id(v), **_scalars(attrs))
    if dynamic:
        for n, a in D.nodes(data=True):
            extra = {}
            if n in span:
                extra["start"], extra["end"] = span[n]
            colour = ontology.kind_colour(str(a.get("kind"))).lstrip("#")
            r, g, b = (int(colour[i : i + 2], 16) for i in (0, 2, 4))
            size = 8 + min((_num(a.get("weight"), float) or 0.0) ** 0.5 * 2.5, 28)
            extra["viz"] = {"color": {"r": r, "g": g, "b": b, "a": 1.0}, "size": float(size)}
            F.nodes[_xml_id(n)].update(extra)
    return F


def _node_attrs(n, a: dict) -> dict:
    return {
        "label": a.get("name") or a.get("name_ar") or str(n),
        "name": a.get("name"),
        "name_ar": a.get("name_ar"),
        "kind": a.get("kind"),
        "mentions": _num(a.get("mentions"), int) or 0,
        "weight": _num(a.get("weight"), int) or 0,
    }


def _edge_attrs(a: dict) -> dict:
    types = [str(t) for t in a.get("types") or []]
    return {
        "weight": _num(a.get("weight"), int) or 1,
        "type": types[0] if types else None,
        "types": ";".join(types) or None,
        "first_date": as_date(a.get("first_date")),
        "last_date": as_date(a.get("last_date")),
        "evidence_count": len(a.get("evidence") or []),
        **_review_attrs(a.get("evidence") or []),
    }


def _review_attrs(evidence: list[dict]) -> dict:
    """A link's review state: confirmed or rejected when all its relations are, else unreviewed or mixed."""
    states = [ev.get("review") or "unreviewed" for ev in evidence]
    confirmed, rejected = states.count("confirmed"), states.count("rejected")
    one = set(states)
    review = next(iter(one)) if len(one) == 1 else "mixed" if confirmed or rejected else "unreviewed"
    return {"review": review if states else None, "confirmed": confirmed, "rejected": rejected}


def graphml(G: nx.MultiDiGraph | nx.DiGraph) -> bytes:
    """GraphML of the view (read it back with `networkx.read_graphml`, open it in Gephi, yEd, Cytoscape)."""
    buf = io.BytesIO()
    nx.write_graphml(flat_graph(G), buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()


def gexf(G: nx.MultiDiGraph | nx.DiGraph) -> bytes:
    """Dynamic GEXF 1.2 of the view: links and nodes carry start/end dates for Gephi's timeline."""
    F = flat_graph(G, dynamic=True)
    F.graph["mode"] = "dynamic"
    buf = io.BytesIO()
    nx.write_gexf(F, buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()


def node_link_json(G: nx.MultiDiGraph | nx.DiGraph) -> bytes:
    """node-link JSON with every attribute; read it back with `networkx.node_link_graph(data, edges="edges")`."""
    D = display_graph(G).copy()
    spec = D.graph.get("spec")
    if spec is not None and hasattr(spec, "describe"):
        D.graph["spec"] = spec.describe()
    data = json_safe(nx.node_link_data(D, edges="edges"))
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return _SURROGATES.sub(lambda m: f"\\u{ord(m.group()):04x}", text).encode("utf-8")  # valid UTF-8, lossless


def csv_tables(G: nx.MultiDiGraph | nx.DiGraph) -> dict[str, bytes]:
    """{"nodes": CSV bytes, "edges": CSV bytes} of the display graph (columns NODE_COLUMNS, EDGE_COLUMNS)."""
    D = display_graph(G)
    nodes = ([n, *_pick(_node_attrs(n, a), NODE_COLUMNS[1:])] for n, a in D.nodes(data=True))
    edges = ([u, v, *_pick(_edge_attrs(a), EDGE_COLUMNS[2:])] for u, v, a in D.edges(data=True))
    return {"nodes": _csv(NODE_COLUMNS, nodes), "edges": _csv(EDGE_COLUMNS, edges)}


def csv_zip(G: nx.MultiDiGraph | nx.DiGraph, *, stem: str = "view") -> bytes:
    """A zip holding `<stem>.nodes.csv` and `<stem>.edges.csv`."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, data in csv_tables(G).items():
            z.writestr(f"{stem}.{name}.csv", data)
    return buf.getvalue()


def events_frame(G: nx.MultiDiGraph | nx.DiGraph) -> pd.DataFrame:
    """One row per relation (EVENT_COLUMNS), in date order (undated last). Every column is text (or None)
    except confidence; text that UTF-8 cannot hold (lone surrogates) becomes U+FFFD."""
    rows = []
    for i, (u, v, rel) in enumerate(relations(G)):
        su, sv = G.nodes[u], G.nodes[v]
        rtype = rel.get("type")
        values = [
            rel.get("id") if rel.get("id") is not None else i, as_date(rel.get("date")), _plover(rtype), rtype,
            u, su.get("name"), su.get("name_ar"), su.get("kind"), v, sv.get("name"), sv.get("name_ar"), sv.get("kind"),
            rel.get("doc_id"), rel.get("doc_title"), rel.get("doc_source"), rel.get("sentence"),
            rel.get("confidence"), rel.get("lang"), rel.get("trigger"), rel.get("review") or "unreviewed",
            rel.get("rid"),
        ]  # fmt: skip
        row = {c: _str_or_none(x) for c, x in zip(EVENT_COLUMNS, values, strict=True)}
        row["confidence"] = _num(rel.get("confidence"), float)
        rows.append(row)
    df = pd.DataFrame(rows, columns=list(EVENT_COLUMNS), dtype=object)
    df["confidence"] = df["confidence"].astype("float64")
    order = df["date"].fillna("9999-99-99").argsort(kind="stable")
    return df.iloc[order].reset_index(drop=True)


def events_csv(G: nx.MultiDiGraph | nx.DiGraph) -> bytes:
    return frame_csv(events_frame(G))


def events_parquet(G: nx.MultiDiGraph | nx.DiGraph) -> bytes:
    return frame_parquet(events_frame(G))


def frame_csv(df: pd.DataFrame) -> bytes:
    """A table as CSV bytes (UTF-8), with spreadsheet formulas neutralized."""
    return _csv(list(df.columns), df.itertuples(index=False, name=None))


def frame_parquet(df: pd.DataFrame) -> bytes:
    buf = io.BytesIO()
    df.to_parquet(buf, engine="pyarrow", index=False)
    return buf.getvalue()


def relations(G: nx.MultiDiGraph | nx.DiGraph) -> Iterator[tuple]:
    """(source, target, attributes) per relation: the multigraph's edges, or a display graph's evidence."""
    if G.is_multigraph():
        yield from G.edges(data=True)
        return
    for u, v, a in G.edges(data=True):
        for ev in a.get("evidence") or []:
            yield u, v, {f: ev.get(f) for f in EVIDENCE_FIELDS}


# ------------------------------------------------------------------------------------------------ helpers


def _csv(columns, rows) -> bytes:
    buf = io.StringIO(newline="")
    w = csv.writer(buf)
    w.writerow(columns)
    for row in rows:
        w.writerow([_cell(x) for x in row])
    return buf.getvalue().encode("utf-8", "replace")


def _cell(value):
    if value is None:
        return ""
    value = json_safe(value)
    if isinstance(value, str):
        return "'" + value if value.startswith(_FORMULA) else value
    if isinstance(value, float) and value != value:
        return ""
    return value


def _pick(attrs: dict, columns) -> list:
    return [attrs[c] for c in columns]


def _scalars(attrs: dict) -> dict:
    out = {}
    for k, v in attrs.items():
        v = v if k == "viz" else json_safe(v)
        if v is None:
            continue
        out[k] = _XML_BAD.sub("", v) if isinstance(v, str) else v
    return out


def _xml_id(node) -> str:
    return _XML_BAD.sub("", str(json_safe(node)))


def _num(value, kind):
    v = json_safe(value)
    try:
        return kind(v) if v is not None else None
    except (TypeError, ValueError):
        return None


def _str_or_none(value) -> str | None:
    v = json_safe(value)
    return None if v is None else _SURROGATES.sub("\ufffd", str(v))


def _plover(rtype) -> str | None:
    try:
        return ontology.plover(rtype)
    except KeyError:
        return None
