"""A tiny deterministic stand-in for the real extractor, importable by worker processes.

It finds a handful of actors by name and links every two actors of a sentence that holds a meeting
verb, keeping the sentence as evidence, like the real extractor does. `Slow(seconds)` is the same
extractor taking that long per document (for the kill and concurrency tests); a text containing
EXPLODE makes it raise, KILLWORKER kills the worker process it runs in.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import time

from explorer.records import Document, Entity, Extraction, Mention, Relation

ACTORS = {
    "Lavrov": ("person:sergei-lavrov", "person", "Sergei Lavrov"),
    "لافروف": ("person:sergei-lavrov", "person", "Sergei Lavrov"),
    "Russia": ("state:rus", "state", "Russia"),
    "روسيا": ("state:rus", "state", "Russia"),
    "Turkey": ("state:tur", "state", "Turkey"),
    "تركيا": ("state:tur", "state", "Turkey"),
    "Iran": ("state:irn", "state", "Iran"),
    "إيران": ("state:irn", "state", "Iran"),
    "Geneva": ("place:geneva", "place", "Geneva"),
    "جنيف": ("place:geneva", "place", "Geneva"),
    "envoy": ("person:un-envoy", "person", "UN envoy"),
    "المبعوث": ("person:un-envoy", "person", "UN envoy"),
}
TRIGGERS = ("met", "meets", "talks", "agreed", "التقى", "بحث", "اتفق", "محادثات", "اجتماع")
_SENT = re.compile(r"[^.!?؟\n]+[.!?؟]?")
_NAMES = re.compile("|".join(sorted(map(re.escape, ACTORS), key=len, reverse=True)))


class Slow:
    """The stub extractor, slowed down; picklable, so pool workers get it."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def __call__(self, doc: Document) -> Extraction:
        time.sleep(self.seconds)
        return extract(doc)


def extract(doc: Document, kb=None) -> Extraction:
    if "EXPLODE" in doc.text:
        raise ValueError("stub extractor was told to explode")
    if "KILLWORKER" in doc.text and multiprocessing.parent_process() is not None:
        os._exit(3)  # a crash no exception handler sees (a segfault, the OOM killer)
    entities: dict[str, Entity] = {}
    relations: list[Relation] = []
    for s in _SENT.finditer(doc.text):
        found = []
        for m in _NAMES.finditer(doc.text, s.start(), s.end()):
            eid, kind, name = ACTORS[m.group(0)]
            e = entities.setdefault(eid, Entity(id=eid, name=name, kind=kind))
            e.mentions.append(Mention(m.group(0), m.start(), m.end()))
            if eid not in found:
                found.append(eid)
        if len(found) >= 2 and any(t in s.group(0) for t in TRIGGERS):
            relations.append(
                Relation(found[0], found[1], "meets", s.group(0).strip(), s.start(), s.end(), doc.date, 0.5)
            )
    return Extraction(doc, list(entities.values()), relations)


class Busy:
    """The stub extractor burning `seconds` of CPU per document (benchmarks of the pipeline itself)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def __call__(self, doc: Document) -> Extraction:
        end = time.process_time() + self.seconds
        while time.process_time() < end:
            pass
        return extract(doc)
