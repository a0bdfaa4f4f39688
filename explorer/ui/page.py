"""The page, top to bottom: load -> choose (search, sidebar filters, mirrored in the URL) -> compute
(the view) -> show (graph, evidence and one tab at a time; tabs are lazy: only the open one runs)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import streamlit as st

from explorer.errors import ExplorerError
from explorer.render import words
from explorer.store import default_db_path, is_url
from explorer.ui import data
from explorer.ui.agreements_tab import agreements_tab
from explorer.ui.compare_tab import compare_tab
from explorer.ui.document import document_tab
from explorer.ui.graph_tab import graph_tab
from explorer.ui.metrics_tab import metrics_tab
from explorer.ui.profile_tab import profile_tab
from explorer.ui.sidebar import legend, sidebar
from explorer.ui.state import follow_span, reassert_widgets, seed_widgets, tab_labels, write_url
from explorer.ui.timeline_tab import timeline_tab
from explorer.ui.upload_tab import upload_tab
from explorer.untrusted import markdown_text as md

PLAY_PAUSE_S = 1.2  # seconds each month stays on screen while playing
#: Arabic labels: the page's text reads right to left. Only text blocks, widget labels and messages turn (a
#: caption that starts with a number, «16 وثيقة …», is scrambled in a left-to-right paragraph); the widgets
#: themselves (sliders, pickers, tables) keep Streamlit's layout.
RTL_STYLE = """<style>
[data-testid="stCaptionContainer"], [data-testid="stMarkdownContainer"], [data-testid="stWidgetLabel"],
[data-testid="stAlertContainer"], [data-testid="stExpander"] summary, [data-testid="stHeading"] {
  direction: rtl; text-align: right; unicode-bidi: plaintext; }
</style>"""
TAB_PAGES = {"graph": graph_tab, "profile": profile_tab, "timeline": timeline_tab, "compare": compare_tab,
             "agreements": agreements_tab, "metrics": metrics_tab, "upload": upload_tab,
             "document": document_tab}


def db_path() -> str | Path:
    """The store: `--db X` after `--` (`streamlit run explorer/app.py -- --db X`), else $DIPLOGRAPH_DB, else
    the default. A postgresql:// URL is kept as it is (a Path would fold its `//`)."""
    import argparse

    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--db")
    args, _ = ap.parse_known_args(sys.argv[1:])
    if not args.db:
        return default_db_path()
    return args.db if is_url(args.db) else Path(args.db)


def main() -> None:
    # An emoji icon: a Material icon would make the browser fetch it from fonts.gstatic.com (no network here).
    st.set_page_config(page_title="Diplograph", page_icon="🕸️", layout="wide")
    try:  # a damaged, busy, read-only or unreachable store: its one-line message, not a traceback
        path = data.ensure_store(str(db_path()))
        version = data.store_version(path)
        corpus = data.load_corpus(path, version)
    except ExplorerError as e:
        st.error(md(str(e)))
        st.stop()

    ss = st.session_state
    ss.corpus_lang = corpus.lang
    seed_widgets(corpus)  # the first run's values, or any Streamlit dropped since, from the URL
    reassert_widgets()
    follow_span(corpus)
    for w in ss.pop("url_warnings", []):
        st.warning(f"Link: {md(w)}")  # URL values are text, never Markdown
    spec = sidebar(corpus)
    lang = ss.lang
    if lang == "ar":
        st.html(RTL_STYLE)
    legend(lang)

    v = data.view(path, version, spec)

    s, c, w = corpus.stats, lambda n, noun: words.count(n, noun, lang), lambda t: words.widget(t, lang)
    left_out = w(" ({n} more nodes over the limit of {limit})").format(n=f"{v.left_out_nodes:,}",
                                                                      limit=f"{spec.max_nodes:,}")
    undated = w("{n} undated").format(n=f"{s['undated_documents']:,}")
    st.caption(
        f"{c(s['documents'], 'document')} ({undated}) · "
        f"{c(s['actors'], 'actor')} · {c(s['agreements'], 'agreement')} · {c(s['relations'], 'relation')} — "
        f"{w('view')}: {c(v.graph.number_of_nodes(), 'node')}{'، ' if lang == 'ar' else ', '}"
        f"{c(v.relation_count, 'relation')}"
        + (left_out if v.left_out_nodes else "") + undated_note(corpus, spec, lang)
    )
    if ss.get("play_month"):
        st.caption(words.widget("▶ Playing: {month}", lang).format(month=words.month_label(ss.play_month, lang)))
    labels = tab_labels(lang)
    tabs = st.tabs(list(labels.values()), key="tab", on_change="rerun")
    for tab, tab_id in zip(tabs, labels, strict=True):
        if tab.open:
            with tab:
                TAB_PAGES[tab_id](path=path, version=version, corpus=corpus, spec=spec, view=v, lang=lang)
    write_url(spec)
    data.warm_knowledge_base()
    if ss.get("play_month"):  # playing: show this month for a moment, then the next
        time.sleep(PLAY_PAUSE_S)
        st.rerun()


def undated_note(corpus, spec, lang: str = "en") -> str:
    """What the header says about undated relations once the dates are narrowed."""
    if not (spec.start or spec.end):
        return ""
    undated = corpus.undated_relations
    if not undated:
        return ""
    if spec.include_undated:
        text = " · {n} undated relations kept in this date range (“Include undated relations” is on)"
    else:
        text = " · {n} undated relations left out of this date range"
    return words.widget(text, lang).format(n=f"{undated:,}")
