"""Fixtures for the ingest tests: the fixture folder, the stub extractor, store snapshots."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent / "fixtures" / "ingest"
if str(HERE) not in sys.path:  # worker processes import the stub extractor by module name
    sys.path.insert(0, str(HERE))

import ingest_stub  # noqa: E402


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def stub():
    return ingest_stub.extract


def write_corpus(folder: Path, n: int, *, start: int = 0) -> list[Path]:
    """n short articles, alternately English and Arabic, each unique, dated by a dateline."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        day = i % 28 + 1
        if i % 2:
            text = (f"موسكو ــ {day} تموز 2016: التقى لافروف المبعوث في جنيف لبحث العلاقات بين روسيا وتركيا "
                    f"(المقال رقم {i}).\n\nوأكدت إيران دعمها للمحادثات.")
        else:
            text = (f"MOSCOW, July {day}, 2016 - Lavrov met the envoy in Geneva about Russia and Turkey "
                    f"(article {i}).\n\nIran backed the talks.")
        p = folder / f"{i:05d}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def snapshot(db: Path) -> dict[str, set]:
    """Everything a store holds, without row ids or timestamps: equal snapshots, equal stores."""
    con = sqlite3.connect(db)
    try:
        return {
            "documents": set(con.execute(
                "SELECT id, path, title, source, url, date, date_source, lang, text FROM documents")),
            "entities": set(con.execute("SELECT id, name, name_ar, kind, known, aliases FROM entities")),
            "mentions": set(con.execute("SELECT doc_id, entity_id, start, end, text FROM mentions")),
            "relations": set(con.execute(
                "SELECT doc_id, source, target, type, sentence, sent_start, sent_end, date, confidence, method,"
                " trigger FROM relations")),
        }
    finally:
        con.close()
