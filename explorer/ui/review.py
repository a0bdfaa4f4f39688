"""Review in the dashboard: the reviewer's name and review filters in the sidebar, review controls next to
evidence rows (graph tab, actor profile, document view), bulk actions on a selection, corrections of an
actor, and the extractor's precision measured from reviews (Metrics tab).

Every control appends decisions to the store's review log (explorer.review) in a callback, before the
page runs again; the log's version is part of the cache key (ui/data.store_version), so the next run
rebuilds the view with the decision applied. Writes are appends: two browser sessions never overwrite
each other.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from urllib.parse import quote

import pandas as pd
import streamlit as st

from explorer import actor_profile as prof
from explorer import ontology
from explorer.errors import ExplorerError
from explorer.graph.spec import REVIEWED
from explorer.render import words
from explorer.review import api, overlay
from explorer.review.decisions import STATES
from explorer.store import open_store
from explorer.untrusted import markdown_text as md

REVIEWED_LABELS = {"not-rejected": "Hide rejected", "all": "Show rejected too",
                   "confirmed": "Confirmed only (for publication)", "unreviewed": "Unreviewed only",
                   "rejected": "Rejected only"}
STATE_LABELS = {"unreviewed": "—", "confirmed": "✔ confirmed", "rejected": "✘ rejected"}
ROWS_SHOWN = 200


# measured by benchmarks/calibration.py on the sets nobody tuned the rules to (2026-12-05: 0.94 right at 0.9 or
# more, 0.80 at 0.8-0.9, 0.53-0.61 at 0.5-0.8)
MIN_CONFIDENCE_HELP = (
    "Hide relations the extractor was less sure of. On news nobody tuned the rules to, about 9 in 10 "
    "relations at 0.9 or more were right, about 6 in 10 between 0.5 and 0.8."
)


def sidebar_controls(sb, lang: str = "en") -> None:
    """Reviewer name (kept in the URL) and the review filters of the view."""
    w = lambda text: words.widget(text, lang)  # noqa: E731
    sb.text_input(w("Reviewer"), key="reviewer", placeholder=w("your name, kept with each decision"))
    sb.selectbox(w("Review state"), REVIEWED, key="reviewed", format_func=lambda r: w(REVIEWED_LABELS[r]),
                 help=w("Rejected relations are hidden unless you show them; publish confirmed ones only."))
    sb.slider(w("Minimum confidence"), 0.0, 1.0, step=0.05, key="min_conf",
              help=w(MIN_CONFIDENCE_HELP))


def reviewer() -> str:
    return (st.session_state.get("reviewer") or "").strip() or "anonymous"


def _write(path: str, fn: Callable) -> None:
    """Run one write against the store; a refused decision is shown, nothing else happens."""
    try:
        with open_store(path) as store:
            done = fn(store)
        lang = st.session_state.get("lang", "en")
        st.session_state.review_msg = ("success", words.widget("{decisions} saved as {who}.", lang).format(
            decisions=words.count(len(done), "decision", lang), who=reviewer()))
    except ExplorerError as e:
        st.session_state.review_msg = ("error", str(e))


def show_message() -> None:
    msg = st.session_state.pop("review_msg", None)
    if msg:
        (st.success if msg[0] == "success" else st.error)(md(msg[1]))


def _edited(path: str, key: str, ids_key: str) -> None:
    """data_editor callback: a changed review cell becomes a decision on that row's relation."""
    ss = st.session_state
    changes = ss[key].get("edited_rows", {})
    ids = ss.get(ids_key, [])
    by_action: dict[str, list[str]] = {}
    for i, change in changes.items():
        state = change.get("review")
        if state in STATES and int(i) < len(ids):
            by_action.setdefault({"confirmed": "confirm", "rejected": "reject"}.get(state, "unreview"),
                                 []).append(ids[int(i)])
    for action, rids in by_action.items():
        _write(path, lambda s, a=action, r=rids: api.verdict(s, r, a, reviewer=reviewer()))


def _bulk(path: str, action: str, key: str) -> None:
    ids = st.session_state.get(f"{key}_pick", [])
    note = st.session_state.get(f"{key}_note", "")
    if not ids:
        st.session_state.review_msg = ("error", words.widget("Select relations first.",
                                                             st.session_state.get("lang", "en")))
        return
    _write(path, lambda s: api.verdict(s, ids, action, reviewer=reviewer(), note=note))
    st.session_state[f"{key}_pick"] = []


def open_document(doc_id: str) -> None:
    """Callback: show this document in the Document tab."""
    st.session_state.doc = doc_id
    st.session_state.tab = words.tab_label("document", st.session_state.get("lang", "en"))


def relation_label(corpus, row, lang: str) -> str:
    def name(e):
        n = corpus.names.get(e)
        return prof.display_name(n["name"], n["name_ar"], lang) if n else e

    return (f"{name(row['source'])} {words.arrow(lang)} {name(row['target'])} · {prof.type_label(row['type'], lang)} · "
            f"{words.iso_date(row['date']) if row['date'] else words.widget('undated', lang)} · "
            f"{words.widget(STATE_LABELS.get(row.get('review'), '—'), lang)}")


def review_table(rows: pd.DataFrame, corpus, *, path: str, version: tuple, key: str, lang: str) -> None:
    """Evidence rows with a review column to change, bulk actions on a selection, and document links."""
    show_message()
    if rows.empty or "rid" not in rows.columns:
        st.caption(words.widget("No relations to review here.", lang))
        return
    rows = rows.sort_values("date", ascending=False, na_position="last").head(ROWS_SHOWN)
    log = version[-1] if isinstance(version[-1], tuple) else (0, 0)
    ids_key = f"{key}_ids"
    st.session_state[ids_key] = list(rows["rid"])
    names = corpus.names
    who = reviewer()

    def name(e):
        n = names.get(e)
        return prof.display_name(n["name"], n["name_ar"], lang) if n else e

    table = pd.DataFrame({
        "review": rows["review"].fillna("unreviewed").tolist(),
        "source": [name(x) for x in rows["source"]],
        "relation": [prof.type_label(t, lang) for t in rows["type"]],
        "target": [name(x) for x in rows["target"]],
        "date": rows["date"].tolist(),
        "confidence": rows["confidence"].round(2).tolist(),
        "sentence": rows["sentence"].tolist(),
        "document": [f"?tab=document&doc={d}" + (f"&reviewer={quote(who)}" if who != "anonymous" else "")
                     for d in rows["doc_id"]],
        "id": rows["rid"].tolist(),
    })
    editor_key = f"{key}_editor_{log[0]}_{log[1]}"  # a fresh editor once the log changes
    w = partial(words.widget, lang=lang)
    st.data_editor(
        table, key=editor_key, hide_index=True, width="stretch", on_change=_edited, args=(path, editor_key, ids_key),
        disabled=[c for c in table.columns if c != "review"],
        column_config={  # headers and review states in the label language; the values stay the states' ids
            "review": st.column_config.SelectboxColumn(w("review"), options=list(STATES), required=True, width="small",
                                                       format_func=w),
            "document": st.column_config.LinkColumn(w("document"), display_text=w("open"), width="small"),
            "sentence": st.column_config.TextColumn(w("sentence"), width="large"),
            **{c: w(c) for c in ("source", "relation", "target", "date", "confidence", "id")},
        },
    )
    fields = ("rid", "source", "target", "type", "date", "review")  # what a label reads, not every column
    labels = {r["rid"]: relation_label(corpus, r, lang)
              for r in (dict(zip(fields, v, strict=True))
                        for v in zip(*(rows[f].tolist() if f in rows else [None] * len(rows) for f in fields),
                                     strict=True))}
    c1, c2 = st.columns([3, 1])
    c1.multiselect(w("Select relations for a bulk action"), list(labels), key=f"{key}_pick",
                   format_func=lambda r: labels.get(r, r), placeholder=w("Choose relations…"))
    c2.text_input(w("Note"), key=f"{key}_note", placeholder=w("why (optional)"))
    b = st.columns(5)
    b[0].button(w("Confirm selected"), key=f"{key}_confirm", on_click=_bulk, args=(path, "confirm", key))
    b[1].button(w("Reject selected"), key=f"{key}_reject", on_click=_bulk, args=(path, "reject", key))
    b[2].button(w("Undo review"), key=f"{key}_unreview", on_click=_bulk, args=(path, "unreview", key))
    b[3].button(w("Select all shown"), key=f"{key}_all",
                on_click=lambda: st.session_state.update({f"{key}_pick": list(labels)}))
    docs = list(dict.fromkeys(rows["doc_id"]))
    titles = dict(zip(rows["doc_id"], rows["doc_title"].fillna(""), strict=False))
    with b[4].popover(w("Open a document")):
        for i, d in enumerate(docs[:30]):
            st.button(md(titles.get(d) or d[:12], limit=80), key=f"{key}_doc_{i}", on_click=open_document, args=(d,))


def precision_panel(corpus, lang: str = "en") -> None:
    """The extractor's precision per relation type, as measured by this store's reviews."""
    st.markdown(words.widget("**Extractor precision from reviews**", lang))
    p = overlay.precision_by_type(corpus.reviewed_relations())
    if p.empty or not (p["confirmed"] + p["rejected"]).any():
        st.caption(words.widget("No relation has been confirmed or rejected yet: review some in the Graph tab.", lang))
        return
    p = p[(p["confirmed"] + p["rejected"]) > 0]
    total_c, total_r = int(p["confirmed"].sum()), int(p["rejected"].sum())
    st.caption(words.widget("confirmed / (confirmed + rejected), per relation type the extractor proposed; overall "
                            "{p} from {n} reviewed relations. A corrected type or end counts as wrong.", lang)
               .format(p=f"{total_c / (total_c + total_r):.2f}", n=total_c + total_r))
    st.dataframe(p.assign(type=p["type"].map(lambda t: prof.type_label(t, lang))), hide_index=True,
                 column_config=words.columns(p.columns, lang),
                 key="precision_table")


def actor_panel(corpus, entity_id: str, *, path: str, lang: str) -> None:
    """Merge, split, rename, add an alias or set the kind of the shown actor or agreement."""
    if entity_id not in corpus.names:
        return
    show_message()
    n = corpus.names[entity_id]
    ss, k = st.session_state, f"rv_{entity_id}_"  # keys per entity: another actor starts with its own values

    def decide(action: str, value: dict, target: str = entity_id) -> None:
        _write(path, lambda s: api.entity_decision(s, action, target, value, reviewer=reviewer()))

    w = partial(words.widget, lang=lang)
    with st.expander(w("Correct this actor or agreement")):
        c1, c2 = st.columns(2)
        c1.selectbox(w("Merge into"), [None, *(e for e in corpus.shortlist() if e != entity_id)], key=k + "into",
                     format_func=lambda e: "—" if e is None else md(_label(corpus, e, lang)), placeholder="—")
        c1.button(w("Merge"), key=k + "merge",
                  on_click=lambda: ss[k + "into"] and decide("merge", {"into": ss[k + "into"]}))
        merged = [m for m, v in corpus.review.merged_into.items() if v == entity_id] if corpus.review else []
        if merged:
            c2.selectbox(w("Split out"), merged, key=k + "split_pick")
            c2.button(w("Split"), key=k + "split", on_click=lambda: decide("split", {}, ss[k + "split_pick"]))
        c1.text_input(w("Name (English)"), value=n["name"] or "", key=k + "name")
        c1.text_input(w("Name (Arabic)"), value=n["name_ar"] or "", key=k + "name_ar")
        c1.button(w("Rename"), key=k + "rename", on_click=lambda: decide(
            "rename", {"name": ss[k + "name"].strip(), "name_ar": ss[k + "name_ar"].strip()}))
        c2.text_input(w("New alias"), key=k + "alias")
        c2.button(w("Add alias"), key=k + "add_alias", on_click=lambda: decide("alias", {"alias": ss[k + "alias"]}))
        kinds = ontology.kinds()
        c2.selectbox(w("Kind"), kinds, index=kinds.index(n["kind"]) if n["kind"] in kinds else 0, key=k + "kind",
                    format_func=lambda kind: prof.kind_label(kind, lang))
        c2.button(w("Set kind"), key=k + "set_kind", on_click=lambda: decide("set_kind", {"kind": ss[k + "kind"]}))


def _label(corpus, entity_id: str, lang: str) -> str:
    from explorer.ui.state import label

    return label(corpus, entity_id, lang)
