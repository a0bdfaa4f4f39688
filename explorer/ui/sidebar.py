"""The sidebar: search and every filter of the view; returns the ViewSpec they describe."""

from __future__ import annotations

from datetime import date, timedelta

import streamlit as st

from explorer import actor_profile as prof
from explorer import ontology
from explorer.graph.spec import ViewSpec, undated_by_default
from explorer.render import words
from explorer.ui import review
from explorer.ui.state import LANG_NAMES, centre_on, label, tab_id
from explorer.untrusted import markdown_text as md

#: Widgets whose shown options depend on the label language: their values are carried over a switch. (Widgets
#: whose label alone changes keep their values through their keys: tests/app/test_app.py switches with all set.)
LANG_DEPENDENT = ("actors", "kinds", "types", "focus", "path_a", "path_b", "agr_pick")


def keep_filters() -> None:
    """Callback of the language switch: remember the values of the widgets whose labels change.

    A widget whose option labels change can come back from the browser as a new widget, reset to its
    default (the centred actor and the kinds were lost); the values are put back before it is drawn."""
    ss = st.session_state
    ss.kept_filters = {k: ss[k] for k in LANG_DEPENDENT if k in ss}
    tab = tab_id(ss.get("tab"))  # the open tab stays open under its name in the new language
    if tab:
        ss.tab = words.tab_label(tab, ss.lang)


def sidebar(corpus) -> ViewSpec:
    """The filters; returns the view they describe."""
    ss = st.session_state
    for k, v in ss.pop("kept_filters", {}).items():
        ss[k] = v
    step_play(corpus)
    lang = ss.lang
    sb = st.sidebar
    sb.title("Diplograph")
    w = lambda text: words.widget(text, lang)  # noqa: E731
    query = sb.text_input(w("Search actors and agreements"), key="q", placeholder="كيري، Kerry, 2254…")
    if query:
        hits = corpus.index.search(query, limit=8)
        if not hits:
            sb.caption(w("No actor or agreement matches."))
        for i, hit in enumerate(hits):
            sb.button(md(label(corpus, hit.id, lang)), key=f"hit_{i}", on_click=centre_on, args=(hit.id,),
                      help=f"{w('matched')} “{md(hit.matched)}”", width="stretch")  # labels and help are Markdown
    sb.multiselect(w("Centre actors"), corpus.shortlist(ss.get("actors") or ()), key="actors",
                   format_func=lambda a: label(corpus, a, lang), placeholder=w("All actors"))
    sb.slider(w("Hops"), 1, 3, key="hops", disabled=not ss.actors)
    if corpus.span and corpus.span[0] < corpus.span[1]:
        years = list(range(corpus.span[0].year, corpus.span[1].year + 1))
        sb.selectbox(w("Year"), [None, *years], key="year", on_change=on_year, args=(corpus.span,),
                     format_func=lambda y: w("whole corpus") if y is None else str(y), placeholder=w("whole corpus"),
                     help=w("Sets the date range to one year (or back to the whole corpus)."))
        sb.slider(w("Dates"), corpus.span[0], corpus.span[1], key="dates", format="YYYY-MM-DD", on_change=on_dates)
        sb.toggle(w("▶ Play month by month"), key="play",
                  help=w("Steps the view through the corpus one month at a time, from the start of the date range."))
    sb.toggle(w("Include undated relations"), key="undated",
              help=w("Narrowing the dates turns this off (undated relations are then left out, and the header says "
                     "so); turn it back on to keep them."))
    sb.multiselect(w("Kinds"), ontology.kinds(), key="kinds", format_func=lambda k: prof.kind_label(k, lang),
                   placeholder=w("All kinds"))
    sb.multiselect(w("Relation types"), ontology.relation_types(), key="types",
                   format_func=lambda t: prof.type_label(t, lang), placeholder=w("All types"))
    sb.number_input(w("Minimum relations per link"), 1, 100, key="min_weight")
    sb.number_input(w("Most nodes shown"), 1, 100_000, step=25, key="max_nodes")
    review.sidebar_controls(sb, lang)
    sb.segmented_control(w("Labels"), list(LANG_NAMES), key="lang", format_func=LANG_NAMES.get, required=True,
                         on_change=keep_filters)
    start, end = ss.dates if corpus.span and "dates" in ss else (None, None)
    start = start if corpus.span and start and start > corpus.span[0] else None
    end = end if corpus.span and end and end < corpus.span[1] else None
    return ViewSpec(
        actors=tuple(ss.actors),
        hops=ss.hops,
        start=start,
        end=end,
        kinds=tuple(ss.kinds),
        types=tuple(ss.types),
        min_weight=int(ss.min_weight),
        include_undated=bool(ss.undated),
        max_nodes=int(ss.max_nodes),
        reviewed=ss.reviewed,
        min_confidence=float(ss.min_conf),
    )


def legend(lang: str) -> None:
    with st.sidebar.expander(words.widget("Legend", lang)):
        st.html(prof.legend_html(lang))


def on_year(span) -> None:
    """Callback of the year picker: the date range becomes that year (clipped to the corpus)."""
    ss = st.session_state
    y = ss.get("year")
    ss.dates = span if y is None else (max(date(y, 1, 1), span[0]), min(date(y, 12, 31), span[1]))
    on_dates()


def on_dates() -> None:
    """Callback of the date range: a range narrower than the corpus leaves undated relations out (they
    belong to no date), the whole corpus brings them back; the toggle can still overrule either."""
    ss = st.session_state
    span = ss.get("seen_span")
    if span and "dates" in ss:
        ss.undated = undated_by_default(*ss.dates, span)


def step_play(corpus) -> None:
    """While "Play" is on, move the date range one month on, before the slider is drawn (the page then
    reruns after a pause: see `page.main`). At the corpus's end, play stops."""
    ss = st.session_state
    if ss.pop("stop_play", False):
        ss.play = False
    if not ss.get("play") or not corpus.span or "dates" not in ss:
        ss.pop("play_month", None)
        return
    lo, hi = corpus.span
    month = ss.get("play_month")
    month = date(ss.dates[0].year, ss.dates[0].month, 1) if month is None else next_month(month)
    if month > hi:
        ss.play = False
        ss.pop("play_month", None)
        return
    ss.play_month = month
    ss.dates = (max(month, lo), min(next_month(month) - timedelta(days=1), hi))
    ss.undated = False


def next_month(d: date) -> date:
    return date(d.year + d.month // 12, d.month % 12 + 1, 1)
