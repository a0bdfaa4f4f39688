"""The session's widget state and the URL: seeding widgets from a link, writing the view back into it.

A copied URL opens the same view: on a session's first run every widget is set from the query
parameters (explorer/viewurl.py parses them), and after each run the URL is rewritten from the widgets.
"""

from __future__ import annotations

import weakref
from datetime import date

import streamlit as st

from explorer import actor_profile as prof
from explorer import viewurl
from explorer.graph import compare
from explorer.graph.spec import ViewSpec
from explorer.render import words

DEFAULT = viewurl.ViewState(spec=ViewSpec(max_nodes=50))
TABS = {t: t.title() for t in viewurl.TABS}  # URL id -> tab label in English (`tab_labels` for the others)
LANG_NAMES = {"ar": "العربية", "en": "English"}


def label(corpus, entity_id: str, lang: str) -> str:
    """An actor's name and kind in the chosen language, for pickers and tables (kept per corpus: the
    actor pickers format thousands of options on every rerun)."""
    try:
        known = _LABELS.get(corpus)
        if known is None:
            known = _LABELS.setdefault(corpus, {})
    except TypeError:  # not weakly referable: no memory
        known = {}
    out = known.get((entity_id, lang))
    if out is None:
        n = corpus.names.get(entity_id)
        out = entity_id if n is None else (f"{prof.display_name(n['name'], n['name_ar'], lang)} · "
                                           f"{prof.kind_label(n['kind'], lang)}")
        known[(entity_id, lang)] = out
    return out


_LABELS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # corpus -> {(entity id, lang): label}


def blank_missing(df):
    """A table to show: missing text cells empty instead of Streamlit's grey "None" (an agreement nobody refers to
    yet has no first date, a role no "to"); numbers stay numbers."""
    from pandas.api.types import is_numeric_dtype

    text = [c for c in df.columns if not is_numeric_dtype(df[c])]
    return df.assign(**{c: df[c].where(df[c].notna(), "") for c in text}) if text else df


def tab_labels(lang: str) -> dict[str, str]:
    """URL id -> the tab's name in `lang`, in page order."""
    return {t: words.tab_label(t, lang) for t in TABS}


def tab_id(label) -> str | None:
    """The URL id of the tab named `label` (in either language), or None."""
    return next((t for t in TABS for lang in LANG_NAMES if words.tab_label(t, lang) == label), None)


def view_title(corpus, spec: ViewSpec, lang: str) -> str:
    """The view's title, as the snapshot gives it from the CLI too (`words.view_title`)."""
    names = [prof.display_name(corpus.names[a]["name"], corpus.names[a]["name_ar"], lang) for a in spec.actors
             if a in corpus.names]
    return words.view_title(names, lang)


def centre_on(entity_id: str, hops: int | None = None) -> None:
    """Callback: make `entity_id` the view's centre and the profile's subject."""
    st.session_state.actors = [entity_id]
    st.session_state.focus = entity_id
    if hops:
        st.session_state.hops = hops


def seed_widgets(corpus) -> None:
    """Set every widget value the session lacks from the URL (which `write_url` keeps equal to the view).

    On a session's first run that is all of them: a copied URL opens the same view. Later it is whatever
    Streamlit dropped: it forgets the value of a widget that a finished run did not draw, which happens when
    a click lands while the page is still being drawn on a busy server; without this the sidebar would come
    back with bare defaults (one node shown, no label language) and the view would be lost.
    """
    ss = st.session_state
    first = "seen_span" not in ss
    if not first and all(k in ss for k in VIEW_KEYS if corpus.span or k not in ("dates", "year")):
        return  # nothing dropped (most reruns): no URL to read
    params = {k: st.query_params.get_all(k) for k in st.query_params}
    state, warnings = viewurl.from_params(params, default=DEFAULT)
    values = url_values(corpus, state, undated_given="undated" in params)
    for key, value in values.items():
        if key not in ss:
            ss[key] = value
    if first:
        unknown = [a for a in state.spec.actors if a not in corpus.names]
        ss.url_warnings = warnings + [f"actor {a!r} is not in this store; ignored" for a in unknown]
        ss.seen_span = corpus.span


#: The widgets that make up the view (and go into its URL): see `reassert_widgets`.
VIEW_KEYS = ("actors", "hops", "year", "dates", "undated", "kinds", "types", "min_weight", "max_nodes", "reviewed",
             "min_conf", "reviewer", "lang", "colour", "tab")


def reassert_widgets() -> None:
    """Give every view widget its session value again before it is drawn, so this run sends it to the browser.

    A browser that starts a new run (a search typed, a hit clicked) before it has drawn the last run's widgets
    never receives the values set from the URL; its new widgets start from their bare defaults (one node shown,
    no label language) and send those back with the next click, which Streamlit takes as the user's choice.
    Values the session sets itself are always sent, so the browser is put right on every run.
    """
    ss = st.session_state
    for key in VIEW_KEYS:
        if key in ss:
            ss[key] = ss[key]


def url_values(corpus, state: viewurl.ViewState, *, undated_given: bool) -> dict:
    """The session values of the widgets for the view `state` read from a URL."""
    spec = state.spec
    lang = state.lang or corpus.lang
    values = {
        "actors": [a for a in spec.actors if a in corpus.names],
        "hops": min(max(spec.hops, 1), 3),
        # a link with a date range but no word on undated relations leaves them out (see sidebar.on_dates)
        "undated": spec.include_undated and not ((spec.start or spec.end) and not undated_given),
        "kinds": list(spec.kinds), "types": list(spec.types),
        "min_weight": spec.min_weight, "max_nodes": spec.max_nodes,
        "lang": lang, "colour": state.colour, "freq": state.freq,
        "reviewed": spec.reviewed, "min_conf": spec.min_confidence, "reviewer": state.reviewer or "",
        "tab": words.tab_label(state.tab or "graph", lang),
    }
    if state.doc:
        values["doc"] = state.doc
    if state.focus in corpus.names:
        values["focus"] = state.focus
    if corpus.span:
        values["dates"] = clamp((spec.start or corpus.span[0], spec.end or corpus.span[1]), corpus.span)
        values["year"] = year_of(values["dates"], corpus.span)
        if state.compare:
            values["period_a"] = clamp((state.compare[0].start, state.compare[0].end), corpus.span)
            values["period_b"] = clamp((state.compare[1].start, state.compare[1].end), corpus.span)
    return values


def year_of(dates: tuple[date, date], span: tuple[date, date]) -> int | None:
    """The year the Year picker shows for a date range: the one it covers whole (clipped to the corpus), else
    None ("whole corpus")."""
    a, b = dates
    whole_year = (max(date(a.year, 1, 1), span[0]), min(date(a.year, 12, 31), span[1]))
    return a.year if (a, b) == whole_year and (a, b) != tuple(span) else None


def clamp(pair: tuple[date, date], span: tuple[date, date]) -> tuple[date, date]:
    lo, hi = span
    a, b = (min(max(x, lo), hi) for x in pair)
    return (a, b) if a <= b else (b, a)


def follow_span(corpus) -> None:
    """After an upload changes the corpus's span, a date range that covered it all still does, and the
    other ranges stay inside it (a slider value outside its bounds would be ignored)."""
    ss = st.session_state
    old = ss.get("seen_span")
    if not corpus.span or old == corpus.span:
        return
    for key in ("dates", "period_a", "period_b"):
        if key in ss:
            whole = key == "dates" and old is not None and tuple(ss[key]) == tuple(old)
            ss[key] = corpus.span if whole else clamp(tuple(ss[key]), corpus.span)
    ss.seen_span = corpus.span


def write_url(spec: ViewSpec) -> None:
    ss = st.session_state
    tab = tab_id(ss.get("tab"))
    periods = None
    if "period_a" in ss and "period_b" in ss:
        periods = tuple(compare.Period(*ss[k]) for k in ("period_a", "period_b"))
    state = viewurl.ViewState(
        spec=spec, compare=periods, lang=ss.lang, colour=ss.get("colour") or "kind",
        focus=ss.get("focus"), tab=tab, freq=ss.freq, reviewer=(ss.get("reviewer") or "").strip() or None,
        doc=ss.get("doc") if tab == "document" else None,
    )
    params = viewurl.to_params(state, default=viewurl.ViewState(spec=DEFAULT.spec, lang=ss.corpus_lang, tab="graph"))
    current = {k: st.query_params.get_all(k) for k in st.query_params}
    wanted = {k: v if isinstance(v, list) else [v] for k, v in params.items()}
    if current != wanted:
        st.query_params.from_dict(params)
