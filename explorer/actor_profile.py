"""What the dashboard shows about one actor or agreement, and evidence as safe, direction-aware HTML.

`actor_profile` gathers an actor's names in both scripts, kind, dated roles (from the knowledge base,
when there is one), mentions over time, top counterparts per relation type, the agreements it is tied
to, and its evidence sentences with the words that name it highlighted. `agreements_table` and
`agreement_references` do the same for agreements.

Every text that reaches HTML goes through `html_text` first (escaped; bidi and control characters out);
`<mark>` is only ever put around pieces that are already escaped, and Arabic cells carry `dir="rtl"`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from explorer import ontology
from explorer.graph.timeline import kb_date, period_start
from explorer.text.normalize import is_arabic
from explorer.untrusted import html_text

EVIDENCE_COLUMNS = ["source", "relation", "target", "date", "sentence", "document", "outlet", "method"]


# -- labels in Arabic or English ---------------------------------------------------------------------


def display_name(name: str | None, name_ar: str | None, lang: str) -> str:
    """The Arabic name when `lang` is "ar" and there is one, else the English name.

    >>> display_name("John Kerry", "جون كيري", "ar"), display_name("John Kerry", None, "ar")
    ('جون كيري', 'John Kerry')
    """
    if lang == "ar" and isinstance(name_ar, str) and name_ar:
        return name_ar
    return name or name_ar or ""


def display_names(df: pd.DataFrame, lang: str) -> list[str]:
    """`display_name` of each row of a frame with `name` and `name_ar` columns."""
    return [display_name(a, b, lang) for a, b in zip(df["name"], df["name_ar"], strict=True)]


def kind_label(kind: str, lang: str) -> str:
    spec = ontology.load()["kinds"].get(kind, {})
    return spec.get("label_ar" if lang == "ar" else "label") or kind


def type_label(rtype: str, lang: str) -> str:
    spec = ontology.load()["relations"].get(rtype, {})
    return spec.get("label_ar" if lang == "ar" else "label") or rtype


def majority_language(langs: pd.Series) -> str:
    """"ar" or "en", whichever most documents are written in (Arabic on a tie or an empty corpus)."""
    counts = langs.value_counts()
    return "en" if counts.get("en", 0) > counts.get("ar", 0) else "ar"


# -- safe HTML -------------------------------------------------------------------------------------


def highlight(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` escaped for HTML, with each (start, end) span wrapped in <mark>.

    Overlapping or out-of-range spans are merged or clipped; markup in the text stays text.

    >>> highlight("Kerry met <b>Lavrov</b>", [(0, 5), (13, 19)])
    '<mark>Kerry</mark> met &lt;b&gt;<mark>Lavrov</mark>&lt;/b&gt;'
    """
    merged: list[list[int]] = []
    for s, e in sorted((max(0, s), min(len(text), e)) for s, e in spans):
        if e <= s:
            continue
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out, pos = [], 0
    for s, e in merged:
        out.append(html_text(text[pos:s]))
        out.append("<mark>" + html_text(text[s:e]) + "</mark>")
        pos = e
    out.append(html_text(text[pos:]))
    return "".join(out)


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _cell(value, *, raw_html: str | None = None) -> str:
    text = "" if value is None or (isinstance(value, float) and value != value) else str(value)
    direction = "rtl" if is_arabic(text) else "ltr"
    body = raw_html if raw_html is not None else html_text(text)
    if _ISO_DATE.fullmatch(text):  # a date on one line: a narrow column broke 2016-07-15 after its year
        return f'<td dir="ltr" class="date">{body}</td>'
    return f'<td dir="{direction}">{body}</td>'


TABLE_STYLE = """<style>
table.dg { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
table.dg th, table.dg td { border-bottom: 1px solid #ddd; padding: 4px 6px; vertical-align: top; }
table.dg td[dir=rtl] { text-align: right; font-family: "Noto Naskh Arabic", "Noto Sans Arabic", serif; }
table.dg mark { background: #ffe08a; padding: 0 1px; }
table.dg td.date { white-space: nowrap; }
</style>"""


def html_table(df: pd.DataFrame, *, headers: dict[str, str] | None = None, html_columns: dict[str, str] | None = None,
               lang: str = "en") -> str:
    """`df` as an HTML table; each cell escaped and right-to-left when Arabic.

    `html_columns` maps a shown column to a column of `df` that already holds safe HTML (from
    `highlight`), used as the cell body instead of the escaped text.
    """
    headers = headers or {}
    html_columns = html_columns or {}
    cols = [c for c in df.columns if c not in html_columns.values()]
    head = "".join(f"<th>{html_text(headers.get(c, c))}</th>" for c in cols)
    # column by column (`to_dict("records")` costs several times more on a page of rows)
    values = [df[c].tolist() for c in cols]
    raw = [df[html_columns[c]].tolist() if c in html_columns and html_columns[c] in df else None for c in cols]
    body = []
    for i in range(len(df)):
        cells = "".join(_cell(v[i], raw_html=r[i] if r is not None else None) for v, r in zip(values, raw, strict=True))
        body.append(f"<tr>{cells}</tr>")
    direction = "rtl" if lang == "ar" else "ltr"
    return f'{TABLE_STYLE}<table class="dg" dir="{direction}"><thead><tr>{head}</tr></thead>' \
           f'<tbody>{"".join(body)}</tbody></table>'


_HEADERS = {
    "en": {"source": "Source", "relation": "Relation", "target": "Target", "date": "Date", "sentence": "Sentence",
           "document": "Document", "outlet": "Outlet", "counterpart": "Counterpart", "method": "Method"},
    "ar": {"source": "الفاعل", "relation": "العلاقة", "target": "الطرف الآخر", "date": "التاريخ", "sentence": "الجملة",
           "document": "الوثيقة", "outlet": "المصدر", "counterpart": "الطرف الآخر", "method": "الطريقة"},
}


def evidence_headers(lang: str) -> dict[str, str]:
    """Column headers of evidence tables in `lang`."""
    return _HEADERS["ar" if lang == "ar" else "en"]


def swatches_html(colours: dict[str, str], *, shape: str = "line") -> str:
    """A one-line legend: a coloured mark and an escaped label per entry."""
    css = "display:inline-block;width:18px;height:4px;margin:0 4px 2px 10px;vertical-align:middle" if shape == "line" \
        else "display:inline-block;width:10px;height:10px;border-radius:50%;margin:0 4px 0 10px"
    items = "".join(
        f'<span style="{css};background:{html_text(colour)}"></span><bdi>{html_text(text)}</bdi>'
        for text, colour in colours.items()
    )
    return f'<div style="font-size:0.85rem;line-height:1.8">{items}</div>'


def legend_html(lang: str) -> str:
    """The graph's legend: node kinds and relation types with their colours, labelled in `lang`."""
    kinds = {kind_label(k, lang): ontology.kind_colour(k) for k in ontology.kinds()}
    types = {type_label(t, lang): ontology.relation_colour(t) for t in ontology.relation_types()}
    direction = "rtl" if lang == "ar" else "ltr"
    title = ("أنواع العقد", "أنواع العلاقات") if lang == "ar" else ("Node kinds", "Relation types")
    return (
        f'<div dir="{direction}"><b>{title[0]}</b>{swatches_html(kinds, shape="dot")}'
        f"<b>{title[1]}</b>{swatches_html(types)}</div>"
    )


def names_html(p: Profile, lang: str) -> str:
    """The profile's header: both names (each in its own direction), kind, aliases and counts."""
    ar = f'<span dir="rtl" lang="ar">{html_text(p.name_ar)}</span>' if p.name_ar else ""
    en = f'<span dir="ltr" lang="en">{html_text(p.name)}</span>'
    first, second = (ar, en) if lang == "ar" and ar else (en, ar)
    aliases = " · ".join(f"<bdi>{html_text(a)}</bdi>" for a in p.aliases[:12])
    from explorer.render.words import count  # one language per line: «54 علاقة», never "54 دولة relations"

    counts = ("، " if lang == "ar" else ", ").join(count(int(v), k.rstrip("s"), lang) for k, v in p.stats.items())
    return (
        f'<div><h3 style="margin:0">{first}{" — " + second if second else ""}</h3>'
        f'<p style="margin:0.2rem 0">{html_text(kind_label(p.kind, lang))} · {html_text(counts)}</p>'
        + (f'<p style="margin:0;color:#555">{aliases}</p>' if aliases else "")
        + "</div>"
    )


# -- evidence of a view ----------------------------------------------------------------------------


def rows_evidence(rows: pd.DataFrame, entities: pd.DataFrame, *, lang: str = "en", limit: int | None = None):
    """The evidence table of a view's relation rows: source, relation, target, date, sentence, document,
    outlet; newest first, undated last, names and relation labels in `lang`."""
    order = rows["date"].sort_values(ascending=False, na_position="last", kind="stable").index
    df = rows.loc[order[:limit] if limit is not None else order]
    ent = entities[entities["id"].isin(set(df["source"]) | set(df["target"]))].set_index("id")  # only those shown
    names = pd.Series(display_names(ent, lang), index=ent.index, dtype=object)
    out = pd.DataFrame(
        {
            "source": df["source"].map(names).fillna(df["source"]),
            "relation": df["type"].map(lambda t: type_label(t, lang)),
            "target": df["target"].map(names).fillna(df["target"]),
            "date": df["date"],
            "sentence": df["sentence"],
            "document": df["doc_title"],
            "outlet": df["doc_source"],
            # the construction that produced the relation, in words ("trigger between", not an id)
            "method": df["method"].map(lambda m: m.replace("_", " ") if isinstance(m, str) else m)
            if "method" in df else None,
        },
        columns=EVIDENCE_COLUMNS,
    )
    return out.reset_index(drop=True)


def _newest_first(df: pd.DataFrame) -> pd.DataFrame:
    if df.empty:
        return df
    return df.sort_values("date", ascending=False, na_position="last", kind="stable", ignore_index=True)


# -- actor profile ---------------------------------------------------------------------------------


@dataclass
class Profile:
    id: str
    name: str
    name_ar: str | None
    kind: str
    aliases: list[str]
    roles: pd.DataFrame  # office, of, to, start, end (from the knowledge base; empty without one)
    mentions: pd.DataFrame  # period, mentions
    undated_mentions: int
    counterparts: pd.DataFrame  # type, counterpart, name, name_ar, kind, relations
    agreements: pd.DataFrame  # id, name, name_ar, relations, types, first_date, last_date
    evidence: pd.DataFrame  # date, type, counterpart, sentence, sentence_html, document, outlet
    stats: dict = field(default_factory=dict)


def actor_profile(
    entity_id: str,
    *,
    entities: pd.DataFrame,
    relations: pd.DataFrame,
    mentions: pd.DataFrame,
    kb=None,
    freq: str = "month",
    top: int = 5,
    max_evidence: int = 100,
    lang: str = "en",
) -> Profile:
    """The profile of `entity_id` from the store's frames (`mentions` = `Store.mentions_frame(entity_id)`)."""
    ent = entities.set_index("id")
    row = ent.loc[entity_id] if entity_id in ent.index else None
    name = str(row["name"]) if row is not None else entity_id
    name_ar = row["name_ar"] if row is not None and isinstance(row["name_ar"], str) else None
    kind = str(row["kind"]) if row is not None else ""
    aliases = list(row["aliases"]) if row is not None and isinstance(row["aliases"], list) else []

    mine = relations[(relations["source"] == entity_id) | (relations["target"] == entity_id)]
    other = mine["target"].where(mine["source"] == entity_id, mine["source"])
    other_kind = other.map(ent["kind"]).fillna("")
    mine = mine.assign(other=other, other_kind=other_kind)

    # mentions over time
    periods = period_start(mentions["date"], freq) if len(mentions) else pd.Series(dtype="datetime64[ns]")
    per = periods.dropna().value_counts().sort_index()
    mention_counts = pd.DataFrame({"period": per.index, "mentions": per.to_numpy()})

    # counterparts (actors) by relation type
    cp = mine[(mine["other_kind"] != "agreement") & (mine["other"] != entity_id)]
    counts = cp.groupby(["type", "other"]).size().rename("relations").reset_index()
    counts = counts.sort_values(["type", "relations", "other"], ascending=[True, False, True])
    counts = counts.groupby("type", sort=False).head(top).rename(columns={"other": "counterpart"})
    counts["name"] = counts["counterpart"].map(ent["name"])
    counts["name_ar"] = counts["counterpart"].map(ent["name_ar"])
    counts["kind"] = counts["counterpart"].map(ent["kind"])
    counterparts = counts[["type", "counterpart", "name", "name_ar", "kind", "relations"]].reset_index(drop=True)

    # agreements it is tied to
    ag = mine[mine["other_kind"] == "agreement"]
    agreements = (
        ag.groupby("other")
        .agg(relations=("type", "size"), types=("type", lambda s: ", ".join(sorted(set(s)))),
             first_date=("date", "min"), last_date=("date", "max"))
        .reset_index()
        .rename(columns={"other": "id"})
    )
    agreements.insert(1, "name", agreements["id"].map(ent["name"]))
    agreements.insert(2, "name_ar", agreements["id"].map(ent["name_ar"]))
    agreements = agreements.sort_values(["relations", "id"], ascending=[False, True], ignore_index=True)

    evidence = _evidence(entity_id, mine, mentions, ent, max_evidence, lang)
    return Profile(
        id=entity_id, name=name, name_ar=name_ar, kind=kind, aliases=aliases,
        roles=roles_frame(kb, entity_id, entities),
        mentions=mention_counts, undated_mentions=int(periods.isna().sum()),
        counterparts=counterparts, agreements=agreements, evidence=evidence,
        stats={"relations": len(mine), "mentions": len(mentions), "documents": mentions["doc_id"].nunique()
               if len(mentions) else 0},
    )


def _evidence(entity_id, mine: pd.DataFrame, mentions: pd.DataFrame, ent: pd.DataFrame, limit: int, lang: str):
    rows = _newest_first(mine)
    total = len(rows)
    rows = rows.head(limit)
    spans_by_doc: dict[str, list[tuple[int, int, str]]] = {}
    for m in mentions.to_dict("records"):
        spans_by_doc.setdefault(m["doc_id"], []).append((int(m["start"]), int(m["end"]), m["text"]))
    surfaces = _surfaces(ent, entity_id, mentions)
    out = []
    for r in rows.to_dict("records"):
        sentence = r["sentence"] or ""
        spans = sentence_spans(sentence, int(r["sent_start"]), spans_by_doc.get(r["doc_id"], []), surfaces)
        other = r["other"]
        out.append(
            {
                "date": r["date"] if isinstance(r["date"], str) else None,
                "relation": type_label(r["type"], lang),
                "counterpart": display_name(ent["name"].get(other, other), ent["name_ar"].get(other), lang),
                "sentence": sentence,
                "sentence_html": highlight(sentence, spans),
                "document": r.get("doc_title"),
                "outlet": r.get("doc_source"),
            }
        )
    df = pd.DataFrame(out, columns=["date", "relation", "counterpart", "sentence", "sentence_html", "document",
                                    "outlet"])
    df.attrs["total"] = total
    return df


def _surfaces(ent: pd.DataFrame, entity_id: str, mentions: pd.DataFrame) -> list[str]:
    """Ways the entity is written, longest first: for highlighting when offsets do not line up."""
    names = set(mentions["text"]) if len(mentions) else set()
    if entity_id in ent.index:
        row = ent.loc[entity_id]
        names |= {n for n in [row["name"], row["name_ar"], *(row["aliases"] or [])] if isinstance(n, str)}
    return sorted((n for n in names if len(n) >= 2), key=len, reverse=True)


def sentence_spans(sentence: str, sent_start: int, doc_mentions: list[tuple[int, int, str]],
                   surfaces: list[str]) -> list[tuple[int, int]]:
    """Spans (relative to the sentence) of the entity's mentions inside it.

    Mention offsets are document offsets; a mention whose text is not found at its offset (a store
    written by an older extractor) falls back to a plain search for the entity's surface forms.

    >>> sentence_spans("Kerry met Lavrov.", 100, [(100, 105, "Kerry")], [])
    [(0, 5)]
    >>> sentence_spans("Then Kerry left.", 0, [], ["Kerry"])
    [(5, 10)]
    """
    spans = []
    end = sent_start + len(sentence)
    for s, e, text in doc_mentions:
        if sent_start <= s and e <= end and sentence[s - sent_start : e - sent_start] == text:
            spans.append((s - sent_start, e - sent_start))
    if spans:
        return spans
    for surface in surfaces:
        i = sentence.find(surface)
        while i >= 0:
            spans.append((i, i + len(surface)))
            i = sentence.find(surface, i + len(surface))
    return spans


def roles_frame(kb, entity_id: str, entities: pd.DataFrame) -> pd.DataFrame:
    """Dated roles of a person from the knowledge base: office, of, to, start, end (names, not ids)."""
    cols = ["office", "of", "to", "start", "end"]
    roles_of = getattr(kb, "roles_of", None)
    if roles_of is None:
        return pd.DataFrame(columns=cols)
    names = entities.set_index("id")["name"]

    def name(i):
        if i is None:
            return None
        ent = kb.get(i)
        return ent.name if ent is not None else names.get(i, i)

    rows = [
        {"office": r.office.replace("_", " "), "of": name(r.of), "to": name(r.to),
         "start": r.start.isoformat() if r.start else None, "end": r.end.isoformat() if r.end else None}
        for r in roles_of(entity_id)
    ]
    return pd.DataFrame(rows, columns=cols).sort_values("start", na_position="first", ignore_index=True)


# -- agreements ------------------------------------------------------------------------------------


def agreements_table(entities: pd.DataFrame, relations: pd.DataFrame, kb=None, *, lang: str = "en") -> pd.DataFrame:
    """Every agreement with its type, date, parties, and how often it is referred to.

    Type, date and parties come from the knowledge base when it knows the agreement; otherwise the
    date is the first dated relation and the parties are the actors that agree to it.
    """
    ent = entities.set_index("id")
    agr = entities[entities["kind"] == "agreement"]
    cols = ["id", "agreement", "type", "date", "parties", "relations", "actors", "first", "last"]
    if agr.empty:
        return pd.DataFrame(columns=cols)
    ids = set(agr["id"])
    touch = relations[relations["source"].isin(ids) | relations["target"].isin(ids)]
    agr_side = touch["target"].where(touch["target"].isin(ids), touch["source"])
    actor_side = touch["source"].where(touch["target"].isin(ids), touch["target"])
    touch = touch.assign(agreement=agr_side, actor=actor_side)
    rows = []
    for rec in agr.to_dict("records"):
        aid = rec["id"]
        mine = touch[touch["agreement"] == aid]
        kb_ent = kb.get(aid) if kb is not None else None
        record = kb_ent.record if kb_ent is not None else {}
        when = kb_date(kb, aid)
        dated = mine["date"].dropna()
        party_ids = list(record.get("parties") or [])
        if not party_ids:
            party_ids = sorted(set(mine.loc[mine["type"] == "agrees_with", "actor"]))
        parties = [display_name(ent["name"].get(p, p), ent["name_ar"].get(p), lang) if p in ent.index
                   else _kb_name(kb, p, lang) for p in party_ids]
        rows.append(
            {
                "id": aid,
                "agreement": display_name(rec["name"], rec.get("name_ar"), lang),
                "type": str(record.get("type") or "").replace("_", " ") or None,
                "date": when.isoformat() if when else (dated.min() if len(dated) else None),
                "parties": ", ".join(parties),
                "relations": len(mine),
                "actors": mine["actor"].nunique(),
                "first": dated.min() if len(dated) else None,
                "last": dated.max() if len(dated) else None,
            }
        )
    df = pd.DataFrame(rows, columns=cols)
    return df.sort_values("date", na_position="last", kind="stable", ignore_index=True)


def _kb_name(kb, entity_id: str, lang: str) -> str:
    ent = kb.get(entity_id) if kb is not None else None
    return display_name(ent.name, ent.name_ar, lang) if ent is not None else entity_id


def agreement_references(relations: pd.DataFrame, entities: pd.DataFrame, agreement_id: str, *,
                         freq: str = "month", lang: str = "en") -> pd.DataFrame:
    """Who refers to an agreement over time: period, actor, relations (dated relations only)."""
    mine = relations[(relations["source"] == agreement_id) | (relations["target"] == agreement_id)]
    actor = mine["source"].where(mine["target"] == agreement_id, mine["target"])
    periods = period_start(mine["date"], freq)
    names = entities.set_index("id")
    label = actor.map(lambda a: display_name(names["name"].get(a, a), names["name_ar"].get(a), lang))
    df = pd.DataFrame({"period": periods, "actor": label}).dropna()
    return df.groupby(["period", "actor"]).size().rename("relations").reset_index()
