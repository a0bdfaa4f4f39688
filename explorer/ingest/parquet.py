"""Extractions as partitioned Parquet: one row per document with its entities and relations nested.

A part file holds whole documents with everything extracted from them, so loading any set of part
files never leaves a document without its relations. Parts are written to a temporary name and
renamed, so a crashed run leaves no half-written part; a part's name is a hash of its document ids,
so re-running the same ingest rewrites the same parts instead of adding copies. The folder is
partitioned by language, Hive style (`lang=ar/part-….parquet`), so pandas, DuckDB, Dask or Spark
read it directly.
"""

from __future__ import annotations

import hashlib
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from explorer.records import Document, Entity, Extraction, Mention, Relation

_DOC_FIELDS = ("id", "path", "title", "source", "url", "date", "date_source", "date_precision", "lang", "text")


def _schema():
    import pyarrow as pa

    s = pa.string()
    mention = pa.struct([("text", s), ("start", pa.int64()), ("end", pa.int64())])
    entity = pa.struct([
        ("id", s), ("name", s), ("name_ar", s), ("kind", s), ("known", pa.bool_()),
        ("aliases", pa.list_(s)), ("mentions", pa.list_(mention)),
    ])
    relation = pa.struct([
        ("source", s), ("target", s), ("type", s), ("sentence", s), ("start", pa.int64()), ("end", pa.int64()),
        ("date", s), ("confidence", pa.float64()), ("method", s), ("trigger", s),
    ])
    nested = [("entities", pa.list_(entity)), ("relations", pa.list_(relation))]
    return pa.schema([(f, s) for f in _DOC_FIELDS] + nested)


def _row(ex: Extraction) -> dict:
    d = ex.document
    row = {f: getattr(d, f) for f in _DOC_FIELDS}
    row["entities"] = [
        {
            "id": e.id, "name": e.name, "name_ar": e.name_ar, "kind": e.kind, "known": bool(e.known),
            "aliases": list(e.aliases),
            "mentions": [{"text": m.text, "start": m.start, "end": m.end} for m in e.mentions],
        }
        for e in ex.entities
    ]
    row["relations"] = [
        {
            "source": r.source, "target": r.target, "type": r.type, "sentence": r.sentence, "start": r.start,
            "end": r.end, "date": r.date, "confidence": float(r.confidence), "method": r.method, "trigger": r.trigger,
        }
        for r in ex.relations
    ]
    return row


def _extraction(row: dict) -> Extraction:
    doc = Document(**{f: row.get(f) for f in _DOC_FIELDS})
    entities = [
        Entity(
            id=e["id"], name=e["name"], kind=e["kind"], name_ar=e["name_ar"], aliases=list(e["aliases"] or []),
            mentions=[Mention(m["text"], m["start"], m["end"]) for m in e["mentions"] or []], known=e["known"],
        )
        for e in row["entities"] or []
    ]
    relations = [
        Relation(
            source=r["source"], target=r["target"], type=r["type"], sentence=r["sentence"], start=r["start"],
            end=r["end"], date=r["date"], confidence=r["confidence"], method=r["method"], trigger=r["trigger"],
        )
        for r in row["relations"] or []
    ]
    return Extraction(doc, entities, relations)


def write_parts(out_dir: Path, extractions: Iterable[Extraction]) -> int:
    """Write one part per language under `out_dir`; returns the number of documents written."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    by_lang: dict[str, list[Extraction]] = defaultdict(list)
    for ex in extractions:
        by_lang[ex.document.lang or "unknown"].append(ex)
    n = 0
    for lang, exs in sorted(by_lang.items()):
        folder = Path(out_dir) / f"lang={lang}"
        folder.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha1("".join(sorted(ex.document.id for ex in exs)).encode()).hexdigest()[:20]
        target = folder / f"part-{digest}.parquet"
        tmp = folder / f".part-{digest}.{os.getpid()}.tmp"
        table = pa.Table.from_pylist([_row(ex) for ex in exs], schema=_schema())
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, target)
        n += len(exs)
    return n


def part_files(in_dir: Path) -> list[Path]:
    return sorted(p for p in Path(in_dir).rglob("*.parquet") if not p.name.startswith("."))


def read_part(path: Path) -> Iterator[Extraction]:
    import pyarrow.parquet as pq

    table = pq.read_table(path, schema=_schema())
    for row in table.to_pylist():
        yield _extraction(row)
