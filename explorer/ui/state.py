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
    """On a session's first run, set every widget from the URL (a copied URL opens the same view)."""
    params = {k: st.query_params.get_all(k) for k in st.query_params}
    state, warnings = viewurl.from_params(params, default=DEFAULT)
    unknown = [a for a in state.spec.actors if a not in corpus.names]
    warnings += [f"actor {a!r} is not in this store; ignored" for a in unknown]
    ss, spec = st.session_state, state.spec
    ss.actors = [a for a in spec.actors if a in corpus.names]
    ss.hops = min(max(spec.hops, 1), 3)
    # a link with a date range but no word on undated relations leaves them out (see sidebar.on_dates)
    ss.undated = spec.include_undated and not ((spec.start or spec.end) and "undated" not in params)
    ss.kinds, ss.types = list(spec.kinds), list(spec.types)
    ss.min_weight, ss.max_nodes = spec.min_weight, spec.max_nodes
    ss.lang = state.lang or corpus.lang
    ss.colour = state.colour
    ss.freq = state.freq
    ss.reviewed, ss.min_conf, ss.reviewer = spec.reviewed, spec.min_confidence, state.reviewer or ""
    if state.doc:
        ss.doc = state.doc
    if state.focus in corpus.names:
        ss.focus = state.focus
    if corpus.span:
        ss.dates = clamp((spec.start or corpus.span[0], spec.end or corpus.span[1]), corpus.span)
        if state.compare:
            ss.period_a = clamp((state.compare[0].start, state.compare[0].end), corpus.span)
            ss.period_b = clamp((state.compare[1].start, state.compare[1].end), corpus.span)
    ss.tab = words.tab_label(state.tab or "graph", ss.lang)
    ss.url_warnings = warnings
    ss.seen_span = corpus.span


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
