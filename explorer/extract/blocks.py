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
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import overload

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


class MentionArray(Sequence[Mention]):
    """An entity's mentions across a long text, packed: offsets in two arrays of integers and an index into
    one list of distinct texts, about 20 bytes a mention instead of about 120 for a Mention and its two
    integers (a 20 MB article has a million mentions, held until they are stored). Reads as a list of
    Mention: iterating, indexing, len() and comparing with a list give what the list would."""

    def __init__(self, texts: list[str], index: dict[str, int]) -> None:
        self._texts, self._index = texts, index  # shared by all entities of one merge
        self._which, self._starts, self._ends = array("I"), array("q"), array("q")

    def append(self, m: Mention) -> None:
        k = self._index.get(m.text)
        if k is None:
            k = self._index[m.text] = len(self._texts)
            self._texts.append(m.text)
        self._which.append(k)
        self._starts.append(m.start)
        self._ends.append(m.end)

    def extend(self, mentions: Iterable[Mention]) -> None:
        for m in mentions:
            self.append(m)

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, i: int) -> Mention: ...
    @overload
    def __getitem__(self, i: slice) -> list[Mention]: ...
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        return Mention(self._texts[self._which[i]], self._starts[i], self._ends[i])

    def __iter__(self) -> Iterator[Mention]:
        texts = self._texts
        for k, s, e in zip(self._which, self._starts, self._ends, strict=True):
            yield Mention(texts[k], s, e)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (MentionArray, list, tuple)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # (mutable, like a list)

    def __repr__(self) -> str:
        return f"MentionArray({list(self)!r})"


class Merge:
    """The extractions of a document's blocks, added in block order, put back together as one."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.entities: dict[str, Entity] = {}
        self.relations: dict[tuple, Relation] = {}
        self.texts: list[str] = []  # one string per distinct mention text: the same names recur a million times
        self.index: dict[str, int] = {}

    def add(self, part: Extraction, start: int) -> None:
        for e in part.entities:
            known = self.entities.get(e.id)
            if known is None:
                known = self.entities[e.id] = dataclasses.replace(
                    e, mentions=MentionArray(self.texts, self.index), aliases=list(e.aliases)
                )
            else:
                known.aliases.extend(a for a in e.aliases if a not in known.aliases)
            known.mentions.extend(Mention(m.text, m.start + start, m.end + start) for m in e.mentions)
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
