"""Diplograph dashboard: a thin Streamlit shell over the pure core.

    streamlit run explorer/app.py          (or: python -m explorer app)

The page reads top to bottom: load (the store, its frames, the knowledge base) -> choose (search,
sidebar filters, all mirrored in the URL) -> compute (the view) -> show (graph, evidence and one tab
at a time). Every decision about data lives in explorer/: this file only wires widgets to it.

Caching: the store's frames are loaded once per store version (document, entity and relation counts)
with `st.cache_resource`, shared read-only by every session: `st.cache_data` would unpickle a copy of
the whole corpus on every rerun, which for 5,000 articles costs more than the rest of a rerun. What a
view computes (snapshot HTML, metrics, profiles) is cached with `st.cache_data` keyed on the version
and the view, so going back to a view costs nothing. Tabs are lazy: only the open one runs.
"""

from __future__ import annotations

import base64
import sys
from datetime import date
from pathlib import Path
from types import SimpleNamespace

if __package__ in (None, ""):  # `streamlit run explorer/app.py`: make `import explorer` work from anywhere
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import streamlit as st  # noqa: E402

from explorer import actor_profile as prof  # noqa: E402
from explorer import ontology, viewurl  # noqa: E402
from explorer.errors import ExplorerError  # noqa: E402
from explorer.graph import compare, metrics, timeline  # noqa: E402
from explorer.graph import rows as viewrows  # noqa: E402
from explorer.graph.spec import Corpus, ViewSpec  # noqa: E402
from explorer.render.export import snapshot_filename  # noqa: E402
from explorer.render.snapshot import to_html  # noqa: E402
from explorer.search import SearchIndex  # noqa: E402
from explorer.store import Store, default_db_path  # noqa: E402

SAMPLES = Path(__file__).with_name("samples")
GRAPH_HEIGHT = 620
DATA_URL_LIMIT = 2_000_000
EVIDENCE_ROWS = 200  # evidence rows shown on the page (the CSV download has them all)
PREVIEW_EVIDENCE = 1  # evidence items per link in the embedded graph (the downloaded snapshot keeps up to 20)
DEFAULT = viewurl.ViewState(spec=ViewSpec(max_nodes=50))
TABS = {t: t.title() for t in viewurl.TABS}  # URL id -> tab label
UPLOAD_TYPES = ["txt", "md", "html", "htm", "json", "jsonl", "csv"]
LANG_NAMES = {"ar": "العربية", "en": "English"}


# ------------------------------------------------------------------------------------------------ load


@st.cache_resource(show_spinner="First start: ingesting the bundled sample articles…")
def ensure_store(path: str) -> str:
    """Create the store if needed; fill an empty one with the bundled samples (once per process)."""
    with Store(path) as store:
        if store.stats()["documents"] == 0 and SAMPLES.is_dir():
            from explorer.ingest.run import ingest_paths

            ingest_paths(sorted(SAMPLES.glob("[0-9]*.md")), store)  # not README.md
    return path


def store_version(path: str) -> tuple[str, int, int]:
    """The store, its document count and last document rowid: changes whenever an ingest adds anything.

    The key of every cache below (one cheap query per rerun)."""
    with Store(path, readonly=True) as store:
        count, last = store.db.execute("SELECT count(*), coalesce(max(rowid), 0) FROM documents").fetchone()
    return path, count, last


@st.cache_resource(max_entries=2, show_spinner="Reading the store…")
def load_corpus(path: str, version: tuple) -> SimpleNamespace:
    """The store's frames and what is derived from them once per version (shared, never mutated)."""
    with Store(path, readonly=True) as store:
        relations, entities, documents = store.relations_frame(), store.entities_frame(), store.documents_frame()
        stats = store.stats()
    relations = viewrows.plain_strings(relations)
    kb = knowledge_base()
    actors = entities[entities["kind"] != "place"].sort_values(["mentions", "name"], ascending=[False, True])
    return SimpleNamespace(
        relations=relations,
        entities=entities,
        names=entities.set_index("id")[["name", "name_ar", "kind"]].to_dict("index"),
        choices=list(actors["id"]),
        span=timeline.corpus_span(relations["date"]),
        lang=prof.majority_language(documents["lang"]),
        index=SearchIndex.from_frame(entities, kb=kb),
        marks=timeline.agreement_dates(entities, relations, kb),
        stats=stats,
        info=Corpus(documents=stats["documents"], actors=stats["actors"], relations=stats["relations"]),
    )


@st.cache_resource
def knowledge_base():
    """The curated knowledge base, or None when it cannot be loaded (profiles then show no roles)."""
    try:
        from explorer.kb import load_kb

        return load_kb()
    except (ImportError, ExplorerError, OSError):
        return None


# ---------------------------------------------------------------------------------------------- choose


def label(corpus, entity_id: str, lang: str) -> str:
    n = corpus.names.get(entity_id)
    if n is None:
        return entity_id
    return f"{prof.display_name(n['name'], n['name_ar'], lang)} · {prof.kind_label(n['kind'], lang)}"


def centre_on(entity_id: str, hops: int | None = None) -> None:
    """Callback: make `entity_id` the view's centre and the profile's subject."""
    st.session_state.actors = [entity_id]
    st.session_state.focus = entity_id
    if hops:
        st.session_state.hops = hops


def on_agreement_row() -> None:
    rows = st.session_state.agr_table.selection.rows
    ids = st.session_state.get("agr_ids", [])
    if rows and rows[0] < len(ids):
        centre_on(ids[rows[0]], hops=1)


def on_agreement_pick() -> None:
    if st.session_state.agr_pick:
        centre_on(st.session_state.agr_pick, hops=1)


def seed_widgets(corpus) -> None:
    """On a session's first run, set every widget from the URL (a copied URL opens the same view)."""
    params = {k: st.query_params.get_all(k) for k in st.query_params}
    state, warnings = viewurl.from_params(params, default=DEFAULT)
    unknown = [a for a in state.spec.actors if a not in corpus.names]
    warnings += [f"actor {a!r} is not in this store; ignored" for a in unknown]
    ss, spec = st.session_state, state.spec
    ss.actors = [a for a in spec.actors if a in corpus.names]
    ss.hops = min(max(spec.hops, 1), 3)
    ss.undated = spec.include_undated
    ss.kinds, ss.types = list(spec.kinds), list(spec.types)
    ss.min_weight, ss.max_nodes = spec.min_weight, spec.max_nodes
    ss.lang = state.lang or corpus.lang
    ss.colour_comm = state.colour == "community"
    ss.freq = state.freq
    if state.focus in corpus.names:
        ss.focus = state.focus
    if corpus.span:
        ss.dates = clamp((spec.start or corpus.span[0], spec.end or corpus.span[1]), corpus.span)
        if state.compare:
            ss.period_a = clamp((state.compare[0].start, state.compare[0].end), corpus.span)
            ss.period_b = clamp((state.compare[1].start, state.compare[1].end), corpus.span)
    ss.tab = TABS[state.tab or "graph"]
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


def sidebar(corpus) -> ViewSpec:
    """The filters; returns the view they describe."""
    ss = st.session_state
    lang = ss.lang
    sb = st.sidebar
    sb.title("Diplograph")
    query = sb.text_input("Search actors and agreements", key="q", placeholder="كيري، Kerry, 2254…")
    if query:
        hits = corpus.index.search(query, limit=8)
        if not hits:
            sb.caption("No actor or agreement matches.")
        for i, hit in enumerate(hits):
            sb.button(label(corpus, hit.id, lang), key=f"hit_{i}", on_click=centre_on, args=(hit.id,),
                      help=f"matched “{hit.matched}”", width="stretch")
    sb.multiselect("Centre actors", corpus.choices, key="actors", format_func=lambda a: label(corpus, a, lang),
                   placeholder="All actors")
    sb.slider("Hops", 1, 3, key="hops", disabled=not ss.actors)
    if corpus.span and corpus.span[0] < corpus.span[1]:
        sb.slider("Dates", corpus.span[0], corpus.span[1], key="dates", format="YYYY-MM-DD")
    sb.toggle("Include undated relations", key="undated")
    sb.multiselect("Kinds", ontology.kinds(), key="kinds", format_func=lambda k: prof.kind_label(k, lang),
                   placeholder="All kinds")
    sb.multiselect("Relation types", ontology.relation_types(), key="types",
                   format_func=lambda t: prof.type_label(t, lang), placeholder="All types")
    sb.number_input("Minimum relations per link", 1, 100, key="min_weight")
    sb.slider("Most nodes shown", 25, 1500, step=25, key="max_nodes")
    sb.segmented_control("Labels", list(LANG_NAMES), key="lang", format_func=LANG_NAMES.get, required=True)
    start, end = ss.dates if corpus.span and "dates" in ss else (None, None)
    return ViewSpec(
        actors=tuple(ss.actors),
        hops=ss.hops,
        start=start if corpus.span and start and start > corpus.span[0] else None,
        end=end if corpus.span and end and end < corpus.span[1] else None,
        kinds=tuple(ss.kinds),
        types=tuple(ss.types),
        min_weight=int(ss.min_weight),
        include_undated=ss.undated,
        max_nodes=int(ss.max_nodes),
    )


def write_url(spec: ViewSpec) -> None:
    ss = st.session_state
    tab = next((k for k, v in TABS.items() if v == ss.get("tab")), None)
    periods = None
    if "period_a" in ss and "period_b" in ss:
        periods = tuple(compare.Period(*ss[k]) for k in ("period_a", "period_b"))
    state = viewurl.ViewState(
        spec=spec, compare=periods, lang=ss.lang, colour="community" if ss.colour_comm else "kind",
        focus=ss.get("focus"), tab=tab, freq=ss.freq,
    )
    params = viewurl.to_params(state, default=viewurl.ViewState(spec=DEFAULT.spec, lang=ss.corpus_lang, tab="graph"))
    current = {k: st.query_params.get_all(k) for k in st.query_params}
    wanted = {k: v if isinstance(v, list) else [v] for k, v in params.items()}
    if current != wanted:
        st.query_params.from_dict(params)


# --------------------------------------------------------------------------------------------- compute


@st.cache_resource(max_entries=16, show_spinner=False)
def view(path: str, version: tuple, spec: ViewSpec) -> SimpleNamespace:
    """The view's relation rows and its folded graph (cut with pandas first: see graph.rows.view_rows)."""
    corpus = load_corpus(path, version)
    rows = viewrows.view_rows(corpus.relations, corpus.entities, spec)
    graph = viewrows.display_graph(rows, corpus.entities, spec, evidence_per_link=PREVIEW_EVIDENCE)
    return SimpleNamespace(rows=rows, graph=graph)


@st.cache_data(max_entries=64, show_spinner=False)
def snapshot_html(version: tuple, spec: ViewSpec, lang: str, title: str, _graph, _corpus: Corpus) -> str:
    return to_html(_graph, title=title, corpus=_corpus, lang=lang, height_px=GRAPH_HEIGHT)


@st.cache_data(max_entries=64, show_spinner=False)
def evidence_html(version: tuple, spec: ViewSpec, lang: str, _rows, _entities) -> str:
    shown = prof.rows_evidence(_rows, _entities, lang=lang, limit=EVIDENCE_ROWS)
    return prof.html_table(shown, headers=prof.evidence_headers(lang), lang=lang)


@st.cache_data(max_entries=32, show_spinner="Computing metrics…")
def view_metrics(version: tuple, spec: ViewSpec, _graph):
    return metrics.node_metrics(_graph, seed=0)


@st.cache_data(max_entries=32, show_spinner=False)
def actor_profile(path: str, version: tuple, entity_id: str, lang: str, freq: str):
    corpus = load_corpus(path, version)
    with Store(path, readonly=True) as store:
        mentions = store.mentions_frame(entity_id)
    return prof.actor_profile(entity_id, entities=corpus.entities, relations=corpus.relations, mentions=mentions,
                              kb=knowledge_base(), freq=freq, lang=lang)


@st.cache_data(max_entries=8, show_spinner=False)
def agreements(path: str, version: tuple, lang: str):
    corpus = load_corpus(path, version)
    return prof.agreements_table(corpus.entities, corpus.relations, knowledge_base(), lang=lang)


@st.cache_data(max_entries=16, show_spinner="Comparing the two periods…")
def comparison(path: str, version: tuple, spec: ViewSpec, a: compare.Period, b: compare.Period):
    corpus = load_corpus(path, version)
    return compare.compare_periods(corpus.relations, corpus.entities, spec, a, b)


def ingest_uploads(files, path: str) -> list[dict]:
    """Read and ingest each uploaded file with a progress bar; one report row per file."""
    from explorer.ingest.readers import read_bytes
    from explorer.ingest.run import ingest_documents

    rows = []
    bar = st.progress(0.0, text="Ingesting…")
    with Store(path) as store:
        for i, f in enumerate(files):
            def tick(p, i=i, name=f.name):
                bar.progress(min(1.0, (i + (p.fraction or 0.0)) / len(files)), text=f"{i + 1}/{len(files)} {name}")

            items = list(read_bytes(f.name, f.getvalue()))  # a list, so the bar knows the total
            report = ingest_documents(items, store, progress=tick)
            reasons = [x.reason if x.line is None else f"line {x.line}: {x.reason}" for x in report.failed]
            rows.append({"file": f.name, "ingested": report.ingested, "duplicates": report.duplicates,
                         "failed": len(report.failed), "reason": "; ".join(reasons)})
            bar.progress((i + 1) / len(files), text=f"{i + 1}/{len(files)} {f.name}")
    return rows


# ------------------------------------------------------------------------------------------------ show


def main() -> None:
    st.set_page_config(page_title="Diplograph", page_icon="🕸️", layout="wide")
    path = ensure_store(str(default_db_path()))
    version = store_version(path)
    corpus = load_corpus(path, version)

    ss = st.session_state
    ss.corpus_lang = corpus.lang
    if "seen_span" not in ss:
        seed_widgets(corpus)
    follow_span(corpus)
    for w in ss.pop("url_warnings", []):
        st.warning(f"Link: {w}")
    spec = sidebar(corpus)
    lang = ss.lang
    with st.sidebar.expander("Legend"):
        st.html(prof.legend_html(lang))

    v = view(path, version, spec)

    s = corpus.stats
    st.caption(
        f"{s['documents']:,} documents ({s['undated_documents']:,} undated) · {s['actors']:,} actors · "
        f"{s['agreements']:,} agreements · {s['relations']:,} relations — view: "
        f"{v.graph.number_of_nodes():,} nodes, {len(v.rows):,} relations"
    )
    tabs = st.tabs(list(TABS.values()), key="tab", on_change="rerun")
    for tab, show in zip(tabs, (graph_tab, profile_tab, timeline_tab, compare_tab, agreements_tab, metrics_tab,
                                upload_tab), strict=True):
        if tab.open:
            with tab:
                show(path=path, version=version, corpus=corpus, spec=spec, view=v, lang=lang)
    write_url(spec)


def view_title(corpus, spec: ViewSpec, lang: str) -> str:
    if not spec.actors:
        return "Diplograph view"
    return "Diplograph: " + ", ".join(prof.display_name(corpus.names[a]["name"], corpus.names[a]["name_ar"], lang)
                                      for a in spec.actors)


def graph_tab(*, path, version, corpus, spec, view, lang) -> None:
    title = view_title(corpus, spec, lang)
    stem = snapshot_filename(view.graph, "html", title=title, lang=lang).removesuffix(".html")
    page = snapshot_html(version, spec, lang, title, view.graph, corpus.info)
    # A data: URL gives the graph its own opaque origin, so even a script that got past the snapshot's
    # escaping and CSP could not reach the dashboard; Chromium caps URLs at 2 MB, above that srcdoc.
    src = "data:text/html;charset=utf-8;base64," + base64.b64encode(page.encode("utf-8")).decode("ascii")
    st.iframe(src if len(src) < DATA_URL_LIMIT else page, height=GRAPH_HEIGHT + 140)

    def full_snapshot() -> bytes:  # on click, in a thread: the same view with all its evidence
        graph = viewrows.display_graph(view.rows, corpus.entities, spec)
        return to_html(graph, title=title, corpus=corpus.info, lang=lang, height_px=GRAPH_HEIGHT).encode("utf-8")

    st.download_button("Download this view (HTML snapshot)", full_snapshot, file_name=f"{stem}.html",
                       mime="text/html", key="dl_snapshot", on_click="ignore")
    st.subheader("Evidence")
    if view.rows.empty:
        st.info("No relations in this view. Widen the dates, clear a filter or pick another actor.")
        return
    more = f"; showing the first {EVIDENCE_ROWS}" if len(view.rows) > EVIDENCE_ROWS else ""
    st.caption(f"{len(view.rows):,} relations, newest first{more}")
    st.html(evidence_html(version, spec, lang, view.rows, corpus.entities))
    st.download_button("Download the evidence (CSV)",
                       lambda: prof.rows_evidence(view.rows, corpus.entities, lang=lang).to_csv(index=False),
                       file_name=f"{stem}-evidence.csv", mime="text/csv", key="dl_evidence", on_click="ignore")


def profile_tab(*, path, version, corpus, spec, view, lang) -> None:
    ss = st.session_state
    by_weight = sorted(view.graph.nodes(data="weight"), key=lambda nw: -nw[1])
    options = list(dict.fromkeys([*spec.actors, *(n for n, _ in by_weight)]))
    if ss.get("focus") and ss.focus not in options and ss.focus in corpus.names:
        options.insert(0, ss.focus)
    if not options:
        st.info("Search for an actor in the sidebar to see its profile.")
        return
    if ss.get("focus") not in options:
        ss.focus = options[0]
    fid = st.selectbox("Actor or agreement", options, key="focus", format_func=lambda a: label(corpus, a, lang),
                       persist_state="session")
    p = actor_profile(path, version, fid, lang, ss.freq)
    st.html(prof.names_html(p, lang))
    left, right = st.columns(2)
    with left:
        st.markdown("**Roles**")
        if p.roles.empty:
            st.caption("No dated roles in the knowledge base for this actor.")
        else:
            st.dataframe(p.roles, hide_index=True)
        st.markdown("**Mentions over time**")
        if p.mentions.empty:
            st.caption("No dated mentions.")
        else:
            st.bar_chart(p.mentions, x="period", y="mentions", height=180)
        if p.undated_mentions:
            st.caption(f"{p.undated_mentions} mentions in undated documents.")
    with right:
        st.markdown("**Top counterparts by relation type**")
        cp = p.counterparts.assign(
            relation=p.counterparts["type"].map(lambda t: prof.type_label(t, lang)),
            counterpart=prof.display_names(p.counterparts, lang),
        )[["relation", "counterpart", "relations"]]
        st.dataframe(cp, hide_index=True)
        st.markdown("**Agreements**")
        ag = p.agreements.assign(agreement=prof.display_names(p.agreements, lang))
        ag = ag[["agreement", "relations", "types", "first_date", "last_date"]]
        st.dataframe(ag, hide_index=True)
    total = p.evidence.attrs.get("total", len(p.evidence))
    more = f", the newest {len(p.evidence)} shown" if total > len(p.evidence) else ""
    st.markdown(f"**Evidence** ({total:,} relations{more})")
    st.html(prof.html_table(p.evidence, headers=prof.evidence_headers(lang), html_columns={"sentence": "sentence_html"},
                            lang=lang))


def timeline_tab(*, path, version, corpus, spec, view, lang) -> None:
    st.segmented_control("Per", ["week", "month"], key="freq", required=True, persist_state="session")
    counts = timeline.relations_over_time(view.rows, freq=st.session_state.freq)
    marks = corpus.marks[corpus.marks["id"].isin(set(view.graph))]  # the view's agreements
    if spec.start:
        marks = marks[marks["date"] >= str(spec.start)]
    if spec.end:
        marks = marks[marks["date"] <= str(spec.end)]
    if counts.empty:
        st.info("No dated relations in this view.")
    else:
        colours = {t: ontology.relation_colour(t) for t in ontology.relation_types()}
        labels = {t: prof.type_label(t, lang) for t in colours}
        st.altair_chart(timeline.timeline_chart(counts, marks, colours=colours, labels=labels,
                                                mark_label="name_ar" if lang == "ar" else "name"), width="stretch")
    undated = counts.attrs.get("undated", 0)
    if undated:
        st.caption(f"{undated:,} undated relations in this view are not on the time axis (they stay in the graph "
                   "while “Include undated relations” is on).")
    elif not spec.include_undated:
        st.caption("Undated relations are hidden (“Include undated relations” is off).")
    if not marks.empty:
        st.caption("Dashed lines: agreements on their dates (from the knowledge base, else their first relation).")


def compare_tab(*, path, version, corpus, spec, view, lang) -> None:
    if not corpus.span or corpus.span[0] >= corpus.span[1]:
        st.info("Comparing periods needs dated relations over more than one day.")
        return
    ss = st.session_state
    if "period_a" not in ss or "period_b" not in ss:
        a, b = compare.split_span(*corpus.span)
        ss.period_a, ss.period_b = (a.start, a.end), (b.start, b.end)
    c1, c2 = st.columns(2)
    c1.slider("Period A", corpus.span[0], corpus.span[1], key="period_a", format="YYYY-MM-DD", persist_state="session")
    c2.slider("Period B", corpus.span[0], corpus.span[1], key="period_b", format="YYYY-MM-DD", persist_state="session")
    a, b = compare.Period(*ss.period_a), compare.Period(*ss.period_b)
    result = comparison(path, version, spec.with_(start=None, end=None), a, b)
    counts = result.counts()
    cols = st.columns(4)
    for col, kind in zip(cols, ("appeared", "disappeared", "grew", "shrank"), strict=True):
        col.metric(kind, counts[kind])
    if result.graph.number_of_edges() == 0:
        st.info("No dated relations in either period for this view.")
        return
    st.html(prof.swatches_html({k: compare.CHANGE_COLOURS[k] for k in compare.CHANGES}))
    st.altair_chart(compare.network_chart(result.graph, lang=lang), width="stretch")
    st.markdown("**Largest changes**")
    ch = result.changes.head(50).assign(
        source=lambda d: [label(corpus, x, lang) for x in d["source"]],
        target=lambda d: [label(corpus, x, lang) for x in d["target"]],
    ).drop(columns=["source_name", "target_name"])
    st.dataframe(ch, hide_index=True)


def agreements_tab(*, path, version, corpus, spec, view, lang) -> None:
    table = agreements(path, version, lang)
    if table.empty:
        st.info("No agreements in the store yet.")
        return
    st.session_state.agr_ids = list(table["id"])
    st.caption("Click a row (or pick below) to centre the graph on an agreement and the actors around it.")
    st.dataframe(table.drop(columns=["id"]), hide_index=True, key="agr_table", on_select=on_agreement_row,
                 selection_mode="single-row")
    st.selectbox("Show in the graph", [None, *table["id"]], key="agr_pick", on_change=on_agreement_pick,
                 format_func=lambda a: "—" if a is None else label(corpus, a, lang))
    focus = st.session_state.get("focus")
    if focus in set(table["id"]):
        refs = prof.agreement_references(corpus.relations, corpus.entities, focus, freq=st.session_state.freq,
                                         lang=lang)
        st.markdown(f"**Who refers to {label(corpus, focus, lang)} over time**")
        if refs.empty:
            st.caption("No dated relations to this agreement.")
        else:
            st.bar_chart(refs, x="period", y="relations", color="actor", height=260)


def metrics_tab(*, path, version, corpus, spec, view, lang) -> None:
    m = view_metrics(version, spec, view.graph)
    if m.empty:
        st.info("The view is empty.")
        return
    shown = m.assign(name=prof.display_names(m, lang),
                     kind=m["kind"].map(lambda k: prof.kind_label(k, lang))).drop(columns=["name_ar"])
    st.dataframe(shown, hide_index=True, key="metrics_table")
    st.download_button("Download metrics (CSV)", m.to_csv(index=False).encode("utf-8"),
                       file_name=snapshot_filename(view.graph, "html", title=view_title(corpus, spec, lang), lang=lang)
                       .replace(".html", "-metrics.csv"), mime="text/csv", key="dl_metrics",
                       on_click="ignore")
    if st.toggle("Colour the graph by community", key="colour_comm", persist_state="session"):
        comm = dict(zip(m["id"], m["community"], strict=True))
        D = metrics.colour_by_community(view.graph, comm)
        st.caption(f"{m['community'].nunique()} communities (Louvain, seed 0); colours repeat after 20.")
        st.altair_chart(compare.network_chart(D, lang=lang, legend_title="community"), width="stretch")


def upload_tab(*, path, version, corpus, spec, view, lang) -> None:
    files = st.file_uploader("Drop articles here", type=UPLOAD_TYPES, accept_multiple_files=True, key="uploads",
                             help="Plain text or Markdown (with front matter), HTML, JSON/JSONL, CSV.")
    if files and st.button("Ingest", key="ingest", type="primary"):
        st.session_state.upload_report = ingest_uploads(files, path)
        st.rerun()
    report = st.session_state.get("upload_report")
    if report:
        done = sum(r["ingested"] for r in report)
        st.success(f"{done} new document{'' if done == 1 else 's'} ingested from {len(report)} "
                   f"file{'' if len(report) == 1 else 's'}; the view is up to date.")
        st.dataframe(report, hide_index=True, key="upload_table")


try:
    main()
except ExplorerError as e:
    st.error(str(e))
