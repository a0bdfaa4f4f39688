"""The Timeline tab: the view's relations per week or month, with agreements marked on their dates."""

from __future__ import annotations

from functools import partial

import streamlit as st

from explorer import actor_profile as prof
from explorer import ontology
from explorer.graph import timeline
from explorer.render import charts, words


def timeline_tab(*, path, version, corpus, spec, view, lang) -> None:
    w = partial(words.widget, lang=lang)  # the tab's words in the label language
    st.segmented_control(w("Per"), ["week", "month"], key="freq", required=True,
                         format_func=lambda f: w(f), persist_state="session")
    counts = timeline.relations_over_time(view.rows, freq=st.session_state.freq)
    marks = corpus.marks[corpus.marks["id"].isin(set(view.graph))]  # the view's agreements
    if spec.start:
        marks = marks[marks["date"] >= str(spec.start)]
    if spec.end:
        marks = marks[marks["date"] <= str(spec.end)]
    if counts.empty:
        st.info(w("No dated relations in this view."))
    else:
        colours = {t: ontology.relation_colour(t) for t in ontology.relation_types()}
        labels = {t: prof.type_label(t, lang) for t in colours}
        st.altair_chart(charts.timeline_chart(counts, marks, colours=colours, labels=labels,
                                                mark_label="name_ar" if lang == "ar" else "name"), width="stretch")
    undated = counts.attrs.get("undated", 0)
    if undated:
        st.caption(w("{n} undated relations in this view are not on the time axis (they stay in the graph "
                                "while “Include undated relations” is on).").format(n=f"{undated:,}"))
    elif not spec.include_undated:
        st.caption(w("Undated relations are hidden (“Include undated relations” is off)."))
    if not marks.empty:
        st.caption(w("Dashed lines: agreements on their dates (from the knowledge base, else their first relation)."))
