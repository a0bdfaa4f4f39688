"""The Graph tab: the view drawn as a snapshot in an isolated iframe, its downloads and its evidence."""

from __future__ import annotations

import base64

import streamlit as st

from explorer import actor_profile as prof
from explorer.graph.view import view as make_view
from explorer.render.export import snapshot_filename
from explorer.render.snapshot import to_html
from explorer.ui import data, review
from explorer.ui.state import view_title

DATA_URL_LIMIT = 2_000_000


def graph_tab(*, path, version, corpus, spec, view, lang) -> None:
    title = view_title(corpus, spec, lang)
    stem = snapshot_filename(view.graph, "html", title=title, lang=lang).removesuffix(".html")
    page = data.snapshot_html(version, spec, lang, title, view.graph, corpus.size)
    # A data: URL gives the graph its own opaque origin, so even a script that got past the snapshot's
    # escaping and CSP could not reach the dashboard; Chromium caps URLs at 2 MB, above that srcdoc.
    src = "data:text/html;charset=utf-8;base64," + base64.b64encode(page.encode("utf-8")).decode("ascii")
    st.iframe(src if len(src) < DATA_URL_LIMIT else page, height=data.GRAPH_HEIGHT + 140)

    def full_snapshot() -> bytes:  # on click, in a thread: the same view with all its evidence
        graph = make_view(corpus, spec).graph
        return to_html(graph, title=title, corpus=corpus.size, lang=lang, height_px=data.GRAPH_HEIGHT).encode("utf-8")

    st.download_button("Download this view (HTML snapshot)", full_snapshot, file_name=f"{stem}.html",
                       mime="text/html", key="dl_snapshot", on_click="ignore")
    st.subheader("Evidence")
    if view.rows.empty:
        st.info("No relations in this view. Widen the dates, clear a filter or pick another actor.")
        return
    more = f"; showing the first {data.EVIDENCE_ROWS}" if len(view.rows) > data.EVIDENCE_ROWS else ""
    st.caption(f"{len(view.rows):,} relations, newest first{more}")
    st.html(data.evidence_html(version, spec, lang, view.rows, corpus))
    with st.expander("Review these relations", expanded=True):
        review.review_table(corpus.evidence(view.rows), corpus, path=path, version=version, key="rv_graph", lang=lang)

    def evidence_csv() -> str:  # on click: every relation of the view with its sentence
        return prof.rows_evidence(corpus.evidence(view.rows), corpus.entities, lang=lang).to_csv(index=False)

    st.download_button("Download the evidence (CSV)", evidence_csv,
                       file_name=f"{stem}-evidence.csv", mime="text/csv", key="dl_evidence", on_click="ignore")
