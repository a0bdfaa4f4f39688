"""The Compare tab: what appeared, disappeared, grew or shrank between two periods."""

from __future__ import annotations

import streamlit as st

from explorer import actor_profile as prof
from explorer.graph import compare
from explorer.ui import data
from explorer.ui.state import label


def compare_tab(*, path, version, corpus, spec, view, lang) -> None:
    if not corpus.span or corpus.span[0] >= corpus.span[1]:
        st.info("Comparing periods needs dated relations over more than one day.")
        return
    ss = st.session_state
    if "period_a" not in ss or "period_b" not in ss:
        a, b = compare.split_span(*corpus.span)
        ss.period_a, ss.period_b = (a.start, a.end), (b.start, b.end)
    c1, c2 = st.columns(2)
    c1.slider("Period A", corpus.span[0], corpus.span[1], key="period_a", format="YYYY-MM-DD", persist_state="session")
    c2.slider("Period B", corpus.span[0], corpus.span[1], key="period_b", format="YYYY-MM-DD", persist_state="session")
    a, b = compare.Period(*ss.period_a), compare.Period(*ss.period_b)
    result = data.comparison(path, version, spec.with_(start=None, end=None), a, b)
    counts = result.counts()
    cols = st.columns(4)
    for col, kind in zip(cols, ("appeared", "disappeared", "grew", "shrank"), strict=True):
        col.metric(kind, counts[kind])
    if result.graph.number_of_edges() == 0:
        st.info("No dated relations in either period for this view.")
        return
    st.html(prof.swatches_html({k: compare.CHANGE_COLOURS[k] for k in compare.CHANGES}))
    st.altair_chart(compare.network_chart(result.graph, lang=lang), width="stretch")
    st.markdown("**Largest changes**")
    ch = result.changes.head(50).assign(
        source=lambda d: [label(corpus, x, lang) for x in d["source"]],
        target=lambda d: [label(corpus, x, lang) for x in d["target"]],
    ).drop(columns=["source_name", "target_name"])
    st.dataframe(ch, hide_index=True)
