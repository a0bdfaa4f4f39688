"""Decisions a researcher makes about the extractor's output, as plain values with stable keys.

A decision names its target by what does not change when a document is ingested again or a new
extractor version runs: a relation by its document hash, sentence offsets, entity ids and type
(`relation_key`), an actor or agreement by its entity id, a document by its hash. Each decision fills
one *slot* (the verdict on a relation, the name of an actor, the date of a document, ...): when two
decisions fill the same slot, the later one wins and both stay in the log.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from explorer import ontology
from explorer.errors import ExplorerError

STATES = ("unreviewed", "confirmed", "rejected")

# action -> (what it targets, the slot it fills, a one-line description for errors and --help)
ACTIONS: dict[str, tuple[str, str, str]] = {
    "confirm": ("relation", "verdict", "the relation is right"),
    "reject": ("relation", "verdict", "the relation is wrong: hidden unless rejected ones are shown"),
    "unreview": ("relation", "verdict", "take back a confirm or reject"),
    "set_type": ("relation", "type", "change the relation type"),
    "set_ends": ("relation", "ends", "change the direction or re-attach an end to another actor"),
    "add_relation": ("relation", "added", "a relation added by hand from a sentence of a stored document"),
    "merge": ("entity", "merge", "merge this actor or agreement into another"),
    "split": ("entity", "merge", "undo a merge: the entity stands on its own again"),
    "rename": ("entity", "name", "set the English and/or Arabic name"),
    "alias": ("entity", "alias", "add an alias"),
    "set_kind": ("entity", "kind", "set the kind (person, state, ...)"),
    "set_date": ("document", "date", "set the document's date, with its precision"),
    "set_title": ("document", "title", "set the document's title"),
    "set_outlet": ("document", "outlet", "set the document's outlet (source)"),
    "exclude": ("document", "exclude", "leave the document out of every view"),
    "include": ("document", "exclude", "take back an exclusion"),
}
VERDICT = {"confirm": "confirmed", "reject": "rejected", "unreview": "unreviewed"}
PRECISIONS = ("day", "month", "year")


def relation_key(doc_id: str, start: int, end: int, source: str, target: str, type_: str) -> str:
    """The stable id of an extracted relation: the same sentence, ends and type give the same id.

    >>> k = relation_key("ab" * 32, 0, 10, "person:a", "person:b", "meets")
    >>> k == relation_key("ab" * 32, 0, 10, "person:a", "person:b", "meets"), k[:2], len(k)
    (True, 'r-', 18)
    """
    raw = f"{doc_id}|{int(start)}|{int(end)}|{source}|{target}|{type_}"
    return "r-" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def now() -> str:
    """UTC time with microseconds: decisions sort by it, and a colleague's log merges by it."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True)
class Decision:
    """One entry of the review log. `target` is a relation key, an entity id or a document hash."""

    action: str
    target: str
    value: dict = field(default_factory=dict)
    reviewer: str = "anonymous"
    at: str = ""
    note: str = ""

    @property
    def uid(self) -> str:
        """Identity of the decision's effect: the same action, target and value is the same decision."""
        raw = json.dumps([self.action, self.target, self.value], sort_keys=True, ensure_ascii=False)
        return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:20]

    @property
    def slot(self) -> tuple[str, str, str]:
        """What the decision sets; decisions on one slot override each other (the later wins)."""
        kind, slot, _ = ACTIONS[self.action]
        extra = str(self.value.get("alias", "")) if slot == "alias" else ""
        return (slot, self.target, extra)

    @property
    def target_kind(self) -> str:
        return ACTIONS[self.action][0]

    def to_json(self) -> dict:
        return {"at": self.at, "reviewer": self.reviewer, "action": self.action, "target": self.target,
                "value": self.value, "note": self.note}

    @classmethod
    def from_json(cls, obj: object, *, where: str = "decision") -> Decision:
        """A decision from one JSON object; a clear error naming `where` and the field when it is malformed."""
        if not isinstance(obj, dict):
            raise ExplorerError(f"{where}: a decision must be a JSON object, not {type(obj).__name__}")
        for k in ("at", "reviewer", "action", "target"):
            if not isinstance(obj.get(k), str) or not obj.get(k):
                raise ExplorerError(f"{where}: field {k!r} is missing or not a string")
        value = obj.get("value") or {}
        if not isinstance(value, dict):
            raise ExplorerError(f"{where}: field 'value' must be an object")
        note = obj.get("note") or ""
        if not isinstance(note, str):
            raise ExplorerError(f"{where}: field 'note' must be a string")
        d = cls(obj["action"], obj["target"], value, obj["reviewer"], obj["at"], note)
        try:
            validate(d)
        except ExplorerError as e:
            raise ExplorerError(f"{where}: {e}") from None
        return d


def validate(d: Decision) -> None:
    """The decision's own shape (known action, sound value); whether its target exists is checked by the log."""
    if d.action not in ACTIONS:
        raise ExplorerError(f"no review action {d.action!r}; known actions: {', '.join(ACTIONS)}")
    if d.at and not re.fullmatch(r"\d{4}-\d\d-\d\dT[\d:.]+Z?", d.at):
        raise ExplorerError(f"time {d.at!r} is not an ISO time like 2026-12-03T22:41:00Z")
    v = d.value
    if d.action == "set_type":
        ontology.check_relation_type(_str(v, "type"))
    elif d.action == "set_ends":
        _str(v, "source"), _str(v, "target")
        if v["source"] == v["target"]:
            raise ExplorerError("a relation needs two different ends")
    elif d.action == "add_relation":
        for k in ("doc_id", "source", "target", "type"):
            _str(v, k)
        ontology.check_relation_type(v["type"])
        for k in ("start", "end"):
            if not isinstance(v.get(k), int) or v[k] < 0:
                raise ExplorerError(f"add_relation needs a sentence offset {k!r} (a whole number)")
        if v["end"] <= v["start"]:
            raise ExplorerError("add_relation: the sentence ends before it starts")
        if v["source"] == v["target"]:
            raise ExplorerError("a relation needs two different ends")
        if relation_key(v["doc_id"], v["start"], v["end"], v["source"], v["target"], v["type"]) != d.target:
            raise ExplorerError("add_relation: the target is not the key of the relation it adds")
    elif d.action == "merge":
        if _str(v, "into") == d.target:
            raise ExplorerError(f"cannot merge {d.target} into itself")
    elif d.action == "rename":
        if not (v.get("name") or v.get("name_ar")):
            raise ExplorerError("rename needs a name or an Arabic name")
    elif d.action == "alias":
        _str(v, "alias")
    elif d.action == "set_kind":
        ontology.check_kind(_str(v, "kind"))
    elif d.action == "set_date":
        parse_precise_date(_str(v, "date"), v.get("precision"))
    elif d.action in ("set_title", "set_outlet"):
        _str(v, "title" if d.action == "set_title" else "outlet")


def _str(v: dict, key: str) -> str:
    if not isinstance(v.get(key), str) or not v[key].strip():
        raise ExplorerError(f"missing {key!r} (a non-empty text)")
    return v[key]


def parse_precise_date(text: str, precision: str | None = None) -> tuple[str, str]:
    """'2016', '2016-07' or '2016-07-19' → (first day as YYYY-MM-DD, 'year' | 'month' | 'day').

    >>> parse_precise_date("2016-07")
    ('2016-07-01', 'month')
    """
    t = str(text).strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", t)
    if not m:
        raise ExplorerError(f"date {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    y, mo, dd = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    try:
        day = date(y, mo, dd)
    except ValueError:
        raise ExplorerError(f"date {text!r} does not exist") from None
    found = "day" if m[3] else "month" if m[2] else "year"
    if precision is not None and precision not in PRECISIONS:
        raise ExplorerError(f"precision {precision!r} is not one of {', '.join(PRECISIONS)}")
    p = precision or found
    if PRECISIONS.index(p) < PRECISIONS.index(found):
        raise ExplorerError(f"date {text!r} is not precise to the {p}")
    return day.isoformat(), p
