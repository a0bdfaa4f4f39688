"""The Agreements tab: every agreement, a click centres the graph on it, who refers to it over time."""

from __future__ import annotations

from functools import partial

import streamlit as st

from explorer import actor_profile as prof
from explorer.render import words
from explorer.ui import data
from explorer.ui.state import blank_missing, centre_on, label
from explorer.untrusted import markdown_text as md


def on_agreement_row() -> None:
    rows = st.session_state.agr_table.selection.rows
    ids = st.session_state.get("agr_ids", [])
    if rows and rows[0] < len(ids):
        centre_on(ids[rows[0]], hops=1)


def on_agreement_pick() -> None:
    if st.session_state.agr_pick:
        centre_on(st.session_state.agr_pick, hops=1)


def agreements_tab(*, path, version, corpus, spec, view, lang) -> None:
    w = partial(words.widget, lang=lang)  # the tab's words in the label language
    table = data.agreements(path, version, lang)
    if table.empty:
        st.info(w("No agreements in the store yet."))
        return
    st.session_state.agr_ids = list(table["id"])
    st.caption(w("Click a row (or pick below) to centre the graph on an agreement and the actors around it."))
    st.dataframe(blank_missing(table.drop(columns=["id"])), hide_index=True, key="agr_table",
                 on_select=on_agreement_row,
                 column_config=words.columns(table.columns, lang),
                 selection_mode="single-row")
    st.selectbox(w("Show in the graph"), [None, *table["id"]], key="agr_pick", on_change=on_agreement_pick,
                 format_func=lambda a: "—" if a is None else label(corpus, a, lang), placeholder="—")
    focus = st.session_state.get("focus")
    if focus in set(table["id"]):
        refs = prof.agreement_references(corpus.rows_touching([focus]), corpus.entities, focus,
                                         freq=st.session_state.freq, lang=lang)
        st.markdown(w("**Who refers to {name} over time**").format(name=md(label(corpus, focus, lang))))
        if refs.empty:
            st.caption(w("No dated relations to this agreement."))
        else:
            st.bar_chart(refs, x="period", y="relations", color="actor", height=260)
