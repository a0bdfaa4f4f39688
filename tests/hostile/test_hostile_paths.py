"""Silent data problems made loud: symlinks out of the folder, the store's own files, `../` zip entries,
mixed encodings in one CSV."""

from __future__ import annotations

import zipfile

from hostilekit import article, cli, counts, ingest_twice, paths

from explorer.ingest.readers import Document, Failure, read_path


def test_symlinks_out_of_the_folder_are_skipped_and_reported(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    outside = tmp_path / "outside.txt"
    outside.write_text(article(5), encoding="utf-8")
    (folder / "a.txt").write_text(article(1), encoding="utf-8")
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "out.txt").symlink_to(outside)
    (folder / "sub" / "in.txt").symlink_to(folder / "a.txt")  # inside the folder: read (a duplicate)
    db = tmp_path / "s.db"
    first, _ = ingest_twice(folder, db)
    assert first.returncode == 1
    skipped = sorted(ln for ln in first.failed_lines if "symbolic link to a file outside" in ln)
    assert [ln.split(": ")[0].rsplit("/", 1)[1] for ln in skipped] == ["out.txt", "passwd.txt"]
    assert [p.rsplit("/", 1)[1] for p in paths(db)] == ["a.txt"]
    assert "duplicates 1" in first.stdout


def test_the_stores_own_files_in_the_folder_are_not_read(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(article(1), encoding="utf-8")
    db = folder / "diplograph.db"
    first, second = ingest_twice(folder, db)
    assert first.returncode == 0 and second.returncode == 0, first.stdout + second.stdout
    assert first.failed_lines == [] and counts(db)["documents"] == 1
    (folder / "other.db-wal").write_text(article(2), encoding="utf-8")  # another store's journal: not an article
    r = cli("ingest", folder, "--db", db, "--quiet", "--workers", "1")
    assert r.returncode == 0 and counts(db)["documents"] == 1


def test_zip_entries_climbing_out_are_reported(tmp_path):
    p = tmp_path / "a.zip"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("ok.txt", article(1))
        z.writestr("../../etc/evil.txt", article(2))
        z.writestr("/abs.txt", article(3))
    items = list(read_path(p))
    fails = sorted((f.path.rsplit("a.zip/", 1)[1], f.reason) for f in items if isinstance(f, Failure))
    reason = "zip entry whose path leaves the archive (../ or absolute); not read"
    assert fails == [("../../etc/evil.txt", reason), ("/abs.txt", reason)]
    assert [d.path.rsplit("/", 1)[1] for d in items if isinstance(d, Document)] == ["ok.txt"]


def test_mixed_encoding_csv_keeps_its_utf8_rows(tmp_path):
    """A file mostly in Windows-1256 with rows pasted in UTF-8: each row is read in its own encoding."""
    ar = ["اجتمع وزراء الخارجية العرب في القاهرة", "بحث المبعوث الأممي الأزمة مع الحكومة", "التقى لافروف كيري في جنيف"]
    rows = [b"text,date\n"] + [f"{ar[i % 2]} {i},2016-01-0{i % 9 + 1}\n".encode("cp1256") for i in range(40)]
    rows.insert(10, f"{ar[2]},2016-02-01\n".encode())
    p = tmp_path / "mixed.csv"
    p.write_bytes(b"".join(rows))
    docs = [x for x in read_path(p) if isinstance(x, Document)]
    assert len(docs) == 41
    assert any(d.text == ar[2] for d in docs)  # the UTF-8 row, not mojibake
    assert all(any("\u0621" <= c <= "\u064a" for c in d.text) for d in docs)
    assert not any("ط§" in d.text or "Ø" in d.text for d in docs)


def test_an_undecodable_row_fails_alone(tmp_path):
    """A UTF-8 file (so decided from its first 128 kB) with one row of bytes that are not UTF-8 further on."""
    p = tmp_path / "u.csv"
    good = "".join(f"التقى المبعوث الأممي وزير الخارجية في جنيف للمرة {i},2016-01-02\n" for i in range(3000))
    p.write_bytes(b"text,date\n" + good.encode() + b"The \xff\xfe council,2016-01-03\n"
                  + b"The council met again.,2016-01-04\n")
    items = list(read_path(p))
    assert [(f.line, f.reason) for f in items if isinstance(f, Failure)] == [
        (3002, "bytes that are not utf-8 (mixed encodings?)")]
    assert sum(isinstance(d, Document) for d in items) == 3001
