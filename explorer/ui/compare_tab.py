"""The Compare tab: what appeared, disappeared, grew or shrank between two periods.

Periods are typed (or picked) dates, or set by a preset: year against year, before and after an
agreement, or the corpus's two halves. Undated relations belong to no period: the tab says how many.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import streamlit as st

from explorer import actor_profile as prof
from explorer.graph import compare
from explorer.render import charts, words
from explorer.ui import data
from explorer.ui.state import clamp, label

PRESETS = {"years": "Year against year", "agreement": "Before and after an agreement", "halves": "The two halves"}


def apply_preset() -> None:
    """Callback: set both periods from the chosen preset."""
    ss = st.session_state
    span = ss.get("seen_span")
    choice = ss.get("preset")
    if choice == "years":
        a, b = compare.year_periods(int(ss.year_a), int(ss.year_b))
    elif choice == "agreement" and ss.get("preset_agreement") in ss.get("agreement_names", {}):
        when = ss.agreement_dates[ss.agreement_names[ss.preset_agreement]]
        a, b = compare.around(when, int(ss.get("preset_months") or 6))
    elif span:
        a, b = compare.split_span(*span)
    else:
        return
    if span:
        ss.period_a, ss.period_b = clamp((a.start, a.end), span), clamp((b.start, b.end), span)


def period(value, fallback: tuple[date, date]) -> tuple[date, date]:
    """A date_input range value while it may be half typed (one date): keep the last full range."""
    if isinstance(value, (tuple, list)) and len(value) == 2 and all(value):
        return tuple(value)
    return fallback


def compare_tab(*, path, version, corpus, spec, view, lang) -> None:
    w = partial(words.widget, lang=lang)  # the tab's words in the label language
    if not corpus.span or corpus.span[0] >= corpus.span[1]:
        st.info(w("Comparing periods needs dated relations over more than one day."))
        return
    ss = st.session_state
    if "period_a" not in ss or "period_b" not in ss:
        a, b = compare.split_span(*corpus.span)
        ss.period_a, ss.period_b = (a.start, a.end), (b.start, b.end)
    marks = corpus.marks
    ss.agreement_dates = {i: d.date() for i, d in zip(marks["id"], marks["date"], strict=True)}
    years = list(range(corpus.span[0].year, corpus.span[1].year + 1))
    with st.container(border=True):
        p1, p2, p3, p4 = st.columns([2, 2, 2, 1])
        p1.selectbox(w("Preset"), list(PRESETS), key="preset", format_func=lambda p: w(PRESETS[p]),
                     persist_state="session")
        if ss.preset == "years":
            ss.setdefault("year_a", years[-2] if len(years) > 1 else years[0])
            ss.setdefault("year_b", years[-1])
            p2.selectbox(w("Year A"), years, key="year_a", persist_state="session")
            p3.selectbox(w("Year B"), years, key="year_b", persist_state="session")
        elif ss.preset == "agreement":
            ss.agreement_names = {f"{label(corpus, a, lang)} ({d})": a for a, d in ss.agreement_dates.items()}
            p2.selectbox(w("Agreement"), list(ss.agreement_names), key="preset_agreement", persist_state="session")
            p3.number_input(w("Months either side"), 1, 60, value=6, key="preset_months", persist_state="session")
        p4.button(w("Apply"), key="apply_preset", on_click=apply_preset, type="primary")
    c1, c2 = st.columns(2)
    lo, hi = corpus.span
    ra = c1.date_input(w("Period A (type or pick the dates)"), min_value=lo, max_value=hi, key="period_a",
                       format="YYYY-MM-DD", persist_state="session")
    rb = c2.date_input(w("Period B"), min_value=lo, max_value=hi, key="period_b", format="YYYY-MM-DD",
                       persist_state="session")
    ra, rb = period(ra, (lo, hi)), period(rb, (lo, hi))
    a, b = compare.Period(*ra), compare.Period(*rb)
    result = data.comparison(path, version, spec.with_(start=None, end=None), a, b)
    counts = result.counts()
    cols = st.columns(4)
    for col, kind in zip(cols, ("appeared", "disappeared", "grew", "shrank"), strict=True):
        col.metric(words.change_label(kind, lang), counts[kind])
    undated = corpus.undated_relations
    if undated:
        st.caption(w("{n} without a date belong to neither period and are left out of the comparison.")
                   .format(n=words.count(undated, "relation", lang)))
    if result.graph.number_of_edges() == 0:
        st.info(w("No dated relations in either period for this view."))
        return
    st.caption(w("The graph's “Colour by: what changed” draws this comparison in the main graph."))
    st.html(prof.swatches_html({words.change_label(k, lang): compare.CHANGE_COLOURS[k] for k in compare.CHANGES}))
    st.altair_chart(charts.network_chart(result.graph, lang=lang), width="stretch")
    st.markdown(w("**Largest changes** (links with meetings, calls, visits, talks, agreements, support, opposition "
                            "or fighting first; roles and memberships last)"))
    ch = result.changes.head(50).assign(
        source=lambda d: [label(corpus, x, lang) for x in d["source"]],
        target=lambda d: [label(corpus, x, lang) for x in d["target"]],
        change=lambda d: [words.change_label(c, lang) for c in d["change"]],
        types=lambda d: [", ".join(words.type_label(t.strip(), lang) for t in ts.split(",") if t.strip())
                         for ts in d["types"]],
    ).drop(columns=["source_name", "target_name"])
    st.dataframe(ch, hide_index=True, column_config=words.columns(ch.columns, lang))
