"""The Timeline tab: the view's relations per week or month, with agreements marked on their dates."""

from __future__ import annotations

import streamlit as st

from explorer import actor_profile as prof
from explorer import ontology
from explorer.graph import timeline
from explorer.render import charts


def timeline_tab(*, path, version, corpus, spec, view, lang) -> None:
    st.segmented_control("Per", ["week", "month"], key="freq", required=True, persist_state="session")
    counts = timeline.relations_over_time(view.rows, freq=st.session_state.freq)
    marks = corpus.marks[corpus.marks["id"].isin(set(view.graph))]  # the view's agreements
    if spec.start:
        marks = marks[marks["date"] >= str(spec.start)]
    if spec.end:
        marks = marks[marks["date"] <= str(spec.end)]
    if counts.empty:
        st.info("No dated relations in this view.")
    else:
        colours = {t: ontology.relation_colour(t) for t in ontology.relation_types()}
        labels = {t: prof.type_label(t, lang) for t in colours}
        st.altair_chart(charts.timeline_chart(counts, marks, colours=colours, labels=labels,
                                                mark_label="name_ar" if lang == "ar" else "name"), width="stretch")
    undated = counts.attrs.get("undated", 0)
    if undated:
        st.caption(f"{undated:,} undated relations in this view are not on the time axis (they stay in the graph "
                   "while “Include undated relations” is on).")
    elif not spec.include_undated:
        st.caption("Undated relations are hidden (“Include undated relations” is off).")
    if not marks.empty:
        st.caption("Dashed lines: agreements on their dates (from the knowledge base, else their first relation).")
