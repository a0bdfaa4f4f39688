"""The synthetic corpus: realistic, deterministic, dated where it says; and the real extractor in a pool."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest
from conftest import snapshot

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.synth import generate  # noqa: E402
from explorer.ingest.readers import read_path  # noqa: E402
from explorer.ingest.run import ingest_paths  # noqa: E402
from explorer.records import Document  # noqa: E402
from explorer.store import open_store  # noqa: E402


@pytest.fixture(scope="module")
def synth(tmp_path_factory) -> tuple[Path, list[Path]]:
    out = tmp_path_factory.mktemp("synth")
    return out, generate(80, out, seed=3)


def test_generate_is_deterministic(synth, tmp_path):
    out, paths = synth
    again = generate(80, tmp_path, seed=3)
    assert [p.relative_to(tmp_path) for p in again] == [p.relative_to(out) for p in paths]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(again, paths, strict=True))
    other = generate(5, tmp_path / "other", seed=4)
    assert other[0].read_bytes() != paths[0].read_bytes()


def test_synthetic_articles_read_cleanly_with_the_dates_they_carry(synth):
    out, paths = synth
    items = list(read_path(out))
    docs = [d for d in items if isinstance(d, Document)]
    assert len(docs) == len(items) == 80
    assert 25 <= Counter(d.lang for d in docs)["ar"] <= 55
    assert {p.suffix for p in paths} == {".txt", ".md", ".html"}
    sources = Counter(d.date_source for d in docs)
    assert sources["dateline"] >= 40 and sources["none"] <= 10 and sources["filename"] >= 1
    for d in docs:
        year_folder = Path(d.path).parent.name  # the generator files each article under its year
        if d.date:
            assert d.date[:4] == year_folder, (d.path, d.date, d.date_source)
            assert "2011" <= d.date[:4] <= "2024"
    assert len({d.id for d in docs}) == 80
    assert all(len(d.text) > 600 for d in docs)


def test_triggers_and_roles_are_real(synth):
    out, _ = synth
    texts = [d.text for d in read_path(out)]
    assert any("التقى" in t or "أجرى" in t or "وصل" in t for t in texts)
    assert any(" met " in t or "phone call" in t or "arrived in" in t for t in texts)


@pytest.mark.slow
def test_the_real_extractor_in_a_process_pool(synth, tmp_path):
    pytest.importorskip("explorer.extract.pipeline")
    out, _ = synth
    with open_store(tmp_path / "s.db") as store:
        report = ingest_paths([out], store, workers=2)
        stats = store.stats()
    assert report.ok and report.ingested == stats["documents"] == 80
    assert stats["relations"] > 80 and stats["actors"] > 20
    with open_store(tmp_path / "serial.db") as store:
        ingest_paths([out], store, workers=1)
    assert snapshot(tmp_path / "s.db") == snapshot(tmp_path / "serial.db")
