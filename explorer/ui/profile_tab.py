"""The Profile tab: one actor or agreement, its names, roles, mentions, counterparts and evidence."""

from __future__ import annotations

from functools import partial

import streamlit as st

from explorer import actor_profile as prof
from explorer.render import words
from explorer.ui import data, review
from explorer.ui.state import blank_missing, label


def profile_tab(*, path, version, corpus, spec, view, lang) -> None:
    w = partial(words.widget, lang=lang)  # the tab's words in the label language
    ss = st.session_state
    by_weight = sorted(view.graph.nodes(data="weight"), key=lambda nw: -nw[1])
    options = list(dict.fromkeys([*spec.actors, *(n for n, _ in by_weight)]))
    if ss.get("focus") and ss.focus not in options and ss.focus in corpus.names:
        options.insert(0, ss.focus)
    if not options:
        st.info(w("Search for an actor in the sidebar to see its profile."))
        return
    if ss.get("focus") not in options:
        ss.focus = options[0]
    fid = st.selectbox(w("Actor or agreement"), options, key="focus", format_func=lambda a: label(corpus, a, lang),
                       persist_state="session")
    p = data.actor_profile(path, version, fid, lang, ss.freq)
    st.html(prof.names_html(p, lang))
    left, right = st.columns(2)
    with left:
        st.markdown(w("**Roles**"))
        if p.roles.empty:
            st.caption(w("No dated roles in the knowledge base for this actor."))
        else:
            roles = blank_missing(p.roles.assign(end=p.roles["end"].where(p.roles["end"].notna(), w("in office"))))
            st.dataframe(roles, hide_index=True, column_config=words.columns(p.roles.columns, lang))
        st.markdown(w("**Mentions over time**"))
        if p.mentions.empty:
            st.caption(w("No dated mentions."))
        else:
            st.bar_chart(p.mentions, x="period", y="mentions", height=180)
        if p.undated_mentions:
            st.caption(w("{n} mentions in undated documents.").format(n=p.undated_mentions))
    with right:
        st.markdown(w("**Top counterparts by relation type**"))
        cp = p.counterparts.assign(
            relation=p.counterparts["type"].map(lambda t: prof.type_label(t, lang)),
            counterpart=prof.display_names(p.counterparts, lang),
        )[["relation", "counterpart", "relations"]]
        st.dataframe(cp, hide_index=True, column_config=words.columns(cp.columns, lang))
        st.markdown(w("**Agreements**"))
        ag = p.agreements.assign(agreement=prof.display_names(p.agreements, lang))
        ag = ag[["agreement", "relations", "types", "first_date", "last_date"]]
        st.dataframe(blank_missing(ag), hide_index=True, column_config=words.columns(ag.columns, lang))
    total = p.evidence.attrs.get("total", len(p.evidence))
    more = w(", the newest {n} shown").format(n=len(p.evidence)) if total > len(p.evidence) else ""
    st.markdown(w("**Evidence** ({relations}{more})").format(relations=words.count(total, "relation", lang), more=more))
    st.html(prof.html_table(p.evidence, headers=prof.evidence_headers(lang), html_columns={"sentence": "sentence_html"},
                            lang=lang))
    with st.expander(w("Review this actor's relations")):
        review.review_table(corpus.newest_touching([fid], review.ROWS_SHOWN), corpus, path=path,
                            version=version, key="rv_profile", lang=lang)
    review.actor_panel(corpus, fid, path=path, lang=lang)
