"""Very long articles are extracted in bounded blocks, with every offset kept into the whole text.

News articles are a few thousand characters; a 20 MB "article" (a book, a dump saved as one line) would
make the extractor's time and memory grow with the square of its length. Such a text is cut into blocks
of about BLOCK_CHARS characters at paragraph breaks (else sentence ends, else spaces), each block is
extracted as a document of its own, and the results are put back together: mentions and relation
sentences are shifted by the block's start, the same actor found in several blocks is one entity, and
as for a whole document one relation is kept per (source, target, type), the most confident.
A relation between actors named in two different blocks is not found: at this size that is the price
of finishing at all.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator

from explorer.records import Document, Entity, Extraction, Mention, Relation

BLOCK_CHARS = 30_000
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?؟։।。][\"'»”)]*\s"), re.compile(r"\s"))


def block_spans(text: str, size: int = BLOCK_CHARS) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive blocks covering `text`, each at most `size` characters, cut at the
    strongest break in the block's second half.

    >>> list(block_spans("aaaa. bbbb. cccc.", size=8))
    [(0, 6), (6, 12), (12, 17)]
    """
    n = len(text)
    start = 0
    while start < n:
        end = min(n, start + size)
        if end < n:
            window_start = start + size // 2
            for pattern in _BREAKS:
                cut = None
                for m in pattern.finditer(text, window_start, end):
                    cut = m.end()
                if cut is not None and cut > start:
                    end = cut
                    break
        yield start, end
        start = end


def block_documents(doc: Document, size: int = BLOCK_CHARS) -> Iterator[tuple[int, Document]]:
    """(start, the block as a document of its own) for each block of `doc` that holds any text."""
    for start, end in block_spans(doc.text, size):
        text = doc.text[start:end]
        if not text.isspace():
            yield start, dataclasses.replace(doc, text=text)


class Merge:
    """The extractions of a document's blocks, added in block order, put back together as one."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.entities: dict[str, Entity] = {}
        self.relations: dict[tuple, Relation] = {}
        self.texts: dict[str, str] = {}  # one string per distinct mention text: the same names recur a million times

    def add(self, part: Extraction, start: int) -> None:
        texts = self.texts
        for e in part.entities:
            moved = [Mention(texts.setdefault(m.text, m.text), m.start + start, m.end + start) for m in e.mentions]
            known = self.entities.get(e.id)
            if known is None:
                self.entities[e.id] = dataclasses.replace(e, mentions=moved, aliases=list(e.aliases))
            else:
                known.mentions.extend(moved)
                known.aliases.extend(a for a in e.aliases if a not in known.aliases)
        for r in part.relations:
            key = (r.source, r.target, r.type)
            if key not in self.relations or self.relations[key].confidence < r.confidence:
                self.relations[key] = dataclasses.replace(r, start=r.start + start, end=r.end + start)

    def result(self) -> Extraction:
        return Extraction(self.doc, list(self.entities.values()), list(self.relations.values()))


def extract_in_blocks(fn: Callable[[Document], Extraction], doc: Document, size: int = BLOCK_CHARS) -> Extraction:
    """`fn(doc)` for a text of any length: directly when it fits in one block, else block by block."""
    if len(doc.text) <= size:
        return fn(doc)
    merge = Merge(doc)
    for start, block in block_documents(doc, size):
        merge.add(fn(block), start)
    return merge.result()
