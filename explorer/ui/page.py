"""The page, top to bottom: load -> choose (search, sidebar filters, mirrored in the URL) -> compute
(the view) -> show (graph, evidence and one tab at a time; tabs are lazy: only the open one runs)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import streamlit as st

from explorer.errors import ExplorerError
from explorer.store import default_db_path, is_url
from explorer.ui import data
from explorer.ui.agreements_tab import agreements_tab
from explorer.ui.compare_tab import compare_tab
from explorer.ui.document import document_tab
from explorer.ui.graph_tab import graph_tab
from explorer.ui.metrics_tab import metrics_tab
from explorer.ui.profile_tab import profile_tab
from explorer.ui.sidebar import legend, sidebar
from explorer.ui.state import TABS, follow_span, seed_widgets, write_url
from explorer.ui.timeline_tab import timeline_tab
from explorer.ui.upload_tab import upload_tab
from explorer.untrusted import markdown_text as md

PLAY_PAUSE_S = 1.2  # seconds each month stays on screen while playing
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
    if "seen_span" not in ss:
        seed_widgets(corpus)
    follow_span(corpus)
    for w in ss.pop("url_warnings", []):
        st.warning(f"Link: {md(w)}")  # URL values are text, never Markdown
    spec = sidebar(corpus)
    lang = ss.lang
    legend(lang)

    v = data.view(path, version, spec)

    s = corpus.stats
    st.caption(
        f"{s['documents']:,} documents ({s['undated_documents']:,} undated) · {s['actors']:,} actors · "
        f"{s['agreements']:,} agreements · {s['relations']:,} relations — view: "
        f"{v.graph.number_of_nodes():,} nodes, {v.relation_count:,} relations"
        + (f" ({v.left_out_nodes:,} more nodes over the limit of {spec.max_nodes:,})" if v.left_out_nodes else "")
        + undated_note(corpus, spec)
    )
    if ss.get("play_month"):
        st.caption(f"▶ Playing: {ss.play_month:%B %Y}")
    tabs = st.tabs(list(TABS.values()), key="tab", on_change="rerun")
    for tab, tab_id in zip(tabs, TABS, strict=True):
        if tab.open:
            with tab:
                TAB_PAGES[tab_id](path=path, version=version, corpus=corpus, spec=spec, view=v, lang=lang)
    write_url(spec)
    data.warm_knowledge_base()
    if ss.get("play_month"):  # playing: show this month for a moment, then the next
        time.sleep(PLAY_PAUSE_S)
        st.rerun()


def undated_note(corpus, spec) -> str:
    """What the header says about undated relations once the dates are narrowed."""
    if not (spec.start or spec.end):
        return ""
    undated = corpus.undated_relations
    if not undated:
        return ""
    if spec.include_undated:
        return f" · {undated:,} undated relations kept in this date range (“Include undated relations” is on)"
    return f" · {undated:,} undated relations left out of this date range"
