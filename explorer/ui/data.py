"""Load the store once per version and cache what a view computes.

The store's frames are loaded once per store version (`Store.version()`, which changes with every write) with
`st.cache_resource`, shared read-only by every session: `st.cache_data` would unpickle a copy of the
whole corpus on every rerun, which for 5,000 articles costs more than the rest of a rerun. What a view
computes (snapshot HTML, metrics, profiles) is cached with `st.cache_data` keyed on the version and the
view, so going back to a view costs nothing.
"""

from __future__ import annotations

import base64
import functools
import threading
from pathlib import Path
from urllib.parse import urlsplit

import streamlit as st

from explorer import actor_profile as prof
from explorer.errors import ExplorerError
from explorer.graph import compare, metrics
from explorer.graph import view as V
from explorer.graph.corpus import Corpus
from explorer.graph.spec import CorpusSize, ViewSpec
from explorer.graph.view import View
from explorer.graph.view import view as make_view
from explorer.render.layout import stable_positions
from explorer.render.snapshot import live_fragment, live_page, script_url_ok, to_html, vis_network_path
from explorer.speed import settle
from explorer.store import open_store

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
GRAPH_HEIGHT = 620
EVIDENCE_ROWS = 200  # evidence rows shown on the page (the CSV download has them all)
PROFILE_EVIDENCE = 100  # evidence rows of an actor profile (their sentences are read from the store)
PREVIEW_EVIDENCE = 1  # evidence items per link in the embedded graph (the downloaded snapshot keeps up to 20)


@st.cache_resource(show_spinner="First start: ingesting the bundled sample articles…")
def ensure_store(path: str) -> str:
    """Create the store if needed; fill an empty one with the bundled samples (once per process)."""
    with open_store(path) as store:
        if store.stats()["documents"] == 0 and SAMPLES.is_dir():
            from explorer.ingest.run import ingest_paths

            ingest_paths(sorted(SAMPLES.glob("[0-9]*.md")), store)  # not README.md
    return path


def store_version(path: str) -> tuple[str, str, tuple[int, int]]:
    """The store, its change token (`Store.version()`: changes whenever an ingest adds anything) and the
    review log's version (changes with every decision, from any browser session or process).

    The key of every cache below (two cheap queries per rerun)."""
    from explorer.review.log import log_version

    with open_store(path, readonly=True) as store:
        return path, store.version(), log_version(store)


@st.cache_resource(max_entries=2, show_spinner="Reading the store…")
def load_corpus(path: str, version: tuple) -> Corpus:
    """The corpus, once per store version and server process (shared by every session, never mutated). The
    knowledge base is loaded when something first needs it (search aliases, agreement dates), not here."""
    corpus = Corpus.load(path, kb=knowledge_base)
    settle(fresh=True)  # the corpus lives as long as its version: no garbage collection needs to walk it again
    _FIRST_PAGE.append(path)
    return corpus


@st.cache_resource(show_spinner=False)
def knowledge_base():
    """The curated knowledge base, or None when it cannot be loaded (profiles then show no roles)."""
    return _load_kb()


_KB_LOCK = threading.Lock()  # one load, whether the page or the warm-up thread asks first
_KB_WARM: list[threading.Thread] = []


def _load_kb():
    with _KB_LOCK:
        try:
            from explorer.kb import load_kb

            kb = load_kb()  # kept by load_kb itself, once per process
            settle(kb)
            return kb
        except (ImportError, ExplorerError, OSError):
            return None


_FIRST_PAGE: list = []  # a corpus was loaded and its first page not yet finished (see `warm_knowledge_base`)


def warm_knowledge_base() -> None:
    """After the first page is drawn, load the knowledge base in the background (once per process), so the
    first search does not wait for it and the first view did not either.

    Run at the end of every page: after the first one with a newly loaded corpus, the heap is frozen again
    (`speed.settle`), so what that page built lazily (names, labels, the layout) is not walked by collections."""
    if _FIRST_PAGE:
        _FIRST_PAGE.clear()
        settle()
    if not _KB_WARM:
        _KB_WARM.append(threading.Thread(target=_load_kb, name="diplograph-kb", daemon=True))
        _KB_WARM[0].start()


@st.cache_resource(max_entries=2, show_spinner="Placing the actors…")
def corpus_positions(path: str, version: tuple) -> dict:
    """The corpus's stable layout (see render.layout.corpus_positions): read from the store, extended with
    the actors that arrived since, and the new places saved, so every view and every session reuses it.
    When every actor of the corpus is placed already (any restart after the first), the stored layout is
    all there is to read."""
    corpus = load_corpus(path, version)
    try:
        with open_store(path, readonly=True) as store:
            stored = store.load_positions()
    except (OSError, ExplorerError):
        stored = {}
    if all(e in stored for e in V.corpus_nodes(corpus)):
        return stored
    links = V.corpus_links(corpus)
    try:
        with open_store(path) as store:
            return stable_positions(store, links=links)
    except (OSError, ExplorerError):  # a read-only store: lay out in memory, store nothing
        return stable_positions(None, links=links)


@st.cache_resource(max_entries=16, show_spinner=False)
def filtered_rows(path: str, version: tuple, spec: ViewSpec):
    """The relations that pass the view's filters before its ego network and node cap: what paths and
    double-click neighbours may use."""
    corpus = load_corpus(path, version)
    return corpus.table.take(V.filter_mask(corpus, spec)).frame()


@st.cache_resource(max_entries=16, show_spinner=False)
def neighbours(path: str, version: tuple, spec: ViewSpec, _graph):
    """The left-out neighbours of the view's nodes, folded, for a double-click to reveal."""
    return V.neighbours(load_corpus(path, version), spec, set(_graph), evidence_per_link=PREVIEW_EVIDENCE)


@st.cache_resource(max_entries=16, show_spinner=False)
def view(path: str, version: tuple, spec: ViewSpec) -> View:
    """The view (explorer.graph.view.view), drawn with one evidence item per link."""
    return make_view(load_corpus(path, version), spec, evidence_per_link=PREVIEW_EVIDENCE)


@st.cache_data(max_entries=64, show_spinner=False)
def snapshot_html(version: tuple, spec: ViewSpec, lang: str, title: str, colour: str, relayout: bool, key: tuple,
                  _graph, _corpus: CorpusSize, _positions, _extra) -> str:
    """The drawn view; `key` names what `_graph` is beyond the spec (the compared periods, for instance)."""
    return to_html(_graph, title=title, corpus=_corpus, lang=lang, height_px=GRAPH_HEIGHT, colour=colour,
                   positions=None if relayout else _positions, extra=_extra)


@st.cache_data(max_entries=64, show_spinner=False)
def snapshot_fragment(version: tuple, spec: ViewSpec, lang: str, title: str, colour: str, relayout: bool,
                      key: tuple, _graph, _corpus: CorpusSize, _positions, _extra) -> str:
    """The drawn view for the live graph page's URL fragment (`render.snapshot.live_fragment`)."""
    return live_fragment(_graph, title=title, corpus=_corpus, lang=lang, colour=colour,
                         positions=None if relayout else _positions, extra=_extra)


@functools.lru_cache(maxsize=8)
def live_page_url(lang: str, vis_src: str) -> str:
    """The live graph page (`render.snapshot.live_page`) as a data: URL, to which each view's fragment is added."""
    page = live_page(lang=lang, height_px=GRAPH_HEIGHT, vis_src=vis_src)
    return "data:text/html;charset=utf-8;base64," + base64.b64encode(page.encode("utf-8")).decode("ascii")


def vis_network_url() -> str | None:
    """The absolute URL this server serves vis-network at, as the browser reaches the server, or None (no
    browser: AppTest; or an address that is not a plain http(s) host).

    The graph iframe is a data: URL (its own opaque origin, see graph_tab): carrying vis-network's 0.54 MB
    inline made every redraw navigate to a 0.75 MB URL, which cost chromium more than the rest of a filter
    change together (benchmarks/app_browser.py splits the phases). Loaded by URL instead, the script still
    runs inside the iframe's opaque origin, never in the dashboard's: the file is only served (as a custom
    component's asset, which nothing ever renders), and the snapshot's Content-Security-Policy allows that
    one URL. Downloaded snapshots keep vis-network inline (standalone, offline)."""
    try:
        url = st.context.url
    except Exception:  # noqa: BLE001 - no script run context: draw inline
        return None
    parts = urlsplit(url or "")
    if parts.scheme not in ("http", "https") or not parts.netloc or st.get_option("server.customComponentBaseUrlPath"):
        return None  # (components served from elsewhere: the path below would not be theirs)
    name = _vis_component()
    if name is None:
        return None
    base = (st.get_option("server.baseUrlPath") or "").strip("/")
    src = f"{parts.scheme}://{parts.netloc}{'/' + base if base else ''}/component/{name}/{vis_network_path().name}"
    return src if script_url_ok(src) else None


@st.cache_resource(show_spinner=False)
def _vis_component() -> str | None:
    """Serve pyvis's vis-network folder from this server (Streamlit's custom-component file route); its name."""
    try:
        import streamlit.components.v1 as components

        return components.declare_component("vis_network", path=str(vis_network_path().parent)).name
    except Exception:  # noqa: BLE001 - no runtime (AppTest) or no pyvis: the graph carries vis-network inline
        return None


@st.cache_resource(max_entries=16, show_spinner=False)
def newest_evidence(path: str, version: tuple, spec: ViewSpec, n: int):
    """The `n` newest relations of the view with their evidence (sentences read from the store): what the
    evidence table and the review table show. Shared: never mutate it."""
    corpus = load_corpus(path, version)
    return corpus.evidence(view(path, version, spec).newest(n))


@st.cache_data(max_entries=64, show_spinner=False)
def evidence_html(version: tuple, spec: ViewSpec, lang: str, _view: View, _corpus: Corpus, _rows=None) -> str:
    """The newest EVIDENCE_ROWS relations of the view (`_rows` when given: the view's `newest_evidence`),
    their sentences read from the store."""
    rows = _corpus.evidence(_view.newest(EVIDENCE_ROWS)) if _rows is None else _rows
    shown = prof.rows_evidence(rows, _corpus.entities, lang=lang)
    return prof.html_table(shown, headers=prof.evidence_headers(lang), lang=lang)


@st.cache_data(max_entries=32, show_spinner="Computing metrics…")
def view_metrics(version: tuple, spec: ViewSpec, _graph):
    return metrics.node_metrics(_graph, seed=0)


@st.cache_data(max_entries=32, show_spinner=False)
def actor_profile(path: str, version: tuple, entity_id: str, lang: str, freq: str):
    corpus = load_corpus(path, version)
    with open_store(path, readonly=True) as store:
        mentions = store.mentions_frame(entity_id)
    mine = corpus.rows_touching([entity_id], newest_evidence=PROFILE_EVIDENCE)  # sentences for the newest only
    return prof.actor_profile(entity_id, entities=corpus.entities, relations=mine, mentions=mentions,
                              kb=knowledge_base(), freq=freq, lang=lang, max_evidence=PROFILE_EVIDENCE)


@st.cache_data(max_entries=8, show_spinner=False)
def agreements(path: str, version: tuple, lang: str):
    corpus = load_corpus(path, version)
    agreement_ids = corpus.entities.loc[corpus.entities["kind"] == "agreement", "id"]
    return prof.agreements_table(corpus.entities, corpus.rows_touching(agreement_ids), knowledge_base(), lang=lang)


@st.cache_data(max_entries=16, show_spinner="Comparing the two periods…")
def comparison(path: str, version: tuple, spec: ViewSpec, a: compare.Period, b: compare.Period):
    corpus = load_corpus(path, version)
    return compare.compare_periods(corpus, spec, a, b)
