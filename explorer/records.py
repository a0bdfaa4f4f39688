"""Plain frozen records passed between stages; pandas appears only at display and export edges."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Document:
    """An article as read: `text` is what offsets point into."""

    id: str
    text: str
    title: str = ""
    source: str = ""
    url: str = ""
    date: str | None = None
    date_source: str = "none"  # metadata | front_matter | dateline | url | filename | path | review | none
    lang: str = "ar"
    path: str = ""
    date_precision: str | None = None  # day | month | year (a partial date is the first day of its period)


@dataclass(frozen=True, slots=True)
class Mention:  # slots: a 20 MB article has a million of them (56 bytes each instead of 350)
    text: str
    start: int
    end: int


@dataclass
class Entity:
    id: str
    name: str
    kind: str
    name_ar: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    known: bool = True  # False for actors discovered in the text, not in the knowledge base


@dataclass(frozen=True)
class Relation:
    source: str
    target: str
    type: str
    sentence: str
    start: int  # sentence offsets into Document.text
    end: int
    date: str | None
    confidence: float
    method: str = "trigger"
    trigger: str = ""


@dataclass
class Extraction:
    document: Document
    entities: list[Entity]
    relations: list[Relation]

    def to_json(self) -> dict:
        """The extraction JSON of ARCHITECTURE.md, exactly."""
        d = self.document
        return {
            "id": d.id,
            "path": d.path,
            "title": d.title,
            "date": d.date,
            "lang": d.lang,
            "entities": [
                {
                    "id": e.id,
                    "name": e.name,
                    "name_ar": e.name_ar,
                    "kind": e.kind,
                    "aliases": list(e.aliases),
                    "mentions": [{"text": m.text, "start": m.start, "end": m.end} for m in e.mentions],
                }
                for e in self.entities
            ],
            "relations": [
                {
                    "source": r.source,
                    "target": r.target,
                    "type": r.type,
                    "sentence": r.sentence,
                    "date": r.date,
                    "confidence": round(r.confidence, 3),
                }
                for r in self.relations
            ],
        }
