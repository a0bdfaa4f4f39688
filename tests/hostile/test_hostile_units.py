"""One bad file never costs a run: whatever goes wrong in one file is a named line, the rest is stored."""

from __future__ import annotations

import io
import json
import os
import struct
import zipfile
from pathlib import Path

import pytest
from hostilekit import article, counts, ingest_twice, paths

from explorer.ingest import readers
from explorer.ingest.readers import Failure, FieldMap, read_path
from explorer.ingest.run import ingest_paths
from explorer.records import Document, Extraction
from explorer.store import open_store


def _stub(doc: Document) -> Extraction:
    return Extraction(doc, [], [])


def _utf8_flagged_zip(name: bytes, text: str) -> bytes:
    """A zip whose one member name is `name` (not UTF-8) while its headers say UTF-8."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("X" * len(name) + ".txt", text)
    data = bytearray(buf.getvalue().replace(b"X" * len(name), name))
    for sig, off in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(sig)
        struct.pack_into("<H", data, at + off, struct.unpack_from("<H", data, at + off)[0] | 0x800)
    return bytes(data)


@pytest.fixture
def corpus(tmp_path) -> Path:
    """Good articles around the three files that used to abort a whole ingest."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"good{i}.txt").write_text(article(i, "en" if i % 2 else "ar"), encoding="utf-8")
    with zipfile.ZipFile(folder / "empty-name.zip", "w") as z:
        z.writestr(zipfile.ZipInfo(""), article(10))
        z.writestr("inside.txt", article(11))
    cp1256_name = "تقرير".encode("cp1256") + b".txt"
    (folder.joinpath(os.fsdecode(cp1256_name))).write_text(article(12), encoding="utf-8")
    (folder / "flagged.zip").write_bytes(_utf8_flagged_zip("تقري".encode("cp1256"), article(13)))
    return folder


def test_each_file_fails_alone_and_the_run_goes_on(corpus, tmp_path):
    db = tmp_path / "s.db"
    first, second = ingest_twice(corpus, db)
    assert first.returncode == 1 and second.returncode == 1
    lines = first.failed_lines
    assert any("empty-name.zip/<entry 1>: zip entry with an empty name" in ln for ln in lines), lines
    assert any(ln.endswith("flagged.zip: member names flagged as UTF-8 are not UTF-8; read as code page 437")
               for ln in lines), lines
    assert "Traceback" not in first.stderr
    stored = paths(db)
    assert sum(p.endswith(("good0.txt", "good1.txt", "good2.txt")) for p in stored) == 3
    assert any(p.endswith("empty-name.zip/inside.txt") for p in stored)
    # the cp1256 file name is stored readable and storable: its bytes as \xNN
    assert any(p.endswith("\\xca\\xde\\xd1\\xed\\xd1.txt") for p in stored), stored
    expected = "flagged.zip/" + "تقري".encode("cp1256").decode("cp437") + ".txt"
    assert any(p.endswith(expected) for p in stored), stored  # the member is read, its name in cp437
    assert counts(db)["documents"] == 6 and counts(db)["integrity"] == "ok"
    assert second.failed_lines == lines  # the same names, the same reasons


def test_a_failing_reader_is_a_named_failure(tmp_path, monkeypatch):
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(article(i), encoding="utf-8")
    real = readers._read_text

    def broken(name, suffix, data):
        if name.endswith("a1.txt"):
            raise RuntimeError("the reader broke on this file")
        return real(name, suffix, data)

    monkeypatch.setattr(readers, "_read_text", broken)
    items = list(read_path(tmp_path))
    fails = [x for x in items if isinstance(x, Failure)]
    assert [(Path(f.path).name, f.reason) for f in fails] == [
        ("a1.txt", "cannot read: RuntimeError: the reader broke on this file")]
    assert sum(isinstance(x, Document) for x in items) == 2


def test_a_reader_bug_outside_guarded_code_is_still_one_file(tmp_path, monkeypatch):
    """Even an error raised where no reader expects one (here: in the file dispatch itself) names the file."""
    for i in range(3):
        (tmp_path / f"b{i}.txt").write_text(article(i), encoding="utf-8")
    real = readers._read_file

    def broken(p, fields, max_bytes):
        if p.name == "b0.txt":
            raise KeyError("boom")
        yield from real(p, fields, max_bytes)

    monkeypatch.setattr(readers, "_read_file", broken)
    with open_store(tmp_path / "s.db") as store:
        report = ingest_paths([tmp_path], store, extractor=_stub, workers=1)
    assert report.ingested == 2 and report.failure_count == 1
    assert str(report.failed[0]).endswith("b0.txt: cannot read: KeyError: 'boom'")


class _Picky:
    """A store wrapper that refuses one document the way a store refuses a value it cannot encode."""

    def __init__(self, store) -> None:
        self.store = store
        self.path = getattr(store, "path", None)

    def known_ids(self, ids):
        return self.store.known_ids(ids)

    def add(self, batch):
        if any("REFUSE" in ex.document.text for ex in batch):
            raise ValueError("cannot encode this document")
        return self.store.add(batch)


def test_a_document_the_store_refuses_fails_alone(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(5):
        (folder / f"c{i}.txt").write_text(article(i) + (" REFUSE" if i == 2 else ""), encoding="utf-8")
    with open_store(tmp_path / "s.db") as store:
        report = ingest_paths([folder], _Picky(store), extractor=_stub, workers=1)
    assert report.ingested == 4 and report.failure_count == 1
    assert report.failed[0].path.endswith("c2.txt")
    assert report.failed[0].reason == "cannot store: ValueError: cannot encode this document"
    assert counts(tmp_path / "s.db")["documents"] == 4


def test_lone_surrogates_in_json_are_stored_as_replacement_characters(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_text(json.dumps({"text": article(1) + " \udc80", "title": "T \ud800"}) + "\n", encoding="utf-8")
    with open_store(tmp_path / "s.db") as store:
        report = ingest_paths([p], store, extractor=_stub, workers=1, fields=FieldMap())
        assert report.ingested == 1 and report.ok
        [doc_id] = store.known_ids([d.id for d in read_path(p)])
        assert store.document(doc_id).text.endswith("\ufffd")
