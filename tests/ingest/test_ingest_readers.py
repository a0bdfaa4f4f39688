"""Readers: each format gives the right documents and metadata; hostile input gives Failures, never errors."""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from pathlib import Path

import pytest

from explorer.ingest.readers import Failure, FieldMap, clean_text, html_to_text, read_bytes, read_path
from explorer.records import Document


def docs_and_failures(items):
    items = list(items)
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Failure)]


def one(path) -> Document:
    [doc] = list(read_path(path))
    assert isinstance(doc, Document), doc
    return doc


# -- plain text and markdown ---------------------------------------------------------------------------


def test_text_with_a_levantine_dateline(fixtures):
    d = one(fixtures / "ar_levant_dateline.txt")
    assert (d.lang, d.date, d.date_source) == ("ar", "2016-07-19", "dateline")
    assert d.title == "لافروف وجاويش أوغلو يبحثان الهدنة في سوريا"
    assert d.path == str(fixtures / "ar_levant_dateline.txt")
    assert "&amp;" not in d.text


@pytest.mark.parametrize(
    "name, date, source",
    [
        ("en_dateline.txt", "2016-07-19", "dateline"),
        ("ar_hijri.txt", "2016-07-19", "dateline"),
        ("ar_maghreb.txt", "2016-08-03", "dateline"),
        ("ar_indic_digits.txt", "2020-01-19", "dateline"),
        ("2016-07-19-geneva-talks.txt", "2016-07-19", "filename"),
        ("undated.txt", None, "none"),
        ("front_matter.md", "2016-09-09", "front_matter"),  # front matter beats the dateline (Sept. 10)
        ("front_matter_ar_date.md", "2016-09-12", "front_matter"),
    ],
)
def test_where_each_date_comes_from(fixtures, name, date, source):
    d = one(fixtures / name)
    assert (d.date, d.date_source) == (date, source)


def test_front_matter_fields(fixtures):
    d = one(fixtures / "front_matter.md")
    assert d.title == "Kerry and Lavrov agree on Syria plan"
    assert (d.source, d.lang, d.url) == ("Example Wire", "en", "https://news.example.org/2016/09/kerry-lavrov")
    assert not d.text.startswith("---") and "title:" not in d.text


def test_bad_front_matter_is_a_failure_with_a_line(fixtures):
    [f] = list(read_path(fixtures / "bad_front_matter.md"))
    assert isinstance(f, Failure) and f.line is not None and "front matter is not valid YAML" in f.reason


def test_dashes_that_are_not_front_matter_stay_text(fixtures):
    d = one(fixtures / "dashes_not_front_matter.txt")
    assert "Breaking news" in d.text and d.title == "Breaking news"


# -- HTML --------------------------------------------------------------------------------------------


def test_html_main_text_and_metadata(fixtures):
    d = one(fixtures / "page_ar.html")
    assert d.title == "لافروف يستقبل المبعوث الأممي في موسكو"
    assert (d.date, d.date_source, d.lang) == ("2017-03-02", "metadata", "ar")
    assert d.source == "صحيفة المثال" and d.url == "https://example.org/ar/2017/03/lavrov-envoy"
    assert "استقبل وزير الخارجية الروسي" in d.text
    for junk in ("alert", "يجب ألا يظهر", "dataLayer", "font-weight", "جميع الحقوق", "الرئيسية"):
        assert junk not in d.text
    assert "&amp;" not in d.text and " & " in d.text


def test_html_scripts_never_reach_the_text(fixtures):
    d = one(fixtures / "page_en_time.html")
    assert "tracking" not in d.text and "should never appear" not in d.text
    assert '"in principle"' in d.text and d.date == "2018-05-14"


def test_html_with_only_scripts_fails(fixtures):
    [f] = list(read_path(fixtures / "page_scripts_only.html"))
    assert isinstance(f, Failure) and "no text" in f.reason


def test_tiny_html_page_falls_back_to_lxml(fixtures):
    d = one(fixtures / "tiny.html")
    assert d.text == "Ministers met in Amman." and d.title == "Short note"


def test_html_in_windows_1256_declared_in_meta():
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
            "<title>هدنة في حلب</title></head><body><p>أعلنت روسيا والولايات المتحدة هدنة جديدة في حلب، وقال"
            " المبعوث الأممي إن الهدنة خطوة أولى نحو استئناف المفاوضات في جنيف.</p></body></html>")
    [d] = read_bytes("page.html", page.encode("cp1256"))
    assert "هدنة جديدة في حلب" in d.text and d.title == "هدنة في حلب"


def test_html_declared_1256_but_saved_as_utf8():
    page = ('<html><head><meta charset="windows-1256"><title>اتفاق</title></head>'
            "<body><p>اتفق الطرفان على وقف إطلاق النار في الجنوب السوري بعد محادثات في عمان.</p></body></html>")
    [d] = read_bytes("page.htm", page.encode("utf-8"))
    assert "وقف إطلاق النار" in d.text


def test_html_to_text_keeps_blocks_apart_and_drops_scripts():
    assert html_to_text("<p>One</p><p>Two<br>Three</p><script>x()</script><style>p{}</style>") == "One\nTwo\nThree"
    assert html_to_text("no markup & more") == "no markup & more"


# -- JSON, JSON lines, CSV -----------------------------------------------------------------------------


def test_json_list_of_records(fixtures):
    docs, fails = docs_and_failures(read_path(fixtures / "records.json"))
    assert [d.path.rsplit("#", 1)[1] for d in docs] == ["1", "2", "4"]
    assert [(d.date, d.lang) for d in docs] == [("2015-04-09", "en"), ("2015-04-09", "ar"), ("2015-10-12", "en")]
    assert docs[0].title == "Arab League meets" and docs[0].url == "https://example.org/1"
    assert docs[1].source == "وكالة المثال"
    assert docs[2].text == "The envoy welcomed the truce."  # HTML in a text field is stripped, script dropped
    assert [f.reason for f in fails] == ["record 3: no 'text' field"]


def test_json_with_field_map_and_nested_fields(fixtures):
    fields = FieldMap(text="content.body", title="headline", date="published")
    docs, fails = docs_and_failures(read_path(fixtures / "wrapped.json", fields=fields))
    assert not fails and len(docs) == 2
    assert docs[0].title == "Deal reached in Vienna" and docs[0].date == "2015-07-14"
    assert {d.lang for d in docs} == {"ar", "en"}


def test_json_without_the_text_field_says_which_fields_exist(fixtures):
    [f] = list(read_path(fixtures / "wrapped.json"))
    assert "no 'text' field" in f.reason and "content, headline, published" in f.reason and "--text-field" in f.reason


def test_json_lines_report_each_bad_line(fixtures):
    docs, fails = docs_and_failures(read_path(fixtures / "broken.jsonl"))
    assert [d.path.rsplit(":", 1)[1] for d in docs] == ["1", "5"]
    assert docs[1].date == "2016-02-27"
    got = {(f.line, f.reason.split(":")[0].split(" (")[0]) for f in fails}
    assert got == {
        (2, "invalid JSON"), (4, "not a JSON object"), (6, "empty text"),
        (7, "no Arabic or Latin letters"), (8, "no 'text' field"),
    }
    assert all(f.path.endswith("broken.jsonl") for f in fails)


def test_json_lines_with_custom_fields(fixtures):
    fields = FieldMap(text="body", title="headline", date="published", url="link", source="outlet")
    docs, fails = docs_and_failures(read_path(fixtures / "custom_fields.jsonl", fields=fields))
    assert not fails
    assert [(d.title, d.date, d.source) for d in docs] == [
        ("Riyadh and Tehran restore ties", "2023-03-10", "Example Wire"),
        ("استئناف العلاقات", "2023-03-10", "وكالة المثال"),
    ]


def test_json_lines_saved_as_json(tmp_path):
    p = tmp_path / "dump.json"
    p.write_text('{"text": "The envoy met the delegations."}\n{"text": "The council met."}\n', encoding="utf-8")
    docs, fails = docs_and_failures(read_path(p))
    assert len(docs) == 2 and not fails


def test_invalid_json_gives_the_line(tmp_path):
    p = tmp_path / "bad.json"
    p.write_text('[\n {"text": "a"},\n {"text": }\n]', encoding="utf-8")
    [f] = list(read_path(p))
    assert f.line == 3 and f.reason.startswith("invalid JSON")


def test_csv_rows_multiline_fields_and_bad_rows(fixtures):
    docs, fails = docs_and_failures(read_path(fixtures / "articles.csv"))
    assert [d.path.rsplit(":", 1)[1] for d in docs] == ["2", "3", "4"]
    assert docs[2].text == 'The envoy said:\n"We welcome the truce."\nHe spoke in Geneva.'
    assert docs[1].date == "2016-09-12" and docs[1].lang == "ar"
    assert [(f.line, f.reason) for f in fails] == [
        (7, "row has 6 fields, the header has 4"), (9, "empty text"),
    ]


def test_tsv_and_semicolon_csv(fixtures):
    fields = FieldMap(text="body", title="headline", date="published")
    docs, fails = docs_and_failures(read_path(fixtures / "articles.tsv", fields=fields))
    assert not fails and [d.date for d in docs] == ["2016-02-22", "2016-02-22"]
    [d] = list(read_path(fixtures / "semicolon.csv"))
    assert d.text.startswith("The Gulf Cooperation Council")


def test_csv_without_the_text_column(fixtures):
    [f] = list(read_path(fixtures / "articles.tsv"))
    assert f.line == 1 and "no 'text' column" in f.reason and "headline, published, body" in f.reason


def test_csv_in_windows_1256(tmp_path):
    p = tmp_path / "ar.csv"
    p.write_bytes("text,date\nاجتمع وزراء الخارجية العرب في القاهرة لبحث الأزمة في ليبيا,2015-03-01\n".encode("cp1256"))
    [d] = list(read_path(p))
    assert d.text.startswith("اجتمع وزراء") and d.date == "2015-03-01"


# -- feeds -------------------------------------------------------------------------------------------


def test_rss_entries(fixtures):
    docs, fails = docs_and_failures(read_path(fixtures / "feed.rss"))
    assert len(docs) == 2
    en, ar = docs
    assert en.title == "Ministers meet in Astana" and en.url == "https://example.org/astana-1"
    assert en.date == "2017-01-23"  # the local date of "Mon, 23 Jan 2017 01:30 +0300", not UTC's 22nd
    assert en.source == "Example Wire - Middle East" and en.date_source == "metadata"
    assert "agreed on a mechanism" in en.text and "alert" not in en.text and "<" not in en.text
    assert ar.lang == "ar" and "&" in ar.text and "&amp;" not in ar.text
    assert en.path.endswith("feed.rss#1")
    [f] = fails
    assert "entry 3" in f.reason


def test_atom_entry(fixtures):
    d = one(fixtures / "feed.atom")
    assert d.title == "Sochi memorandum signed" and d.date == "2019-10-22" and d.url == "https://example.org/sochi"
    assert d.text == "Presidents Putin and Erdogan signed a memorandum in Sochi on northeastern Syria."


def test_xml_that_is_not_a_feed(fixtures):
    [f] = list(read_path(fixtures / "not_a_feed.xml"))
    assert "not an RSS/Atom feed" in f.reason


# -- archives ----------------------------------------------------------------------------------------


def _zip(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buf.getvalue()


def test_zip_of_every_format_reads_like_the_folder(fixtures, tmp_path):
    files = {p.name: p.read_bytes() for p in sorted(fixtures.iterdir())}
    files["__MACOSX/._junk.txt"] = b"\x00\x05\x16\x07"
    files[".hidden.txt"] = b"never read"
    archive = tmp_path / "corpus.zip"
    archive.write_bytes(_zip(files))
    from_zip = list(read_path(archive))
    from_dir = list(read_path(fixtures))
    key = lambda i: (i.id, i.title, i.date, i.date_source, i.lang) if isinstance(i, Document) else (i.line, i.reason)
    assert sorted(map(key, from_zip), key=str) == sorted(map(key, from_dir), key=str)
    assert all(i.path.startswith(str(archive) + "/") for i in from_zip)


def test_nested_zip_and_gzip(tmp_path, fixtures):
    inner = _zip({"a/records.json": (fixtures / "records.json").read_bytes()})
    jsonl = gzip.compress((fixtures / "broken.jsonl").read_bytes())
    p = tmp_path / "outer.zip"
    p.write_bytes(_zip({"inner.zip": inner, "lines.jsonl.gz": jsonl}))
    docs, fails = docs_and_failures(read_path(p))
    assert len(docs) == 5
    assert any(d.path == f"{p}/inner.zip/a/records.json#1" for d in docs)
    assert any(f.path == f"{p}/lines.jsonl.gz" and f.line == 2 for f in fails)


def test_damaged_zip(tmp_path):
    p = tmp_path / "broken.zip"
    p.write_bytes(b"PK\x03\x04 this is not really a zip")
    [f] = list(read_path(p))
    assert f.reason == "not a valid zip archive"


def test_zip_member_over_the_limit(tmp_path):
    p = tmp_path / "big.zip"
    p.write_bytes(_zip({"big.txt": b"a" * 5000, "ok.txt": b"The envoy met the delegations in Geneva."}))
    docs, fails = docs_and_failures(read_path(p, max_bytes=1000))
    assert len(docs) == 1 and "over the 0.001 MB limit" in fails[0].reason


# -- hostile input -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, reason",
    [
        ("empty.txt", "empty file"),
        ("whitespace_only.txt", "empty file"),
        ("picture.txt", "binary file (PNG image), not text"),
        ("greek.txt", "no Arabic or Latin letters: language unknown (only Arabic and English are read)"),
        ("no_letters.txt", "no Arabic or Latin letters: language unknown (only Arabic and English are read)"),
    ],
)
def test_hostile_files_fail_with_a_reason(fixtures, name, reason):
    [f] = list(read_path(fixtures / name))
    assert isinstance(f, Failure) and f.reason == reason and f.path == str(fixtures / name)


def test_file_over_the_size_limit_is_not_read(tmp_path):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as f:
        f.truncate(21_000_000)  # sparse: costs no disk
    [f] = list(read_path(p))
    assert f.reason.startswith("file is 21.0 MB, over the 20 MB limit")
    [f] = list(read_path(p, max_bytes=1_000))
    assert "over the 0.001 MB limit" in f.reason


def test_huge_line_in_json_lines(tmp_path):
    p = tmp_path / "lines.jsonl"
    p.write_text(
        json.dumps({"text": "x" * 5000}) + "\n" + json.dumps({"text": "The council met."}) + "\n", encoding="utf-8"
    )
    docs, fails = docs_and_failures(read_path(p, max_bytes=1000))
    assert [d.text for d in docs] == ["The council met."]
    assert [(f.line, f.reason) for f in fails] == [(1, "line is over the 0.001 MB limit")]


def test_line_formats_are_streamed_past_the_file_limit(tmp_path):
    p = tmp_path / "many.jsonl"
    p.write_text("".join(json.dumps({"text": f"The envoy met delegation {i}."}) + "\n" for i in range(300)))
    docs, fails = docs_and_failures(read_path(p, max_bytes=2000))  # file ~9 kB, every line < 2 kB
    assert len(docs) == 300 and not fails


def test_unsupported_and_missing_files(tmp_path):
    p = tmp_path / "report.pdf"
    p.write_bytes(b"%PDF-1.4")
    [f] = list(read_path(p))
    assert f.reason.startswith("unsupported file type .pdf")
    [f] = list(read_path(tmp_path / "nope.txt"))
    assert f.reason == "no such file or folder"


def test_unknown_extension_is_read_as_text_when_it_is_text(tmp_path):
    p = tmp_path / "article.story"
    p.write_text("The envoy met the delegations in Geneva.", encoding="utf-8")
    assert one(p).text == "The envoy met the delegations in Geneva."


def test_folders_are_walked_in_order_and_hidden_files_skipped(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("Secret repository file.")
    (tmp_path / "b" / "2.txt").write_text("Second article about the envoy.")
    (tmp_path / "a.txt").write_text("First article about the envoy.")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    assert [d.text.split()[0] for d in read_path(tmp_path)] == ["First", "Second"]


def test_read_bytes_matches_read_path(fixtures):
    for p in sorted(fixtures.iterdir()):
        a = [(getattr(i, "id", None), getattr(i, "reason", None)) for i in read_path(p)]
        b = [(getattr(i, "id", None), getattr(i, "reason", None)) for i in read_bytes(p.name, p.read_bytes())]
        assert a == b, p.name


def test_same_article_in_two_formats_has_one_id(tmp_path):
    text = "The envoy met the delegations in Geneva on Monday."
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": "  " + text + "\n"}) + "\n")
    (tmp_path / "c.html").write_text(f"<html><body><p>{text}</p></body></html>")
    assert len({d.id for d in read_path(tmp_path)}) == 1


def test_clean_text():
    assert clean_text("\ufeffA &amp;amp; B\r\nC &copy; &bogus; AT&T\x00") == "A & B\nC © &bogus; AT&T"


def test_every_fixture_yields_something_and_never_raises(fixtures):
    for p in Path(fixtures).iterdir():
        assert list(read_path(p)), p


def test_a_fifo_is_refused_not_waited_on(tmp_path):
    import os

    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "ok.txt").write_text("The envoy met the delegations in Geneva.")
    docs, fails = docs_and_failures(read_path(tmp_path))
    assert len(docs) == 1 and [f.reason for f in fails] == ["not a regular file"]


def test_json_lines_that_change_encoding_midway(tmp_path):
    good = "".join(json.dumps({"text": f"The envoy met delegation {i} in Geneva."}) + "\n" for i in range(4000))
    bad = json.dumps({"text": "قال المبعوث إن المحادثات ستستأنف."}, ensure_ascii=False) + "\n"
    p = tmp_path / "mixed.jsonl"
    after = json.dumps({"text": "The council met after the bad line."}) + "\n"
    p.write_bytes(good.encode("utf-8") + bad.encode("cp1256") + after.encode("utf-8"))
    docs, fails = docs_and_failures(read_path(p))
    assert len(docs) == 4001 and docs[-1].path.endswith(":4002")
    [f] = fails
    assert f.line == 4001 and "mixed encodings" in f.reason


def test_a_long_text_file_in_windows_1256_mixed_with_utf8_fails_with_the_line(tmp_path):
    head = ("وقال المبعوث إن المحادثات ستستأنف الأسبوع المقبل في جنيف.\n" * 800).encode("utf-8")
    p = tmp_path / "mixed.txt"
    p.write_bytes(head + "سطر بترميز آخر\n".encode("cp1256"))
    [f] = list(read_path(p))
    assert f.line == 801 and "mixed encodings" in f.reason


def test_a_csv_row_in_another_encoding_fails_alone(tmp_path):
    p = tmp_path / "mixed.csv"
    rows = [b"text,date\n", b"The envoy met the council.,2016-01-02\n" * 5000,
            "قال المبعوث,2016-01-03\n".encode("cp1256"), b"The council met again.,2016-01-04\n"]
    p.write_bytes(b"".join(rows))
    docs, fails = docs_and_failures(read_path(p))
    assert len(docs) == 5001 and [(f.line, "mixed encodings" in f.reason) for f in fails] == [(5002, True)]


def test_html_without_trafilatura_still_reads_the_article(fixtures, monkeypatch):
    """trafilatura needs lxml_html_clean; if it cannot be imported, lxml alone still gives the text."""
    import sys

    monkeypatch.setitem(sys.modules, "trafilatura", None)
    d = one(fixtures / "page_ar.html")
    assert d.title == "لافروف يستقبل المبعوث الأممي في موسكو" and d.date == "2017-03-02"
    assert d.text.startswith("لافروف يستقبل") and "الرئيسية" not in d.text and "alert" not in d.text
