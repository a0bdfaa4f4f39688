"""Bounded by design: failure reports, decompression, CSV rows and long articles cost a bounded amount."""

from __future__ import annotations

import gzip
import json
import os
import random
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hostilekit import article, cli, counts, ingest_twice

from explorer.extract.blocks import block_spans, extract_in_blocks
from explorer.ingest import readers
from explorer.ingest.readers import Failure, read_path
from explorer.ingest.run import FAILURES_PER_FILE
from explorer.records import Document, Entity, Extraction, Mention, Relation


def _bad_lines(n: int, seed: int = 0, *, good_every: int = 0) -> bytes:
    """n malformed JSON lines that do not compress to nothing (so no ratio limit is what stops them), with
    the same good record every `good_every` lines (so the file is worth reading to its end)."""
    rnd = random.Random(seed)
    good = json.dumps({"text": article(7)}).encode() + b"\n"
    return b"".join(b'{"text": broken %d %d\n' % (rnd.randrange(10**9), i)
                    + (good if good_every and i % good_every == 0 else b"") for i in range(n))


@pytest.fixture(scope="module")
def baseline(tmp_path_factory) -> float:
    """Peak memory of the CLI ingesting one small article: what every run pays (interpreter, extractor, KB)."""
    folder = tmp_path_factory.mktemp("base")
    (folder / "a.txt").write_text(article(0), encoding="utf-8")
    r = cli("ingest", folder, "--db", folder / "s.db", "--quiet", "--workers", "1")
    assert r.returncode == 0, r.stderr
    return r.peak_mb


def _bad_zip_folder(folder: Path, n: int) -> Path:
    folder.mkdir()
    with zipfile.ZipFile(folder / "bad.zip", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("lines.jsonl", _bad_lines(n, good_every=9_000))
    (folder / "good.txt").write_text(article(1), encoding="utf-8")
    return folder


def test_bad_lines_are_counted_not_kept(tmp_path):
    """Python memory allocated while ingesting 200,000 bad lines (tracemalloc's peak) stays small: kept as
    Failure objects, as before, they took over 60 MB."""
    import tracemalloc

    from explorer.ingest.run import ingest_paths
    from explorer.store import open_store

    folder = _bad_zip_folder(tmp_path / "in", 200_000)
    with open_store(tmp_path / "s.db") as store:
        tracemalloc.start()
        try:
            report = ingest_paths([folder], store, extractor=lambda d: Extraction(d, [], []), workers=1)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert report.failure_count == 200_000 and len(report.failed) == FAILURES_PER_FILE
    assert peak < 5_000_000, peak


def test_bad_lines_cost_a_counter_not_memory(tmp_path):
    """The CLI on 400,000 bad lines: 20 lines for the file, then a count; under the 500 MB target."""
    n = 400_000
    first, second = ingest_twice(_bad_zip_folder(tmp_path / "in", n), tmp_path / "s.db")
    assert first.returncode == 1
    mine = [ln for ln in first.failed_lines if "bad.zip/lines.jsonl" in ln]
    assert len(mine) == FAILURES_PER_FILE + 1  # the listed ones, then one line with the count
    assert mine[-1].endswith(f"{n - FAILURES_PER_FILE:,} more failures not listed")
    assert f"failed {n} in" in first.stdout
    assert counts(tmp_path / "s.db")["documents"] == 2  # good.txt, and the good record (once: duplicates)
    assert first.peak_mb < 500, first.peak_mb


def test_a_file_of_nothing_but_bad_lines_is_given_up(tmp_path):
    p = tmp_path / "all-bad.jsonl"
    p.write_bytes(_bad_lines(50_000))
    items = list(read_path(p))
    assert len(items) == readers.HOPELESS + 1
    assert items[-1].line is None and items[-1].reason.startswith(
        f"the first {readers.HOPELESS:,} records all failed and none gave an article: not JSON lines")


def _bomb(path: Path, mb: int, *, line: bytes = b"{bad" + b"x" * 995 + b"}\n") -> None:
    chunk = line * (1_000_000 // len(line))
    with gzip.open(path, "wb", compresslevel=6) as g:
        g.write(json.dumps({"text": article(8)}).encode() + b"\n")  # one good record: worth reading on
        for _ in range(mb):
            g.write(chunk)


def test_a_gzip_bomb_stops_early_and_the_rest_is_stored(tmp_path, baseline):
    """60 MB of lines compressed 1000 to 1: refused past 10 MB, with the memory of a one-article ingest."""
    folder = tmp_path / "in"
    folder.mkdir()
    _bomb(folder / "bomb.jsonl.gz", 60)
    (folder / "z-good.txt").write_text(article(2), encoding="utf-8")
    first, _ = ingest_twice(folder, tmp_path / "s.db")
    [bomb] = [ln for ln in first.failed_lines if "bomb.jsonl.gz:" in ln and "expands more than" in ln]
    assert "decompression bomb" in bomb and "the rest is not read" in bomb
    assert counts(tmp_path / "s.db")["documents"] == 2
    assert first.peak_mb < baseline + 150, (first.peak_mb, baseline)


def test_a_zip_member_bomb_stops_early(tmp_path):
    p = tmp_path / "bomb.zip"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("inner.jsonl", "w") as f:
            f.write(json.dumps({"text": article(9)}).encode() + b"\n")
            for _ in range(40):
                f.write((b"{bad" + b"x" * 995 + b"}\n") * 1000)
        z.writestr("ok.txt", article(3))
    items = list(read_path(p))
    bombs = [f for f in items if isinstance(f, Failure) and "expands more than" in f.reason]
    assert len(bombs) == 1 and bombs[0].path.endswith("bomb.zip/inner.jsonl")
    assert sum(isinstance(x, Document) for x in items) == 2


def test_expansion_is_capped_even_at_a_plausible_ratio(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_EXPANDED", 2_000_000)
    p = tmp_path / "big.jsonl.gz"
    p.write_bytes(gzip.compress(_bad_lines(200_000, good_every=5_000)))
    reasons = [f.reason for f in read_path(p) if isinstance(f, Failure)]
    assert reasons[-1].startswith("expands to more than 0.002 GB")


def test_a_huge_csv_field_does_not_eat_the_next_row(tmp_path):
    """Scaled down from a 28 MB field under the 20 MB limit: a 60 kB quoted field under a 10 kB limit."""
    field = "\n".join(f"line {i} of a field that goes on and on" for i in range(1500))
    rows = ["text,date", f'"{field}",2016-01-01', '"The envoy met the council in Geneva.",2016-01-02',
            "The council met again in Vienna.,2016-01-03"]
    p = tmp_path / "big.csv"
    p.write_text("\n".join(rows) + "\n", encoding="utf-8")
    items = list(read_path(p, max_bytes=10_000))
    fails = [x for x in items if isinstance(x, Failure)]
    docs = [x for x in items if isinstance(x, Document)]
    assert [(f.line, f.reason) for f in fails] == [(2, "row is over the 0.01 MB limit")]
    assert [d.text for d in docs] == ["The envoy met the council in Geneva.", "The council met again in Vienna."]
    assert [d.path.rsplit(":", 1)[1] for d in docs] == ["1502", "1503"]


def test_a_quote_inside_an_unquoted_field_is_a_letter(tmp_path):
    p = tmp_path / "q.csv"
    p.write_text('text,date\nThe 5" screen showed the envoy.,2016-01-01\nThe council met.,2016-01-02\n',
                 encoding="utf-8")
    docs = [x for x in read_path(p) if isinstance(x, Document)]
    assert [d.text for d in docs] == ['The 5" screen showed the envoy.', "The council met."]


def test_long_articles_are_extracted_in_bounded_blocks_with_offsets_kept():
    sentences = [f"Lavrov met Kerry in Geneva on day {i}." for i in range(3000)]
    text = " ".join(sentences)  # one line, ~110 kB
    doc = Document(id="x", text=text, lang="en")
    seen: list[int] = []

    def fake(d: Document) -> Extraction:
        seen.append(len(d.text))
        s = d.text.index("Lavrov")
        e = d.text.index(".", s) + 1
        ents = [Entity("person:lavrov", "Lavrov", "person", mentions=[Mention("Lavrov", s, s + 6)]),
                Entity("person:kerry", "Kerry", "person")]
        rel = Relation("person:lavrov", "person:kerry", "meets", d.text[s:e], s, e, None, 0.5 + len(seen) / 1e4)
        return Extraction(d, ents, [rel])

    ex = extract_in_blocks(fake, doc, size=10_000)
    assert len(seen) > 10 and max(seen) <= 10_000
    assert len(ex.entities) == 2  # the same actor in every block is one entity
    lavrov = next(e for e in ex.entities if e.id == "person:lavrov")
    assert len(lavrov.mentions) == len(seen) and all(text[m.start:m.end] == "Lavrov" for m in lavrov.mentions)
    [rel] = ex.relations  # one per (source, target, type), the most confident, as for a whole document
    assert text[rel.start:rel.end] == rel.sentence and rel.confidence == 0.5 + len(seen) / 1e4
    spans = list(block_spans(text, 10_000))
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert all(text[s - 1] == " " for s, _ in spans[1:])  # cut at sentence ends, not inside words


def test_a_long_articles_mentions_read_as_a_list():
    """The merged mentions of a long text are packed (about 20 bytes each, not 120) but read as a list."""
    text = " ".join(f"Lavrov met Kerry on day {i}." for i in range(2000))
    doc = Document(id="x", text=text, lang="en")

    def fake(d: Document) -> Extraction:
        spans = [(k, k + 6) for k in range(len(d.text)) if d.text.startswith("Lavrov", k)]
        return Extraction(d, [Entity("person:lavrov", "Lavrov", "person", mentions=[Mention("Lavrov", s, e)
                                                                                    for s, e in spans])], [])

    ex = extract_in_blocks(fake, doc, size=5_000)
    mentions = ex.entities[0].mentions
    expected = [Mention("Lavrov", k, k + 6) for k in range(len(text)) if text.startswith("Lavrov", k)]
    assert len(mentions) == len(expected) == 2000
    assert list(mentions) == expected and mentions == expected and mentions[-1] == expected[-1]
    assert mentions[1:3] == expected[1:3]
    assert ex.to_json()["entities"][0]["mentions"][5] == {"text": "Lavrov", "start": expected[5].start,
                                                         "end": expected[5].end}


def test_extraction_workers_share_the_knowledge_base_loaded_before_they_fork(tmp_path):
    """The forkserver's preload loads the knowledge base and freezes it (so forked workers keep sharing its
    pages); run in a child process, as the forkserver runs it."""
    code = (
        "import gc\n"
        "import explorer.ingest.preload\n"
        "from explorer.kb import load_kb\n"
        "print(load_kb.cache_info().currsize, gc.get_freeze_count() > 100_000)\n"
    )
    root = Path(__file__).resolve().parents[2]
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=300,
                       env=dict(os.environ, PYTHONPATH=str(root)))
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["1", "True"]


def test_a_long_single_line_article_is_stored_with_valid_offsets(tmp_path):
    """The real extractor, through the CLI, on a 120 kB one-line article (four blocks)."""
    body = " ".join(f"Sergei Lavrov met John Kerry in Geneva to discuss the truce, round {i}." for i in range(1700))
    p = tmp_path / "long.txt"
    p.write_text("MOSCOW, July 3, 2016 - " + body, encoding="utf-8")
    r = cli("ingest", p, "--db", tmp_path / "s.db", "--quiet", "--workers", "1")
    assert r.returncode == 0, r.stdout + r.stderr
    con = sqlite3.connect(tmp_path / "s.db")
    text = con.execute("SELECT text FROM documents").fetchone()[0]
    rels = con.execute("SELECT sentence, sent_start, sent_end FROM relations").fetchall()
    assert rels and all(text[s:e] == sent for sent, s, e in rels)


def test_the_extract_command_cuts_a_long_article_into_blocks_too(tmp_path, monkeypatch):
    """`explorer extract` (and `reextract`, which call the extractor directly, not through ingest) on a
    one-line 100 kB article: the relation named only at its end is found, its names at their offsets."""
    filler = " ".join(f"The market in Aleppo opened on day {i} under a grey sky." for i in range(1800))
    p = tmp_path / "long.txt"
    p.write_text("GENEVA, March 3, 2016 - " + filler + " Sergei Lavrov met Staffan de Mistura in Geneva.",
                 encoding="utf-8")
    r = cli("extract", p, "--format", "json")
    assert r.returncode == 0, r.stderr
    [doc] = json.loads(r.stdout)["documents"]
    text = p.read_text(encoding="utf-8")
    [meets] = [x for x in doc["relations"] if x["type"] == "meets"]
    assert meets["sentence"] == "Sergei Lavrov met Staffan de Mistura in Geneva."
    [lavrov] = [m for e in doc["entities"] if e["id"] == "person:sergei-lavrov" for m in e["mentions"]]
    assert lavrov["start"] > 90_000 and text[lavrov["start"]:lavrov["end"]] == lavrov["text"]
    from explorer.extract import blocks, pipeline  # in-process: the extractor itself never sees more than a block

    seen, whole = [], pipeline._extract_block
    monkeypatch.setattr(pipeline, "_extract_block", lambda d, kb: seen.append(len(d.text)) or whole(d, kb))
    again = pipeline.extract(Document(id="long", text=text, lang="en", date="2016-03-03"))
    assert len(seen) > 2 and max(seen) <= blocks.BLOCK_CHARS
    assert again.to_json()["relations"] == doc["relations"]
