"""A tiny deterministic extractor and corpus for the store tests (importable by worker processes).

Article i says "Alpha met Beta{i % 7} in Gamma (article i)." and yields three entities, three mentions
and one relation, so counts after any mix of runs are easy to predict.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from explorer.ingest.document import make_document
from explorer.records import Document, Entity, Extraction, Mention, Relation

_WORD = re.compile(r"Alpha|Beta\d|Gamma")


def write_corpus(folder: Path, numbers: range) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in numbers:
        text = f"GENEVA, July {i % 28 + 1}, 2016 - Alpha met Beta{i % 7} in Gamma (article {i})."
        (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
    return folder


def extract(doc: Document, kb=None) -> Extraction:
    entities: dict[str, Entity] = {}
    for m in _WORD.finditer(doc.text):
        word = m.group(0)
        kind = {"A": "person", "B": "state", "G": "place"}[word[0]]
        e = entities.setdefault(f"{kind}:{word.lower()}", Entity(f"{kind}:{word.lower()}", word, kind))
        e.mentions.append(Mention(word, m.start(), m.end()))
    beta = next(e for e in entities.values() if e.kind == "state")
    relations = [Relation("person:alpha", beta.id, "meets", doc.text, 0, len(doc.text), doc.date, 0.9)]
    return Extraction(doc, list(entities.values()), relations)


class Slow:
    """`extract`, taking `seconds` per article (to be killed or overlapped mid-run)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def __call__(self, doc: Document, kb=None) -> Extraction:
        time.sleep(self.seconds)
        return extract(doc)


def extraction(i: int) -> Extraction:
    """Article i as an extraction, without reading a file."""
    text = f"GENEVA, July {i % 28 + 1}, 2016 - Alpha met Beta{i % 7} in Gamma (article {i})."
    return extract(make_document(text, path=f"{i:05d}.txt", title=f"Article {i}", date="2016-07-01", lang="en"))


if __name__ == "__main__":  # python store_stub.py TARGET FOLDER SECONDS [ENGINE]: one ingest run
    import sys

    from store_stub import Slow as Picklable  # by module name, so Dask's spawned workers can load it

    from explorer.ingest.run import ingest_paths
    from explorer.store import open_store

    target, folder, seconds = sys.argv[1], Path(sys.argv[2]), float(sys.argv[3])
    engine = sys.argv[4] if len(sys.argv) > 4 else "local"
    with open_store(target) as store:
        r = ingest_paths([folder], store, extractor=Picklable(seconds), workers=2, batch_size=10, engine=engine)
    print("DONE", r.ingested, r.duplicates, len(r.failed), flush=True)
