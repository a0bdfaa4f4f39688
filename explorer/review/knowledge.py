"""A researcher's own knowledge: a YAML file next to the store, merged into the knowledge base.

    graphs/diplograph.db  →  graphs/diplograph.kb.yaml

    actors:
      - id: person:jane-roe
        name: Jane Roe
        name_ar: جين رو
        kind: person            # person, state, organization or armed_group
        aliases: [J. Roe]
        aliases_ar: [رو]
        roles:
          - {office: envoy, of: org:un, to: state:yem, start: "2019-02", end: null}
    agreements:
      - id: agr:hodeidah-truce
        name: Hodeidah truce
        name_ar: هدنة الحديدة
        type: truce
        date: "2018-12-18"
        parties: [group:houthis, state:yem]

An entry whose id is already in the curated knowledge base adds to it (aliases, roles, parties) and
replaces the fields it gives. Every problem is reported with the file, line and field, before anything
is extracted.
"""

from __future__ import annotations

import copy
import functools
from dataclasses import dataclass
from pathlib import Path

import yaml

from explorer.errors import ExplorerError
from explorer.kb import KnowledgeBase, load_records, parse_kb_date

ACTOR_KINDS = ("person", "state", "organization", "armed_group")
SECTION_OF_KIND = {"person": "people", "state": "states", "organization": "organizations",
                   "armed_group": "organizations"}
LISTS = ("aliases", "aliases_ar", "roles", "parties", "members", "demonyms", "demonyms_ar")
FIELDS = {
    "actors": {"id", "name", "name_ar", "kind", "aliases", "aliases_ar", "roles", "nationality", "parent", "state",
               "members", "demonyms", "demonym_ar", "demonyms_ar", "capital", "capital_ar", "iso", "iso3", "note"},
    "agreements": {"id", "name", "name_ar", "type", "date", "parties", "aliases", "aliases_ar", "number", "about",
                   "note"},
}
ROLE_FIELDS = {"office", "of", "to", "start", "end"}


def overlay_path(db_path: str | Path) -> Path:
    """Where a store's knowledge file lives: beside it, with the store's name and `.kb.yaml`."""
    p = Path(db_path)
    return p.with_name(p.stem + ".kb.yaml")


@dataclass
class Entry:
    section: str  # actors | agreements
    record: dict
    line: int


def read_overlay(path: str | Path) -> list[Entry]:
    """The file's entries, checked; the first problem raises an error naming file, line and field."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise ExplorerError(f"{path}: cannot read the knowledge file ({e})") from None
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise ExplorerError(f"{path}{where}: not valid YAML ({getattr(e, 'problem', None) or e})") from None
    if root is None:
        return []
    loader = yaml.SafeLoader("")

    def fail(node, msg: str):
        raise ExplorerError(f"{path}:{node.start_mark.line + 1}: {msg}")

    if not isinstance(root, yaml.MappingNode):
        fail(root, "the file must be a mapping with the keys actors and agreements")
    entries = []
    for key, seq in root.value:
        if key.value not in FIELDS:
            fail(key, f"unknown section {key.value!r}; use actors or agreements")
        if not isinstance(seq, yaml.SequenceNode):
            fail(seq, f"{key.value} must be a list of entries")
        for item in seq.value:
            if not isinstance(item, yaml.MappingNode):
                fail(item, f"each entry of {key.value} must be a mapping (id: ..., name: ...)")
            record = {}
            for k, v in item.value:
                if k.value not in FIELDS[key.value]:
                    known = ", ".join(sorted(FIELDS[key.value]))
                    fail(k, f"field {k.value!r} is not known in {key.value}; known: {known}")
                record[k.value] = loader.construct_object(v, deep=True)
                _check_field(key.value, k.value, record[k.value], v, fail)
            for required in ("id", "name") if key.value == "agreements" else ("id", "name", "kind"):
                if not record.get(required) and not (required != "id" and _extends(record)):
                    fail(item, f"field {required!r} is missing")
            entries.append(Entry(key.value, record, item.start_mark.line + 1))
    return entries


def _extends(record: dict) -> bool:
    """An entry may leave out name and kind when it only adds to an entity of the curated knowledge base."""
    return bool(record.get("id")) and record["id"] in _base_ids()


@functools.lru_cache(maxsize=1)
def _base_records() -> dict[str, list[dict]]:
    return load_records()


@functools.lru_cache(maxsize=1)
def _base_ids() -> frozenset[str]:
    return frozenset(r["id"] for items in _base_records().values() for r in items or [])


def _check_field(section: str, name: str, value, node, fail) -> None:
    if name in LISTS:
        if not isinstance(value, list):
            fail(node, f"field {name!r} must be a list")
        if name == "roles":
            for role, rnode in zip(value, node.value, strict=True):
                if not isinstance(role, dict):
                    fail(rnode, "each role must be a mapping {office, of, to, start, end}")
                extra = set(role) - ROLE_FIELDS
                if extra:
                    fail(rnode, f"role field {sorted(extra)[0]!r} is not known; use office, of, to, start, end")
                if not role.get("office"):
                    fail(rnode, "field 'office' of a role is missing")
                for k in ("start", "end"):
                    _date(role.get(k), rnode, fail, f"role {k}")
        elif not all(isinstance(x, str) and x.strip() for x in value):
            fail(node, f"field {name!r} must be a list of texts")
    elif name == "kind":
        if value not in ACTOR_KINDS:
            fail(node, f"field 'kind' is {value!r}; use one of {', '.join(ACTOR_KINDS)}")
    elif name == "date":
        _date(value, node, fail, "field 'date'")
    elif name == "id":
        if not isinstance(value, str) or ":" not in value:
            fail(node, f"field 'id' must look like kind:slug (person:jane-roe), not {value!r}")
    elif name in ("name", "name_ar") and not (isinstance(value, str) and value.strip()):
        fail(node, f"field {name!r} must be a text")


def _date(value, node, fail, what: str) -> None:
    try:
        parse_kb_date(value)
    except (ValueError, TypeError):
        fail(node, f"{what} {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")


def merged_records(entries: list[Entry], base: dict[str, list[dict]] | None = None) -> dict[str, list[dict]]:
    """The curated records with the researcher's entries merged in (new entities added, known ones extended)."""
    records = copy.deepcopy(base if base is not None else _base_records())
    by_id = {r["id"]: r for items in records.values() for r in items or []}
    for e in entries:
        rec = {k: v for k, v in e.record.items() if k != "note"}
        old = by_id.get(rec["id"])
        if old is not None:
            for k, v in rec.items():
                if k in LISTS:
                    old[k] = list(dict.fromkeys([*(old.get(k) or []), *v]))
                elif k != "kind" or old.get("kind"):
                    old[k] = v
            continue
        if e.section == "agreements":
            section = "agreements"
        else:
            section = SECTION_OF_KIND[rec["kind"]]
            if section != "organizations":
                rec.pop("kind")
        records.setdefault(section, []).append(rec)
        by_id[rec["id"]] = rec
    known = set(by_id)
    for e in entries:
        refs = [("parties", p) for p in e.record.get("parties") or []]
        refs += [(f"role {k}", r.get(k)) for r in e.record.get("roles") or [] for k in ("of", "to") if r.get(k)]
        for what, ref in refs:
            if ref not in known:
                raise ExplorerError(f"entry {e.record['id']!r} (line {e.line}): {what} {ref!r} is not a known id")
    return records


def load_kb_with(path: str | Path | None) -> KnowledgeBase:
    """The knowledge base the extractor gets: the curated one, plus the researcher's file when it exists."""
    from explorer.kb import load_kb

    if path is None or not Path(path).exists():
        return load_kb()
    p = Path(path)
    return _cached(str(p.resolve()), p.stat().st_mtime_ns)


@functools.lru_cache(maxsize=4)
def _cached(path: str, mtime: int) -> KnowledgeBase:
    entries = read_overlay(path)
    try:
        return KnowledgeBase(merged_records(entries))
    except ExplorerError as e:
        raise ExplorerError(f"{path}: {e}") from None


def extractor_for(db_path: str | Path | None, kb_file: str | Path | None = None):
    """The extractor with the store's knowledge file merged in, or None (the default) when there is none."""
    from explorer.store import is_url

    if not kb_file and (db_path is None or is_url(str(db_path))):
        return None  # a PostgreSQL store has no folder: name the file with --kb
    path = Path(kb_file) if kb_file else overlay_path(db_path)
    if kb_file and not path.exists():
        raise ExplorerError(f"{path}: no such knowledge file")
    if not path.exists():
        return None
    from explorer.extract import extract

    return functools.partial(extract, kb=load_kb_with(path))

