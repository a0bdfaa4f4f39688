"""The Upload tab: drop articles, ingest them with a progress bar, one report row per file."""

from __future__ import annotations

from functools import partial

import streamlit as st

from explorer.render import words
from explorer.store import open_store

#: Every format the readers take (explorer/ingest/readers.py), archives and feeds included: the browser refuses
#: any other file before it is sent.
UPLOAD_TYPES = ["txt", "text", "md", "markdown", "html", "htm", "xhtml", "json", "jsonl", "ndjson", "csv", "tsv",
                "rss", "atom", "xml", "zip", "gz"]


def ingest_uploads(files, path: str, lang: str = "en") -> list[dict]:
    """Read and ingest each uploaded file with a progress bar; one report row per file."""
    from explorer.ingest.readers import read_bytes
    from explorer.ingest.run import ingest_documents
    from explorer.review.knowledge import extractor_for

    extractor = extractor_for(path)  # with the researcher's knowledge file beside the store, when there is one
    rows = []
    bar = st.progress(0.0, text=words.widget("Ingesting…", lang))
    with open_store(path) as store:
        for i, f in enumerate(files):
            def tick(p, i=i, name=f.name):
                bar.progress(min(1.0, (i + (p.fraction or 0.0)) / len(files)), text=f"{i + 1}/{len(files)} {name}")

            # Streamed, not listed: a file of millions of bad lines costs a counter, not gigabytes.
            report = ingest_documents(read_bytes(f.name, f.getvalue()), store, progress=tick, extractor=extractor)
            reasons = [failure_text(x, f.name) for x in report.failed[:5]]
            if report.failure_count > len(reasons):
                reasons.append(f"{report.failure_count - len(reasons):,} more")
            rows.append({"file": f.name, "ingested": report.ingested, "duplicates": report.duplicates,
                         "failed": report.failure_count, "reason": "; ".join(reasons)})
            bar.progress((i + 1) / len(files), text=f"{i + 1}/{len(files)} {f.name}")
    return rows


def failure_text(failure, upload: str) -> str:
    """Why a part of an upload failed, naming the archive member it was in (the row already names the upload)."""
    member = failure.path.removeprefix(upload + "/") if failure.path != upload else ""
    where = (f"{member}: " if member else "") + (f"line {failure.line}: " if failure.line is not None else "")
    return where + failure.reason


def upload_tab(*, path, version, corpus, spec, view, lang) -> None:
    w = partial(words.widget, lang=lang)  # the tab's words in the label language
    files = st.file_uploader(w("Drop articles here"), type=UPLOAD_TYPES, accept_multiple_files=True, key="uploads",
                             help=w("Plain text or Markdown (with front matter), HTML, JSON/JSONL, CSV/TSV, RSS or "
                                    "Atom feeds, and .zip or .gz archives of these."))
    if files and st.button(w("Ingest"), key="ingest", type="primary"):
        st.session_state.upload_report = ingest_uploads(files, path, lang)
        st.rerun()
    report = st.session_state.get("upload_report")
    if report:
        done = sum(r["ingested"] for r in report)
        if lang == "ar":
            st.success(words.WIDGETS_AR["{done} new documents from {files} files; the view is up to date."]
                       .format(done=done, files=len(report)))
        else:
            st.success(f"{done} new document{'' if done == 1 else 's'} ingested from {len(report)} "
                       f"file{'' if len(report) == 1 else 's'}; the view is up to date.")
        st.dataframe(report, hide_index=True, key="upload_table",
                     column_config=words.columns(["file", "ingested", "duplicates", "failed", "reason"], lang))
