"""The Graph tab: the view drawn as a snapshot in an isolated iframe, its colouring and layout, "how is
A connected to B?", its downloads and its evidence."""

from __future__ import annotations

import base64
import html

import pandas as pd
import streamlit as st

from explorer import actor_profile as prof
from explorer.connections import shortest_paths
from explorer.graph import compare
from explorer.graph.view import view as make_view
from explorer.render import words
from explorer.render.export import snapshot_filename
from explorer.render.snapshot import to_html
from explorer.ui import data, review
from explorer.ui.state import label, view_title

DATA_URL_LIMIT = 2_000_000
COLOUR_NAMES = {"en": {"kind": "kind", "community": "community", "change": "what changed"},
                "ar": {"kind": "النوع", "community": "المجموعة", "change": "ما تغيّر"}}


def drawn_graph(*, path, version, corpus, spec, view, colour):
    """The graph to draw for `colour`, and what names it beyond the spec: the view's own graph, its nodes
    annotated with their community, or the comparison of the Compare tab's two periods."""
    if colour == "community" and view.graph.number_of_nodes():
        m = data.view_metrics(version, spec, view.graph)
        G = view.graph.copy()
        for n, c in zip(m["id"], m["community"], strict=True):
            if n in G:
                G.nodes[n]["community"] = int(c)
        return G, ("community",)
    if colour == "change" and corpus.span:
        a, b = periods(corpus)
        result = data.comparison(path, version, spec.with_(start=None, end=None), a, b)
        return result.graph, ("change", a.to_param(), b.to_param())
    return view.graph, ()


def periods(corpus) -> tuple[compare.Period, compare.Period]:
    ss = st.session_state
    if "period_a" in ss and "period_b" in ss:
        return compare.Period(*ss.period_a), compare.Period(*ss.period_b)
    return compare.split_span(*corpus.span)


def graph_tab(*, path, version, corpus, spec, view, lang) -> None:
    ss = st.session_state
    title = view_title(corpus, spec, lang)
    stem = snapshot_filename(view.graph, "html", title=title, lang=lang).removesuffix(".html")
    left, right = st.columns([3, 2])
    names = COLOUR_NAMES["ar" if lang == "ar" else "en"]
    colour = left.segmented_control(words.widget("Colour by", lang), list(names), key="colour",
                                    format_func=names.get, required=True,
                                    help=words.widget("What changed: between the two periods of the Compare tab.",
                                                      lang),
                                    persist_state="session") or "kind"
    relayout = right.toggle(words.widget("Re-layout this view", lang), key="relayout",
                            help=words.widget("Off: every view keeps the corpus's stable positions, so nothing moves "
                                              "when a filter changes. On: this view laid out on its own.", lang),
                            persist_state="session")
    G, key = drawn_graph(path=path, version=version, corpus=corpus, spec=spec, view=view, colour=colour)
    if colour == "change" and key:
        a_to_b = [" – ".join(words.iso_date(d) for d in k.split("..")) for k in key[1:]]
        st.caption(words.widget("Links coloured by what changed from {a} (A) to {b} (B); set the periods in the "
                                "Compare tab.", lang).format(a=a_to_b[0], b=a_to_b[1]))
        st.html(prof.swatches_html({words.change_label(k, lang): c for k, c in compare.CHANGE_COLOURS.items()}))
    extra = data.neighbours(path, version, spec, view.graph) if colour != "change" else None
    st.iframe(graph_src(version, spec, lang, title, colour, bool(relayout), key, G, corpus.size,
                        data.corpus_positions(path, version), extra), height=data.GRAPH_HEIGHT + 170)

    def full_snapshot() -> bytes:  # on click, in a thread: the same view with all its evidence
        graph = make_view(corpus, spec).graph
        return to_html(graph, title=title, corpus=corpus.size, lang=lang, height_px=data.GRAPH_HEIGHT,
                       positions=None if ss.get("relayout") else data.corpus_positions(path, version)).encode("utf-8")

    st.download_button(words.widget("Download this view (HTML snapshot)", lang), full_snapshot,
                       file_name=f"{stem}.html", mime="text/html", key="dl_snapshot", on_click="ignore")
    connection(path=path, version=version, corpus=corpus, spec=spec, view=view, lang=lang)
    w = lambda text: words.widget(text, lang)  # noqa: E731
    st.subheader(w("Evidence"))
    if not view.relation_count:
        review.show_message()  # a rejection that emptied the view still says it was saved
        st.info(w("No relations in this view. Widen the dates, clear a filter or pick another actor."))
        return
    more = w("; showing the first {n}").format(n=data.EVIDENCE_ROWS) if view.relation_count > data.EVIDENCE_ROWS else ""
    st.caption(w("{relations}, newest first").format(relations=words.count(view.relation_count, "relation", lang))
               + more)
    newest = data.newest_evidence(path, version, spec, max(data.EVIDENCE_ROWS, review.ROWS_SHOWN))
    st.html(data.evidence_html(version, spec, lang, view, corpus, newest.head(data.EVIDENCE_ROWS)))
    with st.expander(w("Review these relations"), expanded=True):
        review.review_table(newest.head(review.ROWS_SHOWN), corpus, path=path, version=version, key="rv_graph",
                            lang=lang)

    def evidence_csv() -> str:  # on click: every relation of the view with its sentence
        return prof.rows_evidence(corpus.evidence(view.newest()), corpus.entities, lang=lang).to_csv(index=False)

    st.download_button(w("Download the evidence (CSV)"), evidence_csv,
                       file_name=f"{stem}-evidence.csv", mime="text/csv", key="dl_evidence", on_click="ignore")


def graph_src(*args) -> str:
    """What the graph iframe shows (the arguments are `data.snapshot_html`'s).

    A data: URL gives the graph its own opaque origin, so even a script that got past the snapshot's
    escaping and CSP could not reach the dashboard. In a browser it is the live page (vis-network loaded
    from this server) with the view in its fragment: the next view changes only the fragment, and the
    same document draws it (benchmarks/app_browser.py). Without a browser's URL (AppTest) it is the whole
    standalone page. Chromium caps URLs at 2 MB: above that the standalone page, as srcdoc."""
    vis = data.vis_network_url()
    if vis:
        src = data.live_page_url(args[2], vis) + "#" + data.snapshot_fragment(*args)
        if len(src) < DATA_URL_LIMIT:
            return src
    page = data.snapshot_html(*args)
    raw, prefix = page.encode("utf-8"), "data:text/html;charset=utf-8;base64,"
    if len(prefix) + 4 * ((len(raw) + 2) // 3) >= DATA_URL_LIMIT:  # (the URL's length, known before encoding it)
        return page
    return prefix + base64.b64encode(raw).decode("ascii")


def connection(*, path, version, corpus, spec, view, lang) -> None:
    """"How is A connected to B?": the shortest paths under the view's filters, each hop with its evidence."""
    ss = st.session_state
    opened = bool(ss.get("path_a") and ss.get("path_b"))
    with st.expander(words.widget("How is A connected to B?", lang), expanded=opened):
        if "path_a" not in ss and spec.actors:
            ss.path_a = spec.actors[0]
        c1, c2 = st.columns(2)
        fmt = lambda a: "—" if a is None else label(corpus, a, lang)  # noqa: E731
        options = [None, *corpus.shortlist([ss.get("path_a"), ss.get("path_b"), *spec.actors])]
        a = c1.selectbox(words.widget("A", lang), options, key="path_a", format_func=fmt, placeholder="—",
                         persist_state="session")
        b = c2.selectbox(words.widget("B", lang), options, key="path_b", format_func=fmt, placeholder="—",
                         persist_state="session")
        if not a or not b:
            st.caption(words.widget("Pick two actors or agreements: the shortest paths between them under the current "
                                    "filters (dates, kinds, types) are shown with the evidence for each hop.", lang))
            return
        paths = shortest_paths(data.filtered_rows(path, version, spec), a, b, limit=5)
        if not paths:
            st.info(words.widget("No path between {a} and {b} under these filters.", lang)
                    .format(a=label(corpus, a, lang), b=label(corpus, b, lang)))
            return
        st.caption(words.widget("{paths} of {hops}", lang).format(paths=words.count(len(paths), "path", lang),
                                                                  hops=words.count(len(paths[0]), "hop", lang)))
        for i, hops in enumerate(paths, 1):
            steps = [name(corpus, hops[0].source, lang)]
            for h in hops:
                kinds = ", ".join(words.type_label(t, lang) for t in h.types[:3])
                steps += [f"—{kinds} ({len(h.rows)}){words.arrow(lang)}", name(corpus, h.target, lang)]
            st.html(f'<p dir="auto"><b>{i}.</b> {html.escape(" ".join(steps))}</p>')
            shown = [prof.rows_evidence(corpus.evidence(h.rows.head(3)), corpus.entities, lang=lang) for h in hops]
            st.html(prof.html_table(pd.concat(shown, ignore_index=True),
                                    headers=prof.evidence_headers(lang), lang=lang))


def name(corpus, entity_id: str, lang: str) -> str:
    n = corpus.names.get(entity_id)
    return entity_id if n is None else prof.display_name(n["name"], n["name_ar"], lang)
