"""The Document tab: one article's full text with every mention and relation marked, its relations with
review controls, and the document's own corrections (date, title, outlet, exclusion, a relation added by
hand from one of its sentences). Reached from any evidence row ("Open a document") or by `?doc=` links."""

from __future__ import annotations

import html
from functools import partial

import pandas as pd
import streamlit as st

from explorer import actor_profile as prof
from explorer import ontology
from explorer.render import words
from explorer.review import api
from explorer.review.highlight import STYLE, document_html
from explorer.store import open_store
from explorer.ui import review
from explorer.ui.state import label
from explorer.untrusted import markdown_text as md


@st.cache_data(max_entries=16, show_spinner=False)
def document_text(path: str, version: tuple, doc_id: str) -> tuple[str, pd.DataFrame] | None:
    """The stored text and its mentions (cached per store version)."""
    with open_store(path, readonly=True) as store:
        doc = store.document(doc_id)
        if doc is None:
            return None
        mentions = store.frame('SELECT entity_id, start, "end" AS "end", text FROM mentions'
                               ' WHERE doc_key = (SELECT doc_key FROM documents WHERE id = ?) ORDER BY start',
                               (doc_id,))
    return doc.text, mentions


def document_tab(*, path, version, corpus, spec, view, lang) -> None:
    w = partial(words.widget, lang=lang)  # the tab's words in the label language
    docs = corpus.review.documents if corpus.review is not None else pd.DataFrame()
    if docs.empty:
        st.info(w("No documents in the store yet."))
        return
    info = docs.set_index("id")
    ids = list(docs.sort_values(["date", "title"], na_position="last")["id"])
    ss = st.session_state
    if ss.get("doc") not in info.index:
        ss.doc = ids[0]

    def title(d: str) -> str:
        r = info.loc[d]
        when = words.iso_date(_text(r["date"])) if _text(r["date"]) else w("undated")
        return (f"{words.isolated(_text(r['title']) or d[:12])} · {when}"
                + (f" · {w('excluded')}" if r.get("excluded") else ""))

    doc_id = st.selectbox(w("Document"), ids, key="doc", format_func=title)
    got = document_text(path, version, doc_id)
    if got is None:
        st.error(w("This document is no longer in the store."))
        return
    text, mentions = got
    d = info.loc[doc_id]
    doc_lang = d["lang"] if d["lang"] in ("ar", "en") else "ar"
    date_text = (f"{words.iso_date(d['date'])} ({w(_text(d['date_precision']) or 'day')})" if _text(d["date"])
                 else w("undated"))
    cite = [words.isolated(md(_text(d["title"]) or w("(untitled)"))),
            words.isolated(md(_text(d["source"]) or w("unknown outlet"))), date_text]
    st.markdown(" · ".join(cite))
    url = d.get("url")
    if isinstance(url, str) and url.startswith(("http://", "https://")):
        st.markdown(f"[{md(url, limit=120)}]({url.replace(')', '%29').replace(' ', '%20')})")
    if d.get("excluded"):
        st.warning(w("This document is excluded: its relations are in no view."))
    rel = corpus.rows_of_document(doc_id)
    merged = corpus.review.merged_into if corpus.review is not None else {}
    names = corpus.names

    def kind(e: str) -> str:
        return (names.get(merged.get(e, e)) or {}).get("kind", "organization")

    def name(e: str) -> str:
        n = names.get(merged.get(e, e))
        return prof.display_name(n["name"], n["name_ar"], lang) if n else e

    marks = [(int(m.start), int(m.end), kind(m.entity_id), name(m.entity_id)) for m in mentions.itertuples()]
    to = words.arrow(lang)
    sents = [(int(r.sent_start), int(r.sent_end), r.review,
              f"{name(r.source)} {to} {name(r.target)}: {prof.type_label(r.type, lang)}") for r in rel.itertuples()]
    st.html(STYLE + document_html(text, lang=doc_lang, mentions=marks, sentences=sents))
    st.caption(w("{m} mentions (coloured by kind) · {n} relations (underlined: green confirmed, amber unreviewed, "
                 "red dashed rejected; hover for details)").format(m=len(marks), n=len(rel)))
    st.markdown(w("**Relations from this document**"))
    review.review_table(corpus.evidence(rel), corpus, path=path, version=version, key="rv_doc", lang=lang)
    _document_decisions(path, doc_id, d, w)
    _add_relation(path, corpus, doc_id, text, mentions, merged, lang)


def _text(value) -> str:
    return value if isinstance(value, str) else ""


def _document_decisions(path: str, doc_id: str, d, w) -> None:
    ss, k = st.session_state, f"rv_doc_{doc_id[:16]}_"  # keys per document: another one starts with its values

    def decide(action: str, value: dict | None = None) -> None:
        review._write(path, lambda s: api.document_decision(s, action, doc_id, value, reviewer=review.reviewer()))

    with st.expander(w("Correct this document")):
        c1, c2 = st.columns(2)
        c1.text_input(w("Date (YYYY, YYYY-MM or YYYY-MM-DD)"), value=_text(d["date"])[:10], key=k + "date")
        c1.button(w("Set date"), key=k + "set_date",
                  on_click=lambda: decide("set_date", {"date": ss[k + "date"].strip()}))
        c2.text_input(w("Title"), value=_text(d["title"]), key=k + "title")
        c2.button(w("Set title"), key=k + "set_title", on_click=lambda: decide("set_title", {"title": ss[k + "title"]}))
        c2.text_input(w("Outlet"), value=_text(d["source"]), key=k + "outlet")
        c2.button(w("Set outlet"), key=k + "set_outlet",
                  on_click=lambda: decide("set_outlet", {"outlet": ss[k + "outlet"]}))
        action = "include" if d.get("excluded") else "exclude"
        c1.button(w("Include it again" if action == "include" else "Exclude from every view"), key=k + "exclude",
                  on_click=lambda: decide(action))


def _add_relation(path: str, corpus, doc_id: str, text: str, mentions: pd.DataFrame, merged: dict,
                  lang: str) -> None:
    ss, w = st.session_state, partial(words.widget, lang=lang)
    with st.expander(w("Add a relation from a sentence of this document")):
        spans = api.sentences(text)
        if not spans:
            st.caption(w("No sentence found in this document."))
            return
        pick = st.selectbox(w("Sentence"), range(len(spans)), key="rv_add_sentence",
                            format_func=lambda i: text[spans[i][0]:spans[i][1]][:160])
        s, e = spans[pick]
        inside = mentions[(mentions["start"] >= s) & (mentions["end"] <= e)]
        options = list(dict.fromkeys(merged.get(x, x) for x in inside["entity_id"])) or corpus.choices[:200]
        options = [o for o in options if o in corpus.names]
        c1, c2, c3 = st.columns(3)
        c1.selectbox(w("Source"), options, key="rv_add_source", format_func=lambda a: label(corpus, a, lang))
        c2.selectbox(w("Type"), ontology.relation_types(), key="rv_add_type",
                     format_func=lambda t: prof.type_label(t, lang))
        c3.selectbox(w("Target"), options, key="rv_add_target", format_func=lambda a: label(corpus, a, lang))
        st.html(f'<p dir="auto">{html.escape(text[s:e])}</p>')
        st.button(w("Add relation"), key="rv_add", on_click=lambda: review._write(path, lambda st_: api.add_relation(
            st_, doc_id, s, e, ss.rv_add_source, ss.rv_add_target, ss.rv_add_type, reviewer=review.reviewer())))
