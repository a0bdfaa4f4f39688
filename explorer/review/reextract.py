"""Run the current extractor again over every stored document, keeping every review decision.

The extraction tables (entities, mentions, relations) are replaced in one transaction; the review log
is not touched. Decisions are matched again by their stable keys: the report says how many still find
their target and lists every one that does not (never dropped silently: they stay in the log, and
apply again if a later extractor finds their target).
"""

from __future__ import annotations

import dataclasses
import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from explorer.review import api, knowledge, log
from explorer.review.decisions import parse_precise_date


@dataclass
class ReextractReport:
    documents: int = 0
    relations_before: int = 0
    relations_after: int = 0
    decisions: int = 0
    kept: int = 0
    orphaned: list[dict] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def to_json(self) -> dict:
        return self.__dict__.copy()

    def to_text(self) -> str:
        out = [f"re-extracted {self.documents} documents in {self.seconds:.1f} s: relations {self.relations_before} "
               f"-> {self.relations_after}",
               f"{self.decisions} review decisions: {self.kept} still apply, {len(self.orphaned)} no longer find "
               "their target (kept in the log)"]
        out += [f"  {o['action']} {o['target']} by {o['reviewer']} ({o['at']}): {o['why']}" for o in self.orphaned]
        out += [f"  failed: {f}" for f in self.failed]
        return "\n".join(out)


def reextract(store, *, kb_file: str | Path | None = None, db_path: str | Path | None = None,
              extractor=None) -> ReextractReport:
    """Replace the extraction output of every stored document with the current extractor's."""
    t0 = time.perf_counter()
    if extractor is None:
        extractor = knowledge.extractor_for(db_path or getattr(store, "path", None), kb_file)
    if extractor is None:
        from explorer.extract import extract

        extractor = extract
    report = ReextractReport(relations_before=int(store.stats()["relations"]))
    dates = {d.target: d.value for d in log.read_log(store) if d.action == "set_date"}  # the latest wins below
    results = []
    for doc_id in store.documents_frame()["id"]:
        doc = store.document(doc_id)
        if doc.id in dates:  # a reviewed date also dates the roles ("the foreign minister" on that day)
            doc = dataclasses.replace(doc, date=parse_precise_date(dates[doc.id]["date"])[0])
        rec = {"path": doc.path, "id": doc.id}
        try:
            results.append(extractor(doc))
        except Exception as e:  # noqa: BLE001 - one bad document must not stop the others; it keeps its old output
            report.failed.append(f"{rec['path'] or rec['id']}: {type(e).__name__}: {e}")
    _replace(store, results)
    report.documents = len(results)
    report.relations_after = int(store.stats()["relations"])
    after = api.reviewed(store)
    report.decisions = after.decisions
    report.orphaned = [{**d.to_json(), "why": why} for d, why in after.orphans]
    report.kept = report.decisions - len(report.orphaned)
    report.seconds = round(time.perf_counter() - t0, 2)
    return report


def _replace(store, extractions) -> None:
    """Swap the extraction rows of these documents for new ones, in one transaction."""
    with store.transaction():
        keys = store.delete_extraction_rows(ex.document.id for ex in extractions)
        entities: dict[str, tuple] = {}
        for ex in extractions:
            for e in ex.entities:
                entities.setdefault(e.id, (e.id, e.name, e.name_ar, e.kind, int(e.known),
                                           json.dumps(e.aliases, ensure_ascii=False)))
        store.executemany(
            "INSERT INTO entities(id, name, name_ar, kind, known, aliases) VALUES (?,?,?,?,?,?)"
            " ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_ar = excluded.name_ar,"
            " kind = excluded.kind, known = excluded.known, aliases = excluded.aliases",
            [entities[k] for k in sorted(entities)])
        store.write_extraction_rows([ex for ex in extractions if ex.document.id in keys], keys)
        unused = {r[0] for r in store.query(
            "SELECT id FROM entities WHERE mention_count = 0"
            " AND id NOT IN (SELECT source FROM relations) AND id NOT IN (SELECT target FROM relations)")}
        unused -= _referenced(log.read_log(store))  # an actor a researcher named stays
        store.executemany("DELETE FROM entities WHERE id = ?", [(e,) for e in sorted(unused)])


def _referenced(decisions) -> set[str]:
    """Entity ids a decision names: its target, a merge's other side, new ends, a hand-added relation's ends."""
    out = set()
    for d in decisions:
        if d.target_kind == "entity":
            out.add(d.target)
        out.update(str(d.value[k]) for k in ("into", "source", "target") if d.value.get(k))
    return out
