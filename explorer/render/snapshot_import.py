"""`import-snapshot`: load the relations a snapshot embeds into a store, trusting nothing in the file.

A snapshot is a file someone sent: it may be edited by hand, truncated or built to do harm. So:

- its size is capped (MAX_SNAPSHOT_BYTES) before it is read;
- every value is checked for its type and range before anything is stored: an index points inside its
  table (−1 does not), a confidence is a number from 0 to 1 (not "high"), a date is a real YYYY-MM-DD
  date, a name or a sentence is text (not an object); the first bad value stops the import with an
  error naming the file, the place (edge, evidence item) and the field, and nothing is stored;
- imported documents are kept apart from ingested ones: their ids are `snapshot:` + a hash of the
  file's document id and text, their path is `snapshot:<file name>` and their relations' method is
  `snapshot`. A snapshot of an article therefore never stands in for the article: ingesting the real
  article later stores it in full (it is not taken for a duplicate), and importing the same snapshot
  twice adds nothing the second time.
"""

from __future__ import annotations

import hashlib
import math
from datetime import date
from numbers import Real
from pathlib import Path

from explorer import ontology
from explorer.errors import InputError
from explorer.render.snapshot import DOC_FIELDS, LANGS, NODE_FIELDS, parse_snapshot

MAX_SNAPSHOT_BYTES = 100_000_000
MAX_TEXT = 100_000  # characters in one name, title or sentence
PREFIX = "snapshot:"


def import_snapshot(path: str | Path, store, *, max_bytes: int = MAX_SNAPSHOT_BYTES) -> tuple[int, int]:
    """Store the relations a snapshot holds; returns (documents added, already stored).

    A snapshot does not hold whole articles: each document is rebuilt from its evidence sentences (its
    text is those sentences, one per line, so the relations' offsets point into it), with its title,
    source, earliest date and language. Relations beyond the per-link evidence cap are not in the file.
    Raises InputError, naming the file and the field, for anything malformed; then nothing is stored.
    """
    p = Path(path)
    data = _read(p, max_bytes)
    batch = _extractions(p, data)
    return store.add(batch)


def _read(p: Path, max_bytes: int) -> dict:
    try:
        size = p.stat().st_size
        if not p.is_file():
            raise InputError(f"{p}: not a regular file")
        if size > max_bytes:
            raise InputError(f"{p}: snapshot is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:g} MB limit")
        with open(p, "rb") as f:
            raw = f.read(max_bytes + 1)
    except OSError as e:
        raise InputError(f"{p}: cannot read the snapshot ({e.strerror or e})") from None
    if len(raw) > max_bytes:
        raise InputError(f"{p}: snapshot is over the {max_bytes / 1e6:g} MB limit")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{p}: not a Diplograph snapshot (not UTF-8 text)") from None
    return parse_snapshot(text, name=str(p))


class _Check:
    """Type and range checks that raise InputError naming the file, the place and the field."""

    def __init__(self, p: Path) -> None:
        self.p = p

    def fail(self, where: str, field: str, problem: str, value) -> None:
        shown = repr(value)
        shown = shown if len(shown) <= 60 else shown[:57] + "..."
        raise InputError(f"{self.p}: {where}: field '{field}' {problem}, not {shown}")

    def table(self, data: dict, key: str, fields: tuple[str, ...] | None = None) -> list[dict]:
        t = data.get(key)
        if not isinstance(t, dict) or not isinstance(t.get("fields"), list) or not isinstance(t.get("rows"), list):
            raise InputError(f"{self.p}: the snapshot's '{key}' table is missing or not a table")
        names = t["fields"]
        if not all(isinstance(f, str) for f in names):
            raise InputError(f"{self.p}: the snapshot's '{key}' table has field names that are not text")
        if fields is not None and not set(fields) <= set(names):
            raise InputError(f"{self.p}: the snapshot's '{key}' table lacks {sorted(set(fields) - set(names))}")
        return [self.row(names, r, f"{key} row {i}") for i, r in enumerate(t["rows"])]

    def row(self, names: list[str], r, where: str) -> dict:
        if not isinstance(r, list) or len(r) != len(names):
            raise InputError(f"{self.p}: {where}: expected a list of {len(names)} values")
        return dict(zip(names, r, strict=True))

    def text(self, row: dict, field: str, where: str, *, optional: bool = True) -> str | None:
        v = row.get(field)
        if v is None and optional:
            return None
        if not isinstance(v, str):
            self.fail(where, field, "must be text", v)
        if len(v) > MAX_TEXT:
            self.fail(where, field, f"is longer than {MAX_TEXT:,} characters", v)
        return v

    def index(self, row: dict, field: str, where: str, size: int, *, optional: bool = False) -> int | None:
        v = row.get(field)
        if v is None and optional:
            return None
        if not isinstance(v, int) or isinstance(v, bool) or not 0 <= v < size:
            self.fail(where, field, f"must be an index from 0 to {size - 1}", v)
        return v

    def confidence(self, row: dict, where: str) -> float:
        v = row.get("confidence")
        if v is None:
            return 0.0
        if not isinstance(v, Real) or isinstance(v, bool) or not math.isfinite(v) or not 0 <= v <= 1:
            self.fail(where, "confidence", "must be a number from 0 to 1", v)
        return float(v)

    def date(self, row: dict, where: str) -> str | None:
        v = row.get("date")
        if v is None:
            return None
        try:
            if not isinstance(v, str) or len(v) != 10:
                raise ValueError
            date.fromisoformat(v)
        except ValueError:
            self.fail(where, "date", "must be a date as YYYY-MM-DD", v)
        return v

    def choice(self, row: dict, field: str, where: str, allowed, *, optional: bool = False) -> str | None:
        v = row.get(field)
        if v is None and optional:
            return None
        if not isinstance(v, str) or v not in allowed:
            self.fail(where, field, f"must be one of {', '.join(sorted(allowed))}", v)
        return v


def _extractions(p: Path, data: dict) -> list:
    from explorer.records import Document, Entity, Extraction, Relation

    c = _Check(p)
    kinds, types = set(ontology.kinds()), set(ontology.relation_types())
    docs = c.table(data, "docs", DOC_FIELDS)
    nodes = c.table(data, "nodes", NODE_FIELDS[:4])
    ev_names = data.get("evidence_fields")
    if not isinstance(ev_names, list) or not all(isinstance(f, str) for f in ev_names):
        raise InputError(f"{p}: the snapshot's 'evidence_fields' list is missing or damaged")
    for i, d in enumerate(docs):
        for f in DOC_FIELDS:
            c.text(d, f, f"document {i}")
    entities: dict[int, Entity] = {}
    for i, n in enumerate(nodes):
        where = f"node {i}"
        node_id = n.get("id")
        if not isinstance(node_id, (str, int)) or isinstance(node_id, bool) or str(node_id) == "":
            c.fail(where, "id", "must be text or a whole number", node_id)
        if isinstance(node_id, str):
            c.text(n, "id", where)
        kind = c.choice(n, "kind", where, kinds)
        name = c.text(n, "name", where) or str(node_id)
        entities[i] = Entity(id=str(node_id), name=name, kind=kind, name_ar=c.text(n, "name_ar", where), known=False)

    by_doc: dict[str, list[tuple]] = {}
    for i, e in enumerate(c.table(data, "edges", ("source", "target", "evidence"))):
        where = f"edge {i}"
        if e.get("extra") == 1:
            continue  # a neighbour outside the view, carried for a double-click: not part of the view
        u = c.index(e, "source", where, len(nodes))
        v = c.index(e, "target", where, len(nodes))
        if not isinstance(e["evidence"], list):
            c.fail(where, "evidence", "must be a list", e["evidence"])
        for j, raw in enumerate(e["evidence"]):
            ew = f"edge {i}, evidence {j}"
            ev = c.row(ev_names, raw, ew)
            rel = {
                "type": c.choice(ev, "type", ew, types),
                "sentence": c.text(ev, "sentence", ew) or "",
                "date": c.date(ev, ew),
                "confidence": c.confidence(ev, ew),
                "lang": c.choice(ev, "lang", ew, LANGS, optional=True),
                "trigger": c.text(ev, "trigger", ew) or "",
            }
            d = c.index(ev, "doc", ew, len(docs), optional=True)
            doc = docs[d] if d is not None else {}
            key = doc.get("id") or f"{doc.get('title') or ''}:{doc.get('source') or ''}"
            by_doc.setdefault(str(key), []).append((u, v, rel, doc))

    batch = []
    for key, rels in by_doc.items():
        sentences = list(dict.fromkeys(r["sentence"] for _, _, r, _ in rels))
        starts, pos = {}, 0
        for s in sentences:
            starts[s] = pos
            pos += len(s) + 1
        text = "\n".join(sentences)
        doc_info = rels[0][3]
        dates = sorted(r["date"] for _, _, r, _ in rels if r["date"])
        langs = [r["lang"] for _, _, r, _ in rels if r["lang"]]
        used = {x for u, v, _, _ in rels for x in (u, v)}
        relations = [
            Relation(source=entities[u].id, target=entities[v].id, type=r["type"], sentence=r["sentence"],
                     start=starts[r["sentence"]], end=starts[r["sentence"]] + len(r["sentence"]), date=r["date"],
                     confidence=r["confidence"], method="snapshot", trigger=r["trigger"])
            for u, v, r, _ in rels
        ]  # fmt: skip
        digest = hashlib.sha256(f"{key}\n{text}".encode("utf-8", "surrogatepass")).hexdigest()
        document = Document(
            id=f"{PREFIX}{digest}", text=text, title=str(doc_info.get("title") or ""),
            source=str(doc_info.get("source") or ""), date=dates[0] if dates else None,
            date_source="metadata" if dates else "none", lang=langs[0] if langs else "en",
            path=f"{PREFIX}{p.name}",
        )  # fmt: skip
        batch.append(Extraction(document=document, entities=[entities[i] for i in sorted(used)], relations=relations))
    return batch
