"""Relations over time: counts per week or month by relation type, agreements marked on their dates.

Undated relations have no place on a time axis; they are counted apart (`undated`) so a chart never
hides them silently.

>>> rows = pd.DataFrame({"type": ["meets", "meets", "phones", "meets"],
...                      "date": ["2016-07-14", "2016-07-30", "2016-08-02", None]})
>>> t = relations_over_time(rows, freq="month")
>>> t.to_dict("records")[0]["relations"], t.attrs["undated"]
(2, 1)
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from explorer.errors import ExplorerError
from explorer.graph.spec import parse_date

FREQS = ("week", "month")
TIMELINE_COLUMNS = ["period", "type", "relations"]


def period_start(dates: pd.Series, freq: str = "month") -> pd.Series:
    """The first day of the week (Monday) or month of each ISO date string; NaT for missing dates."""
    if freq not in FREQS:
        raise ValueError(f"freq must be one of {', '.join(FREQS)}, not {freq!r}")
    ts = pd.to_datetime(dates.astype("string").str.slice(0, 10), errors="coerce", format="%Y-%m-%d")
    if freq == "month":
        return ts.dt.to_period("M").dt.start_time
    return ts.dt.to_period("W-SUN").dt.start_time


def relations_over_time(rows: pd.DataFrame, *, freq: str = "month", by: str = "type") -> pd.DataFrame:
    """Relations per period and `by` column (relation type); `attrs["undated"]` counts the undated ones."""
    if rows.empty:
        out = pd.DataFrame(columns=["period", by, "relations"])
        out.attrs["undated"] = 0
        return out
    periods = period_start(rows["date"], freq)
    dated = periods.notna()
    out = (
        pd.DataFrame({"period": periods[dated], by: rows.loc[dated, by]})
        .groupby(["period", by])
        .size()
        .rename("relations")
        .reset_index()
        .sort_values(["period", by], ignore_index=True)
    )
    out.attrs["undated"] = int((~dated).sum())
    return out


def corpus_span(dates: pd.Series) -> tuple[date, date] | None:
    """First and last date among ISO date strings (None when nothing is dated)."""
    d = dates.dropna().astype(str).str.slice(0, 10)
    d = d[d.str.fullmatch(r"\d{4}-\d{2}-\d{2}")]
    if d.empty:
        return None
    return date.fromisoformat(d.min()), date.fromisoformat(d.max())


def agreement_dates(entities: pd.DataFrame, relations: pd.DataFrame, kb=None) -> pd.DataFrame:
    """Each agreement's date: from the knowledge base (adopted or signed), else its first dated relation.

    Columns: id, name, name_ar, date (datetime64), basis ("knowledge base" or "first relation").
    """
    agr = entities[entities["kind"] == "agreement"]
    first = pd.concat(
        [relations[["source", "date"]].rename(columns={"source": "id"}),
         relations[["target", "date"]].rename(columns={"target": "id"})]
    ).dropna().groupby("id")["date"].min()
    rows = []
    for rec in agr.to_dict("records"):
        when, basis = kb_date(kb, rec["id"]), "knowledge base"
        if when is None and rec["id"] in first.index:
            when, basis = parse_date(first[rec["id"]]), "first relation"
        if when is not None:
            rows.append({"id": rec["id"], "name": rec["name"], "name_ar": rec.get("name_ar"),
                         "date": pd.Timestamp(when), "basis": basis})
    return pd.DataFrame(rows, columns=["id", "name", "name_ar", "date", "basis"])


def kb_date(kb, entity_id: str) -> date | None:
    """The date the knowledge base gives an agreement (adopted or signed), if any."""
    ent = kb.get(entity_id) if kb is not None else None
    raw = ent.record.get("date") if ent is not None else None
    try:
        return parse_date(str(raw)) if raw else None
    except ExplorerError:
        return None
