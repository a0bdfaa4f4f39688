"""Snapshots: a view as one self-contained, offline, safe HTML file, and reading one back.

The page is ours, not pyvis's template: a header (title, filters, sizes, time, version), a legend, a
search box, the graph drawn by vis-network and an evidence side panel. Why pyvis's template is not used,
although pyvis stays installed and in the loop:

- its template links bootstrap from a CDN (a blank or broken page offline, two requests leaked);
- its heading, select menu and options are injection points (measured in FINDINGS.md), and it
  switches every tooltip to raw HTML as soon as one contains "href";
- `Network.from_nx` mutates the graph and grows quadratically; its node and edge dicts are plain dicts
  that we build directly, once, in the compact form the page reads.

What we take from pyvis is the vis-network build it ships and tests (`pyvis/templates/lib/vis-9.1.2`),
inlined into the page. The benchmark (`benchmarks/render.py`) draws pyvis's default output next to ours.

Safety, in layers:

1. No datum is written into markup except through `html.escape` (header, legend) or as JSON in a
   `<script type="application/json">` block with <, >, &, U+2028 and U+2029 escaped; the viewer script
   (`snapshot.js`) is static and builds the panel with `textContent` only. Templates are filled in one
   pass, so a value that looks like a placeholder stays text.
2. A Content-Security-Policy meta allows only the hashes of the page's own two scripts and its one
   style block; nothing may be fetched (`default-src 'none'`). Injected markup, if any slipped through,
   would not run, also when Streamlit embeds the page in an iframe through `srcdoc`.
3. Bidi override and control characters are dropped from labels, and every text item in the page is
   isolated (`dir="auto"`), so a right-to-left override in a name cannot reorder what surrounds it.

The data block (`#diplograph-data`) is also the snapshot's machine-readable form; `read_snapshot`
turns it back into a graph.
"""

from __future__ import annotations

import base64
import hashlib
import html
import importlib.util
import json
import math
import re
from collections.abc import Mapping
from dataclasses import asdict
from datetime import UTC, date, datetime
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx

try:
    import orjson as _orjson
except ImportError:  # optional: `_dumps` falls back to the standard library
    _orjson = None

from explorer import __version__, ontology
from explorer.errors import ExplorerError, InputError
from explorer.graph.spec import CorpusSize, ViewSpec
from explorer.graph.view import EVIDENCE_FIELDS
from explorer.render import words as W
from explorer.render.layout import DEFAULT_MAX_NODES, LARGE_VIEW, cap_nodes, spread, view_positions
from explorer.render.layout import positions as _positions
from explorer.speed import no_gc

FORMAT = "diplograph-snapshot"
FORMAT_VERSION = 1
#: Evidence kept per link in a snapshot; the rest is counted ("more").
EVIDENCE_CAP = 20
NODE_FIELDS = ("id", "name", "name_ar", "kind", "mentions", "weight", "x", "y", "community", "keys", "extra")
EDGE_FIELDS = ("source", "target", "weight", "types", "first_date", "last_date", "more", "evidence", "change",
               "type_counts", "extra")
SNAPSHOT_EVIDENCE_FIELDS = ("type", "sentence", "doc", "date", "confidence", "lang", "trigger", "method", "review")
COLOURS = ("kind", "community", "change")
DOC_FIELDS = ("id", "title", "source")  # what an imported snapshot must hold
DOC_EXTRA = ("url", "date")  # written since review (the document's link and reviewed date), optional on import
LANGS = ("en", "ar")

_HERE = Path(__file__).parent
_PLACEHOLDER = re.compile(r"@@([A-Z_]+)@@")
_DATA_BLOCK = re.compile(r'<script type="application/json" id="diplograph-data">(.*?)</script>', re.S)
_SCRIPT_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026", 0x2028: "\\u2028", 0x2029: "\\u2029"}
_SCRIPT_ESCAPES_UTF8 = [(chr(c).encode("utf-8"), e.encode("ascii")) for c, e in _SCRIPT_ESCAPES.items()]
_SURROGATE = re.compile("[\ud800-\udfff]")
_DISPLAY_DROP = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_NAME = re.compile(r"[a-z][a-z0-9_]*")
_NO_DOC = (None,) * 5
#: What `vis_src` may be: an absolute http(s) URL without query, fragment, quotes, spaces, commas or semicolons
#: (it is written into an attribute and into the Content-Security-Policy as a source).
_VIS_SRC = re.compile(r"https?://[A-Za-z0-9.\-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~\-/]*)?\.js")
_SYMBOL = {"dot": "\u25cf", "diamond": "\u25c6", "square": "\u25a0", "triangle": "\u25b2", "star": "\u2605"}


@no_gc
def to_html(
    G: nx.MultiDiGraph | nx.DiGraph,
    *,
    title: str | None = None,
    corpus: CorpusSize | None = None,
    lang: str = "en",
    height_px: int = 700,
    positions: Mapping | None = None,
    colour: str = "kind",
    extra: nx.DiGraph | None = None,
    vis_src: str | None = None,
) -> str:
    """The view `G` as one standalone HTML page (works offline, in a browser or in a Streamlit iframe).

    `G` is the MultiDiGraph from `build_view` (aggregated here) or an already aggregated DiGraph.
    `lang` picks the label language ("en" or "ar"; the other name is used when one is missing).
    Views larger than the spec's `max_nodes` keep the nodes with the highest weighted degree and say in
    the header how many were left out. The graph area is `height_px` high; the header adds about 120 px.

    `positions` (node id -> x, y: the corpus's stable layout, `layout.corpus_positions`) places every
    node where it is in every other view of the corpus, physics off; without it the view is laid out on
    its own. `title` defaults to the view's own (its centre actors' names, `words.view_title`), so the
    dashboard and the CLI give one view one title. `colour` is the first colouring shown: "kind",
    "community" (nodes need a `community` attribute) or "change" (edges need a `change`, as from
    `graph.compare.diff_graphs`). `extra` holds the neighbours a double-click on a node reveals: a
    folded graph whose nodes and links outside the view are added, hidden (see `snapshot_payload`).

    `vis_src` (the dashboard's graph only, never a file): the absolute http(s) URL the page loads
    vis-network from instead of carrying its 0.54 MB inline; the Content-Security-Policy allows that one
    URL and nothing else. A data: URL that small loads several times faster in chromium (see
    `explorer.ui.data.vis_network_url`); the page is then no longer standalone.

    >>> page = to_html(nx.MultiDiGraph(), title="<b>empty</b>")
    >>> "No relations in this view" in page and "<b>empty</b>" not in page
    True
    """
    if lang not in LANGS:
        raise ExplorerError(f"No label language {lang!r}. Known languages: {', '.join(LANGS)}")
    if not isinstance(height_px, int) or not 150 <= height_px <= 10000:
        raise ExplorerError(f"height_px must be a whole number of pixels between 150 and 10000, not {height_px!r}")
    payload = snapshot_payload(G, title=title, corpus=corpus, lang=lang, positions=positions, colour=colour,
                               extra=extra)
    meta = payload["meta"]
    view = {
        "TITLE": html.escape(_display(meta["title"], 300)),
        "UNDATED": _undated_html(meta, lang),
        "FILTERS": _filters_html(meta, lang),
        "COUNTS": _counts_html(meta, lang),
        "NOTICE": _notice_html(meta, lang),
        "LEGEND": _legend_html(payload, lang),
        "EMPTY": "" if payload["edges"]["rows"] else f'<p class="empty">{html.escape(W.phrase("empty", lang))}</p>',
        "DATA": script_json(payload),
    }
    return _page(view, lang=lang, height_px=height_px, vis_src=vis_src)


def _page(view: dict, *, lang: str, height_px: int, vis_src: str | None) -> str:
    """The template filled (in one pass) with a view's header and data block, `view`, and what every page has."""
    assets = _assets()
    css = assets["css"] + _dynamic_css(height_px)
    if vis_src is None:
        vis, sources = f"<script>{assets['vis_js']}</script>", [_sha256(assets["vis_js"])]
    elif script_url_ok(vis_src):
        vis, sources = f'<script src="{html.escape(vis_src)}"></script>', [vis_src]
    else:
        raise ExplorerError(f"vis_src must be an absolute http(s) URL of a script, not {vis_src!r}")
    values = {
        "CSP": html.escape(_csp([assets["app_js"]], [css], sources)),
        "VERSION": html.escape(__version__),
        "LANG": lang,
        "DIR": "rtl" if lang == "ar" else "ltr",
        "HINT": html.escape(W.phrase("hint", lang)),
        "FIND": html.escape(W.phrase("find", lang)),
        "FIND_PLACEHOLDER": html.escape(W.phrase("find_placeholder", lang)),
        "FIND_LABEL": html.escape(W.phrase("find_label", lang)),
        "CLOSE": html.escape(W.phrase("close", lang)),
        "LEGEND_LABEL": html.escape(W.phrase("legend", lang)),
        "GRAPH_LABEL": html.escape(W.phrase("graph", lang)),
        "CSS": css,
        "VIS": vis,
        "APP_JS": assets["app_js"],
        **view,
    }
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], assets["template"])


#: What every view of a live page shares: kept in the page's own data block, not in each fragment.
_SHARED = ("format", "version", "style", "words", "fold", "evidence_fields")


@lru_cache(maxsize=8)
def live_page(*, lang: str, height_px: int, vis_src: str | None) -> str:
    """The dashboard's graph page without a view: its data block holds what every view shares, each view
    comes in the URL's fragment (`live_fragment`), so that a filter change navigates only within the
    document and vis-network, loaded from `vis_src` (None: inline), is not fetched and run again. Never a
    file: it draws nothing without a fragment."""
    if lang not in LANGS:
        raise ExplorerError(f"No label language {lang!r}. Known languages: {', '.join(LANGS)}")
    payload = snapshot_payload(nx.DiGraph(), lang=lang)
    shared = {k: payload[k] for k in _SHARED} | {"live": True}
    view = {k: "" for k in ("TITLE", "UNDATED", "FILTERS", "COUNTS", "NOTICE", "LEGEND", "EMPTY")}
    return _page(view | {"DATA": script_json(shared)}, lang=lang, height_px=height_px, vis_src=vis_src)


def live_fragment(
    G: nx.MultiDiGraph | nx.DiGraph,
    *,
    title: str | None = None,
    corpus: CorpusSize | None = None,
    lang: str = "en",
    positions: Mapping | None = None,
    colour: str = "kind",
    extra: nx.DiGraph | None = None,
) -> str:
    """A view for `live_page`'s fragment: base64 of its payload (as `snapshot_payload`, minus what the page
    shares) with its header as a tree of text and our own few tags ([tag, class, children]), made from the
    same escaped markup a standalone page carries and built by the page with createElement/textContent."""
    if lang not in LANGS:
        raise ExplorerError(f"No label language {lang!r}. Known languages: {', '.join(LANGS)}")
    payload = snapshot_payload(G, title=title, corpus=corpus, lang=lang, positions=positions, colour=colour,
                               extra=extra)
    meta = payload["meta"]
    view = {k: v for k, v in payload.items() if k not in _SHARED}
    view["header"] = {
        "title": _display(meta["title"], 300),
        "filters": _tree(_filters_html(meta, lang)),
        "undated": _tree(_undated_html(meta, lang)),
        "counts": _tree(_counts_html(meta, lang)),
        "notice": _tree(_notice_html(meta, lang)),
        "legend": _tree(_legend_html(payload, lang)),
        "empty": "" if payload["edges"]["rows"] else W.phrase("empty", lang),
    }
    return base64.b64encode(script_json(view).encode("utf-8")).decode("ascii")


class _TreeParser(HTMLParser):
    """Our own header markup (escaped text, p/bdi/li/span with a class) back into [tag, class, children]."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root: list = []
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = [tag, dict(attrs).get("class") or "", []]
        self.stack[-1].append(node)
        self.stack.append(node[2])

    def handle_endtag(self, tag):
        if len(self.stack) > 1:
            self.stack.pop()

    def handle_data(self, data):
        self.stack[-1].append(data)


def _tree(markup: str) -> list:
    parser = _TreeParser()
    parser.feed(markup)
    parser.close()
    return parser.root


@no_gc
def snapshot_payload(
    G: nx.MultiDiGraph | nx.DiGraph,
    *,
    title: str | None = None,
    corpus: CorpusSize | None = None,
    lang: str = "en",
    positions: Mapping | None = None,
    colour: str = "kind",
    extra: nx.DiGraph | None = None,
) -> dict:
    """The JSON a snapshot embeds: meta, style, docs, nodes and edges as `fields` + `rows` tables.

    Node rows carry x, y from `layout.positions`; edge rows point at node rows by index and carry at most
    EVIDENCE_CAP evidence rows (the most confident, in date order) plus `more`, the number left out.
    Evidence rows point at the `docs` table by index. Node rows also carry `community` (or None),
    `keys` (the words `explorer.search` matches, so the page's search finds كيري and Kery as the
    dashboard does) and `extra` (1: hidden until a double-click on a neighbour reveals it); edge rows
    carry `change` (or None), `type_counts` and `extra`.
    """
    if colour not in COLOURS:
        raise ExplorerError(f"No colouring {colour!r}. Known: {', '.join(COLOURS)}")
    D = display_graph(G)
    spec = D.graph.get("spec")
    max_nodes = spec.max_nodes if isinstance(spec, ViewSpec) else DEFAULT_MAX_NODES
    keep = spec.actors if isinstance(spec, ViewSpec) else ()
    shown, left_out = cap_nodes(D, max_nodes, keep=keep)
    hidden = _extra_graph(shown, extra)
    pos = _drawn_positions(shown, hidden, positions)
    order = sorted(shown.nodes, key=lambda n: (str(n), type(n).__name__))
    order += sorted((n for n in hidden if n not in shown), key=lambda n: (str(n), type(n).__name__))
    index = {n: i for i, n in enumerate(order)}

    node_rows = [_node_row(n, (hidden if n not in shown else shown).nodes[n], pos[n], n not in shown) for n in order]
    links = [(u, v, a, 0) for u, nbrs in shown._adj.items() for v, a in nbrs.items()]
    links += [(u, v, a, 1) for u, nbrs in hidden._adj.items() for v, a in nbrs.items() if not shown.has_edge(u, v)]
    links.sort(key=lambda e: (e[3], index[e[0]], index[e[1]]))
    docs: dict[tuple, int] = {}
    edge_rows = _edge_rows(links, index, docs)

    filters = _filters(spec, D, lang)
    if title is None:
        title = W.view_title(filters["actor_names"], lang)
    has_change = any(row[8] for row in edge_rows)
    has_community = any(row[8] is not None for row in node_rows)
    colours = ["kind"] + (["community"] if has_community else []) + (["change"] if has_change else [])
    meta = {
        "title": _text(title) or "",
        "lang": lang,
        "generated": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "version": __version__,
        "filters": filters,
        "corpus": json_safe(asdict(corpus)) if corpus is not None else None,
        "view": {
            "nodes": D.number_of_nodes(),
            "links": D.number_of_edges(),
            "relations": sum(_int(w) for *_, w in D.edges(data="weight", default=1)),
            "shown_nodes": shown.number_of_nodes(),
            "shown_links": shown.number_of_edges(),
            "left_out_nodes": left_out + int(D.graph.get("left_out_nodes") or 0),
            "max_nodes": max_nodes,
        },
        "layout": "fixed" if positions is not None or shown.number_of_nodes() > LARGE_VIEW else "physics",
        "evidence_cap": EVIDENCE_CAP,
        "undated": _undated_relations(D),
        "colour": colour if colour in colours else "kind",
        "colours": colours,
        "extra_nodes": hidden.number_of_nodes() - sum(1 for n in hidden if n in shown),
    }
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "meta": meta,
        "style": _style(),
        "words": W.js_words(lang),
        "fold": _search_fold(),
        "evidence_fields": list(SNAPSHOT_EVIDENCE_FIELDS),
        "docs": {"fields": [*DOC_FIELDS, *DOC_EXTRA], "rows": [list(k) for k in docs]},
        "nodes": {"fields": list(NODE_FIELDS), "rows": node_rows},
        "edges": {"fields": list(EDGE_FIELDS), "rows": edge_rows},
    }


def _drawn_positions(shown: nx.DiGraph, hidden: nx.DiGraph, positions: Mapping | None) -> dict:
    """x, y of every node drawn (`shown` and the `hidden` ones a double-click reveals): at `positions`, spread,
    or laid out on their own. When every node has a position the two graphs are not composed into one (a
    copy of every link): only their nodes are read, in the composed graph's order (`hidden`'s, then the
    rest of `shown`'s), which `spread` samples."""
    if positions is not None and hidden.number_of_nodes():
        nodes = [*hidden, *(n for n in shown if n not in hidden)]
        if all(n in positions for n in nodes):
            return spread({n: positions[n] for n in nodes})
    drawn = nx.compose(hidden, shown) if hidden.number_of_nodes() else shown
    return spread(view_positions(drawn, positions)) if positions is not None else _positions(drawn)


def _extra_graph(shown: nx.DiGraph, extra: nx.DiGraph | None) -> nx.DiGraph:
    """The part of `extra` a double-click may reveal: links with one end in the view, and their far nodes."""
    H = nx.DiGraph()
    if extra is None:
        return H
    E = display_graph(extra)
    for u, v, a in E.edges(data=True):
        if (u in shown) != (v in shown):
            for n in (u, v):
                if n not in H:
                    H.add_node(n, **(shown.nodes[n] if n in shown else E.nodes[n]))
            H.add_edge(u, v, **a)
    return H


def _node_row(n, a: dict, xy, is_extra: bool) -> list:
    community = a.get("community")
    return [_json_id(n), _text(a.get("name")), _text(a.get("name_ar")), _text(a.get("kind")), _int(a.get("mentions")),
            _int(a.get("weight")), xy[0], xy[1], _int(community) if community is not None else None, _search_keys(a),
            1 if is_extra else 0]


def _edge_rows(links: list[tuple], index: dict, docs: dict[tuple, int]) -> list[list]:
    """The edge rows of `links` ((u, v, attributes, extra), in row order), their evidence rows included, and
    `docs` filled (document key -> row)."""
    rows = []
    for u, v, a, is_extra in links:
        evidence = _list(a.get("evidence"))
        kept = evidence if len(evidence) <= EVIDENCE_CAP else _keep_evidence(evidence, EVIDENCE_CAP)
        ev_rows = [_evidence_row(ev, docs) for ev in kept]
        weight = _int(a.get("weight")) or len(evidence)
        counts = a.get("type_counts") or {}
        rows.append([index[u], index[v], weight, _texts(a.get("types") or ()), as_date(a.get("first_date")),
                     as_date(a.get("last_date")), max(weight - len(ev_rows), 0), ev_rows, _text(a.get("change")),
                     dict(counts) if _plain_counts(counts) else {str(t): _int(c) for t, c in counts.items()},
                     is_extra])
    return rows


def _plain_counts(counts: dict) -> bool:
    """Whether `counts` (type -> count) holds only text keys and whole-number counts already."""
    return {type(k) for k in counts} <= _STR_ONLY and {type(c) for c in counts.values()} <= _INT_ONLY


_STR_ONLY, _INT_ONLY, _PLAIN = {str}, {int}, {str, type(None)}
#: An evidence item's fields in the order `_evidence_row` reads them.
_EVIDENCE_KEYS = ("doc_id", "doc_title", "doc_source", "doc_url", "doc_date", "type", "sentence", "date",
                  "confidence", "lang", "trigger", "method", "review")


def _evidence_row(ev: dict, docs: dict[tuple, int]) -> list:
    """One evidence item as a row of SNAPSHOT_EVIDENCE_FIELDS, its document a row of `docs` (added if new).

    An item of a view (each field a string or None, missing ones None, the confidence a number) takes the
    direct way, with the same result as `_any_evidence_row`, which takes anything."""
    try:
        doc, title, outlet, url, doc_date, typ, sentence, day, c, lang, trigger, method, review = map(
            ev.get, _EVIDENCE_KEYS)
    except (AttributeError, TypeError):
        return _any_evidence_row(ev, docs)
    kinds = {type(doc), type(title), type(outlet), type(url), type(doc_date), type(typ), type(sentence), type(day),
             type(lang), type(trigger), type(method), type(review)}
    if not (kinds <= _PLAIN and type(c) is float and math.isfinite(c)):
        return _any_evidence_row(ev, docs)
    key = (doc, title, outlet, url, doc_date if doc_date is None else doc_date[:10])
    return [typ, sentence, None if key == _NO_DOC else docs.setdefault(key, len(docs)),
            day if day is None else day[:10], c, lang, trigger, method, review]


def _any_evidence_row(ev: dict, docs: dict[tuple, int]) -> list:
    """`_evidence_row` of any mapping: missing fields None, values made plain."""
    g = ev.get
    key = (_str(g("doc_id")), _str(g("doc_title")), _str(g("doc_source")), _str(g("doc_url")), as_date(g("doc_date")))
    c = g("confidence")
    return [_str(g("type")), _str(g("sentence")), None if key == _NO_DOC else docs.setdefault(key, len(docs)),
            as_date(g("date")), c if type(c) is float and math.isfinite(c) else _float(c), _str(g("lang")),
            _str(g("trigger")), _str(g("method")), _str(g("review"))]


def _str(v):
    """`_text` (strings and None as they are)."""
    return v if type(v) is str or v is None else _text(v)


def _list(value) -> list:
    return value if type(value) is list else list(value or ())


def _texts(values) -> list:
    return [v if type(v) is str or v is None else _text(v) for v in values]


def _search_keys(a: dict) -> list[list[str]] | None:
    """The words of a node's names and aliases as `explorer.search` folds them (one list per name), or
    None when every name is plain ASCII: the page's script folds those itself, exactly the same way."""
    names = [n for n in [a.get("name"), a.get("name_ar"), *(a.get("aliases") or [])] if isinstance(n, str) and n]
    if all(n.isascii() for n in names):
        return None
    keys, seen = [], set()
    for name in names:
        toks = _tokens(name)
        if toks and toks not in seen:
            seen.add(toks)
            keys.append(list(toks))
    return keys


@lru_cache(maxsize=65536)
def _tokens(name: str) -> tuple[str, ...]:
    from explorer.search import search_tokens

    return tuple(search_tokens(name))


@lru_cache(maxsize=1)
def _search_fold() -> dict:
    """The character folding of explorer.text.normalize, for the page's search box to fold a query the
    same way the keys were folded: characters dropped, characters mapped, and the article prefixes."""
    from explorer.text import normalize as N

    return {"drop": "".join(chr(c) for c in sorted(N._DROP)), "map": dict(N._MAP)}


def _undated_relations(D: nx.DiGraph) -> int:
    """Relations of the view without a date (counted from the links' evidence when it is all there)."""
    n = 0
    for nbrs in D._adj.values():
        for a in nbrs.values():
            ev = a.get("evidence") or ()
            weight = _int(a.get("weight"))
            if len(ev) == weight:
                n += sum(1 for e in ev if not e.get("date"))
            elif not a.get("first_date"):
                n += weight
    return n


def display_graph(G: nx.MultiDiGraph | nx.DiGraph) -> nx.DiGraph:
    """The display graph: a view's folded DiGraph as is; one edge per relation folded by
    `explorer.graph.view.fold_multigraph` (the same folding as `explorer.graph.view.view`)."""
    if not isinstance(G, nx.Graph):
        raise ExplorerError(f"Expected a NetworkX graph of a view, not {type(G).__name__}")
    if G.is_multigraph():
        from explorer.graph.view import fold_multigraph

        return fold_multigraph(_plain_values(G))
    return G if G.is_directed() else G.to_directed()


def _plain_values(G: nx.MultiGraph) -> nx.MultiDiGraph:
    """A copy with JSON values only (pd.Timestamp, numpy scalars, NaN, pd.NA made plain) that the folding
    can sort and compare."""
    C = nx.MultiDiGraph()
    C.graph.update(G.graph)
    C.add_nodes_from((n, {k: json_safe(v) for k, v in a.items()}) for n, a in G.nodes(data=True))
    C.add_edges_from((u, v, k, {f: json_safe(x) for f, x in a.items()}) for u, v, k, a in G.edges(keys=True, data=True))
    return C


def read_snapshot(path: str | Path, *, multigraph: bool = False) -> tuple[nx.DiGraph | nx.MultiDiGraph, dict]:
    """The graph and meta data a snapshot embeds (the inverse of `to_html`, up to the evidence cap).

    By default a DiGraph with the display attributes (name, name_ar, kind, mentions, weight, x, y on
    nodes; weight, types, first_date, last_date, evidence, evidence_left_out on edges). With
    `multigraph=True`, a MultiDiGraph with one edge per evidence item and the per-relation attributes of
    `build_view` (type, date, sentence, doc_id, doc_title, doc_source, confidence, lang, trigger):
    relations beyond the cap are not in the file; `meta["view"]` and the edges' counts say how many.
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"Cannot read snapshot {p}: {exc}") from None
    return graph_from_payload(parse_snapshot(text, name=str(p)), multigraph=multigraph)


def parse_snapshot(text: str, *, name: str = "snapshot") -> dict:
    """The JSON payload of a snapshot page; InputError if the page is not a Diplograph snapshot."""
    m = _DATA_BLOCK.search(text)
    if not m:
        raise InputError(f"{name} is not a Diplograph snapshot: it has no diplograph-data block")
    try:
        data = json.loads(m.group(1))
    except json.JSONDecodeError as exc:
        raise InputError(f"{name}: the snapshot's data block is not valid JSON ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(f"{name} is not a Diplograph snapshot (format is not {FORMAT!r})")
    if not isinstance(data.get("version"), int) or data["version"] > FORMAT_VERSION:
        version = data.get("version")
        raise InputError(f"{name} was written by a newer Diplograph (format {version!r}); upgrade to read it")
    return data


def graph_from_payload(data: dict, *, multigraph: bool = False) -> tuple[nx.DiGraph | nx.MultiDiGraph, dict]:
    """Rebuild the graph from a snapshot payload (see `read_snapshot`)."""
    try:
        docs = [dict(zip(data["docs"]["fields"], row, strict=True)) for row in data["docs"]["rows"]]
        nodes = [dict(zip(data["nodes"]["fields"], row, strict=True)) for row in data["nodes"]["rows"]]
        ev_fields = data["evidence_fields"]
        G: nx.DiGraph = nx.MultiDiGraph() if multigraph else nx.DiGraph()
        meta = data["meta"]
        G.graph["meta"] = meta
        for n in nodes:
            if not n.get("extra"):
                G.add_node(n["id"], **{k: v for k, v in n.items() if k not in ("id", "keys", "extra")})
        for row in data["edges"]["rows"]:
            e = dict(zip(data["edges"]["fields"], row, strict=True))
            if e.get("extra"):
                continue  # a neighbour outside the view, shown on a double-click: not part of the view
            u, v = nodes[e["source"]]["id"], nodes[e["target"]]["id"]
            evidence = []
            for ev_row in e["evidence"]:
                ev = dict(zip(ev_fields, ev_row, strict=True))
                doc = docs[ev.pop("doc")] if ev.get("doc") is not None else {}
                ev.update(doc_id=doc.get("id"), doc_title=doc.get("title"), doc_source=doc.get("source"),
                          doc_url=doc.get("url"), doc_date=doc.get("date"))
                evidence.append({f: ev.get(f) for f in EVIDENCE_FIELDS})
            if multigraph:
                for ev in evidence:
                    G.add_edge(u, v, **ev)
            else:
                G.add_edge(
                    u,
                    v,
                    weight=e["weight"],
                    types=e["types"],
                    first_date=e["first_date"],
                    last_date=e["last_date"],
                    evidence=evidence,
                    evidence_left_out=e["more"],
                )
    except (KeyError, IndexError, TypeError, ValueError) as exc:
        raise InputError(f"The snapshot's data block is damaged ({type(exc).__name__}: {exc})") from None
    return G, meta


def script_json(obj) -> str:
    """JSON that is safe inside an HTML <script> element (and in HTML text generally).

    <, > and & become \\u escapes (no `</script>` or `<!--` can appear), as do U+2028/U+2029 and lone
    surrogates (so the text encodes to UTF-8 and parses back to the same string).

    >>> script_json({"a": "</script><b>&\\u2028"})
    '{"a":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026\\\\u2028"}'
    """
    raw = _orjson_bytes(obj)
    if raw is not None:  # UTF-8 from orjson, which refuses lone surrogates: only the five escapes to make
        for seq, esc in _SCRIPT_ESCAPES_UTF8:
            if seq in raw:
                raw = raw.replace(seq, esc)
        return raw.decode("utf-8")
    text = _dumps(obj)
    for ch, esc in _SCRIPT_ESCAPES.items():
        if chr(ch) in text:
            text = text.replace(chr(ch), esc)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _orjson_bytes(obj) -> bytes | None:
    """orjson's compact JSON (UTF-8), or None when orjson is missing or refuses `obj` (a lone surrogate, a
    non-string key, an integer over 64 bits)."""
    if _orjson is None:
        return None
    try:
        return _orjson.dumps(obj)
    except (TypeError, ValueError):
        return None


def _dumps(obj) -> str:
    """Compact JSON text: orjson when it is installed (the same values, several times faster on a
    20,000-node snapshot; a float's exponent may be written 1e-7 rather than 1e-07), else the standard
    library, which also takes whatever orjson refuses (a lone surrogate, a non-string key). Payload values
    are made plain by `json_safe` first, so no NaN reaches either."""
    raw = _orjson_bytes(obj)
    if raw is not None:
        return raw.decode("utf-8")
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


# ---------------------------------------------------------------------------------------------- assets


@lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    return {
        "template": (_HERE / "template.html").read_text(encoding="utf-8"),
        "css": (_HERE / "snapshot.css").read_text(encoding="utf-8"),
        "app_js": (_HERE / "snapshot.js").read_text(encoding="utf-8"),
        "vis_js": vis_network_js(),
    }


def vis_network_path() -> Path:
    """Where vis-network's standalone build is: inside the installed pyvis package (found, not imported)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.origin:
        raise ExplorerError("pyvis is not installed; install it (pip install 'pyvis==0.3.2')")
    path = Path(spec.origin).parent / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"
    if not path.is_file():
        raise ExplorerError(f"vis-network not found at {path}; reinstall pyvis 0.3.2")
    return path


def vis_network_js() -> str:
    """vis-network's standalone build, as shipped inside the installed pyvis package."""
    path = vis_network_path()
    js = path.read_text(encoding="utf-8")
    if re.search(r"</script|<!--", js, re.I):  # would end or confuse the inline script element
        raise ExplorerError(f"{path} contains '</script' or '<!--' and cannot be inlined")
    return js


def script_url_ok(url) -> bool:
    """Whether `url` may be a snapshot's `vis_src`: an absolute http(s) URL of a .js file, nothing that could
    break out of an attribute or the Content-Security-Policy."""
    return isinstance(url, str) and _VIS_SRC.fullmatch(url) is not None


@lru_cache(maxsize=16)
def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _csp(scripts: list[str], styles: list[str], sources: list[str] = ()) -> str:
    """The page's policy: its own inline scripts and style by hash, `sources` (vis-network's hash, or the one
    URL it is loaded from) beside them, nothing else."""
    return "; ".join(
        [
            "default-src 'none'",
            "script-src " + " ".join([*sources, *(_sha256(s) for s in scripts)]),
            "style-src " + " ".join(_sha256(s) for s in styles),
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )


# ----------------------------------------------------------------------------------------------- header


def _filters(spec, D: nx.DiGraph, lang: str) -> dict:
    if isinstance(spec, ViewSpec):
        d = spec.describe()
    elif isinstance(spec, dict):
        d = dict(spec)
    else:
        d = {}
    actors = [_json_id(a) for a in d.get("actors") or []]
    d = json_safe(d)
    d["actors"] = actors
    d["actor_names"] = [_node_label(D, a, lang) for a in d.get("actors") or []]
    return d


def _node_label(D: nx.DiGraph, node, lang: str) -> str:
    if node not in D:
        return str(node)
    a = D.nodes[node]
    first, other = (a.get("name_ar"), a.get("name")) if lang == "ar" else (a.get("name"), a.get("name_ar"))
    return _text(first) or _text(other) or str(node)


def _filters_html(meta: dict, lang: str = "en") -> str:
    f = meta["filters"]
    ph = lambda key, **kw: html.escape(W.phrase(key, lang, **kw))  # noqa: E731
    sep = "، " if lang == "ar" else ", "
    parts = []
    names = f.get("actor_names") or []
    if names:
        shown = sep.join(f"<bdi>{_esc(n, 80)}</bdi>" for n in names[:10])
        if len(names) > 10:
            shown += " " + ph("more_names", n=len(names) - 10)
        hops = _int(f.get("hops", 1)) or 1
        parts.append(f"{ph('actors')}: {shown} ({html.escape(W.count(hops, 'hop', lang))})")
    else:
        parts.append(f"{ph('actors')}: {ph('all')}")
    start, end = f.get("start"), f.get("end")
    if start or end:
        when = f"<bdi>{_esc(start or '…')}</bdi> {ph('to')} <bdi>{_esc(end or '…')}</bdi>"
    else:
        when = ph("all") if f.get("include_undated", True) else ph("all_dated")
    parts.append(f"{ph('dates')}: {when}")
    kinds = [k for k in f.get("kinds") or [] if k != "all"]
    types = [t for t in f.get("types") or [] if t != "all"]
    parts.append(f"{ph('kinds')}: " + (_esc(sep.join(W.kind_label(str(k), lang) for k in kinds), 300) or ph("all")))
    parts.append(f"{ph('types')}: " + (_esc(sep.join(W.type_label(str(t), lang) for t in types), 300) or ph("all")))
    if _int(f.get("min_weight") or 1) > 1:
        parts.append(ph("min_weight", n=_int(f["min_weight"])))
    return f"{ph('filters')}: " + " \u00b7 ".join(parts)


def _undated_html(meta: dict, lang: str) -> str:
    """One line on undated relations: left out of a date range, or how many the view includes."""
    f = meta["filters"]
    if not f.get("include_undated", True):
        text = W.phrase("undated_out", lang) if (f.get("start") or f.get("end")) else ""
        if not text:
            return ""
    elif meta.get("undated"):
        text = W.phrase("undated_in", lang, n=f"{meta['undated']:,}")
    else:
        return ""
    return f'<p class="undated">{html.escape(text)}</p>'


def _counts_html(meta: dict, lang: str = "en") -> str:
    v, c, sep = meta["view"], W.count, "، " if lang == "ar" else ", "
    head = lambda key: html.escape(W.phrase(key, lang))  # noqa: E731
    items = [c(v["nodes"], "node", lang), c(v["links"], "link", lang), c(v["relations"], "relation", lang)]
    parts = [f"{head('view')}: " + html.escape(sep.join(items))]
    corpus = meta.get("corpus")
    if corpus:
        items = [c(_int(corpus.get("documents")), "document", lang), c(_int(corpus.get("actors")), "actor", lang),
                 c(_int(corpus.get("relations")), "relation", lang)]
        parts.append(f"{head('corpus')}: " + html.escape(sep.join(items)))
    parts.append(f"{head('generated')} <bdi>{_esc(meta['generated'])}</bdi>")
    parts.append(f"{'دبلوغراف' if lang == 'ar' else 'Diplograph'} <bdi>{_esc(meta['version'])}</bdi>")
    return " \u00b7 ".join(parts)


def _notice_html(meta: dict, lang: str = "en") -> str:
    v = meta["view"]
    if not v["left_out_nodes"]:
        return ""
    text = W.phrase("large", lang, shown=f"{v['shown_nodes']:,}", out=f"{v['left_out_nodes']:,}",
                    limit=f"{v['max_nodes']:,}")
    return f'<p class="notice">{html.escape(text)}</p>'


def _legend_html(payload: dict, lang: str) -> str:
    style = payload["style"]
    kind_i = payload["nodes"]["fields"].index("kind")
    present_kinds = {row[kind_i] for row in payload["nodes"]["rows"]}
    present_types = {t for row in payload["edges"]["rows"] for t in row[3]}
    items = []
    for kind, s in style["kinds"].items():
        if present_kinds and kind not in present_kinds:
            continue
        name = s["label_ar"] if lang == "ar" and s.get("label_ar") else s["label"]
        items.append(
            f'<li><span class="sym k-{kind}">{_SYMBOL.get(s["shape"], _SYMBOL["dot"])}</span>{_esc(name)}</li>'
        )
    for rtype, s in style["types"].items():
        if present_types and rtype not in present_types:
            continue
        name = s["label_ar"] if lang == "ar" and s.get("label_ar") else s["label"]
        dash = " dash" if s.get("dash") else ""
        items.append(f'<li><span class="line t-{rtype}{dash}"></span>{_esc(name)}</li>')
    return "".join(items)


def _style() -> dict:
    """Colours, shapes and labels from ontology.yaml (checked: they reach CSS)."""
    data = ontology.load()
    kinds, types = {}, {}
    for kind, k in data["kinds"].items():
        kinds[kind] = {
            "colour": _checked_colour(k.get("colour")),
            "shape": k.get("shape") if k.get("shape") in _SYMBOL else "dot",
            "label": str(k.get("label") or kind),
            "label_ar": k.get("label_ar"),
        }
    for rtype, r in data["relations"].items():
        types[rtype] = {
            "colour": _checked_colour(r.get("colour")),
            "label": str(r.get("label") or rtype),
            "label_ar": r.get("label_ar"),
            "symmetric": bool(r.get("symmetric")),
            "dash": bool(r.get("dash")),
        }
    return {"kinds": kinds, "types": types, "palette": [_checked_colour(c) for c in ontology.palette()],
            "changes": {k: _checked_colour(c) for k, c in ontology.change_colours().items()}}


def _dynamic_css(height_px: int) -> str:
    style = _style()
    rules = [f"#graph,#main{{height:{int(height_px)}px}}"]
    for kind, s in style["kinds"].items():
        if _NAME.fullmatch(kind):
            rules.append(f".k-{kind}{{color:{s['colour']}}}")
    for rtype, s in style["types"].items():
        if _NAME.fullmatch(rtype):
            rules.append(f".t-{rtype}{{background:{s['colour']};color:{s['colour']}}}")
    return "\n".join(rules) + "\n"


def _checked_colour(value) -> str:
    return value if isinstance(value, str) and _COLOUR.fullmatch(value) else "#999999"


# -------------------------------------------------------------------------------------------- values


def _keep_evidence(evidence: list[dict], cap: int) -> list[dict]:
    """At most `cap` items: the most confident (earliest first on ties), shown in date order."""
    if len(evidence) <= cap:
        return evidence
    ranked = sorted(range(len(evidence)), key=lambda i: (-(_float(evidence[i].get("confidence")) or 0.0), i))
    return [evidence[i] for i in sorted(ranked[:cap])]


def json_safe(value):
    """Plain JSON values from anything a pandas or numpy row may hold (Timestamps, numpy scalars, NaN)."""
    t = type(value)
    if t is str or t is int or t is bool or value is None:  # the common case, first
        return value
    if t is float:
        return value if math.isfinite(value) else None
    if isinstance(value, (str, bool)):  # subclasses too (numpy.str_)
        return value
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [json_safe(v) for v in value]
    if hasattr(value, "tolist") and not isinstance(value, (int, float)):  # numpy arrays and scalars
        return json_safe(value.tolist())
    if isinstance(value, (datetime, date)):
        if value != value:  # pd.NaT
            return None
        if isinstance(value, datetime) and (value.hour, value.minute, value.second, value.microsecond) == (0, 0, 0, 0):
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value) if math.isfinite(value) else None
    try:
        if value != value:  # NaT, pd.NA-like
            return None
    except (TypeError, ValueError):
        return None
    return str(value)


def _text(value) -> str | None:
    if type(value) is str:
        return value
    v = json_safe(value)
    return None if v is None else str(v)


def _int(value) -> int:
    if type(value) is int:
        return value
    v = json_safe(value)
    try:
        return int(v) if v is not None else 0
    except (TypeError, ValueError):
        return 0


def _float(value) -> float | None:
    if type(value) is float:
        return value if math.isfinite(value) else None
    v = json_safe(value)
    try:
        f = float(v) if v is not None else None
    except (TypeError, ValueError):
        return None
    return f if f is None or math.isfinite(f) else None


def as_date(value) -> str | None:
    """A date value as YYYY-MM-DD text (or None)."""
    if type(value) is str:
        return value[:10]
    v = json_safe(value)
    return None if v is None else str(v)[:10]


def _json_id(node):
    """A node id as JSON: ints and strings as they are, anything else as its text."""
    v = json_safe(node)
    return v if isinstance(v, (str, int)) and not isinstance(v, bool) else str(v)


def _display(value, limit: int) -> str:
    """Text for the page: no control or bidi override characters, no lone surrogates, at most `limit` chars."""
    s = _DISPLAY_DROP.sub("", "" if value is None else str(value))
    s = s.encode("utf-8", "replace").decode("utf-8")
    return s if len(s) <= limit else s[: limit - 1] + "\u2026"


def _esc(value, limit: int = 200) -> str:
    return html.escape(_display(value, limit))
