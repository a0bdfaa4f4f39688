"""Dates a researcher can rely on: partial dates with their precision, datelines without a year,
relative day words resolved against the publication date, and `--date-from-path`."""

from __future__ import annotations

import json

import pytest

from explorer.ingest.dates import (
    compile_path_pattern,
    metadata_date,
    path_date,
    relative_date,
    yearless_dateline,
)
from explorer.ingest.readers import read_bytes


@pytest.mark.parametrize(
    "path, expected",
    [
        ("news/2016-07-19-lavrov.txt", ("2016-07-19", "day")),
        ("archive/2016/07/lavrov.txt", ("2016-07-01", "month")),
        ("archive/2016-07_lavrov.txt", ("2016-07-01", "month")),
        ("corpus/05-ar-2016-kuwait-talks.txt", ("2016-01-01", "year")),
        ("by-year/2014/yemen/sanaa-talks.txt", ("2014-01-01", "year")),
        ("resolution-2254-text.txt", None),  # a resolution number is not a year
        ("article-1107287.html", None),
        ("notes/1850-congress.txt", None),  # too early to be a news year
    ],
)
def test_path_dates_carry_their_precision(path, expected):
    assert path_date(path) == expected


def test_a_custom_path_pattern_reads_odd_layouts():
    pattern = compile_path_pattern(r"(?P<day>\d\d)\.(?P<month>\d\d)\.(?P<year>\d{4})")
    assert path_date("desk/19.07.2016 talks.txt", pattern) == ("2016-07-19", "day")
    assert path_date("desk/talks.txt", pattern) is None


def test_a_path_pattern_without_a_year_group_is_refused():
    from explorer.errors import ExplorerError

    with pytest.raises(ExplorerError, match="group named year"):
        compile_path_pattern(r"(\d{4})")
    with pytest.raises(ExplorerError, match="not a regular expression"):
        compile_path_pattern(r"(?P<year>")


@pytest.mark.parametrize(
    "text, year, expected",
    [
        ("MOSCOW, July 19 (Wire) - Russia's foreign minister said", 2016, "2016-07-19"),
        ("GENEVA, 5 Sept. (Wire) - talks resumed", 2016, "2016-09-05"),
        ("موسكو ــ 19 تموز: التقى وزير الخارجية", 2016, "2016-07-19"),
        ("الخرطوم - ٣ أكتوبر (وكالات) - وقعت الحكومة", 2020, "2020-10-03"),
        ("نشر أمس الثلاثاء 19 من أيلول بياناً", 2023, "2023-09-20"),  # «أمس …»: published the day after
        ("The council met. " + "x" * 120 + " on July 19 the envoy spoke", 2016, None),  # deep in the text
    ],
)
def test_datelines_without_a_year_take_it_from_elsewhere(text, year, expected):
    assert yearless_dateline(text, year) == expected


@pytest.mark.parametrize(
    "sentence, published, expected",
    [
        ("وقع الرئيس مساء أمس الأحد الاتفاق في القصر", "2014-09-22", "2014-09-21"),
        ("أعلن الرئيس اليوم السبت مبادرة لوقف إطلاق النار", "2020-06-06", "2020-06-06"),
        ("تستضيف العاصمة غداً الأحد مؤتمراً دولياً", "2020-01-18", "2020-01-19"),
        ("التقى الوزيران يوم الخميس في العاصمة", "2021-05-22", "2021-05-20"),
        ("سيلتقي الوزيران الجمعة المقبل في جنيف", "2015-10-28", "2015-10-30"),
        ("اجتمع الطرفان الجمعة الماضي", "2015-10-30", "2015-10-23"),
        ("The two factions signed the ceasefire on Friday in Geneva.", "2020-10-24", "2020-10-23"),
        ("The ministers will meet on Sunday in Berlin.", "2020-01-18", "2020-01-19"),
        ("Envoys met yesterday in Doha.", "2020-03-01", "2020-02-29"),
        ("The deal was signed today.", "2022-11-02", "2022-11-02"),
        ("Talks are due to resume next Monday.", "2023-10-26", "2023-10-30"),
        ("The envoy briefed the council last Tuesday.", "2023-10-24", "2023-10-17"),
        ("The envoy briefed the council.", "2023-10-24", None),
    ],
)
def test_relative_day_words_resolve_against_the_publication_date(sentence, published, expected):
    assert relative_date(sentence, published, "day") == expected


def test_relative_words_need_a_day_precise_publication_date():
    assert relative_date("Envoys met yesterday in Doha.", "2020-01-01", "year") is None
    assert relative_date("Envoys met yesterday in Doha.", None, None) is None


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2016", ("2016-01-01", "year")),
        (2016, ("2016-01-01", "year")),
        ("2016-07", ("2016-07-01", "month")),
        ("July 2016", ("2016-07-01", "month")),
        ("تموز 2016", ("2016-07-01", "month")),
        ("2016-07-19", ("2016-07-19", "day")),
        ("not a date", None),
    ],
)
def test_metadata_may_give_only_a_year_or_a_month(value, expected):
    assert metadata_date(value) == expected


def test_a_yearless_dateline_is_completed_by_the_file_name():
    data = b"MOSCOW, July 19 (Wire) - The ministers met."
    doc = next(iter(read_bytes("desk/2016/moscow-talks.txt", data)))
    assert (doc.date, doc.date_precision, doc.date_source) == ("2016-07-19", "day", "dateline")


def test_a_year_in_the_file_name_dates_an_article_to_the_year():
    doc = next(iter(read_bytes("corpus/12-en-2021-gaza-talks.txt", b"The envoys met on Thursday in Cairo.")))
    assert (doc.date, doc.date_precision, doc.date_source) == ("2021-01-01", "year", "filename")


def test_front_matter_with_only_a_year_keeps_that_precision():
    data = b"---\ndate: 2019\n---\nThe envoys met in Khartoum."
    doc = next(iter(read_bytes("notes.md", data)))
    assert (doc.date, doc.date_precision, doc.date_source) == ("2019-01-01", "year", "front_matter")


def test_a_dated_address_beats_a_year_in_the_file_name():
    rec = {"text": "The envoys met in Khartoum on Thursday.", "url": "https://news.example/2023/10/26/talks"}
    doc = next(iter(read_bytes("feed-2023.jsonl", json.dumps(rec).encode())))
    assert (doc.date, doc.date_precision, doc.date_source) == ("2023-10-26", "day", "url")


def test_relations_are_dated_by_their_sentence():
    from explorer.extract import extract
    from explorer.ingest.document import make_document

    text = (
        "التقى وزير الخارجية الأميركي جون كيري نظيره الروسي سيرغي لافروف أمس في موسكو. "
        "ويزور كيري جنيف اليوم."
    )
    ex = extract(make_document(text, lang="ar", date="2016-07-16"))
    dates = {(r.type, r.date) for r in ex.relations if r.source == "person:john-kerry"}
    assert ("meets", "2016-07-15") in dates
    assert all(r.date in ("2016-07-15", "2016-07-16") for r in ex.relations)


def test_a_year_only_article_does_not_resolve_roles_on_new_year_day():
    """Dated 2013 by its file name: «وزير الخارجية الأميركي» must not become the holder of 1 January."""
    from explorer.extract import extract
    from explorer.ingest.document import make_document

    text = "قال وزير الخارجية الأميركي جون كيري إن المحادثات مستمرة."
    doc = make_document(text, lang="ar", date="2013-01-01", date_precision="year", path="13-ar-2013-x.txt")
    ex = extract(doc)
    assert {e.id for e in ex.entities} >= {"person:john-kerry"}


def test_ingest_reports_undated_articles_and_dates_them_from_a_path_pattern(tmp_path, capsys):
    from explorer.cli import main

    folder = tmp_path / "desk" / "2016" / "07"
    folder.mkdir(parents=True)
    (folder / "talks.txt").write_text("The envoys met in Geneva to discuss the truce.", encoding="utf-8")
    (tmp_path / "desk" / "undated.txt").write_text("The ministers met in Vienna.", encoding="utf-8")
    db = tmp_path / "store.db"
    assert main(["ingest", str(tmp_path / "desk"), "--db", str(db), "--quiet", "--workers", "1"]) == 0
    out = capsys.readouterr().out
    assert "1 undated" in out and "1 dated only to the month or year" in out and "--date-from-path" in out

    db2 = tmp_path / "store2.db"
    pattern = r"desk/(?P<year>\d{4})/(?P<month>\d\d)/"
    args = ["ingest", str(folder), "--db", str(db2), "--quiet", "--workers", "1", "--date-from-path", pattern]
    assert main(args) == 0
    from explorer.store import open_store

    with open_store(db2) as store:
        docs = store.documents_frame()
    assert docs["date"].tolist() == ["2016-07-01"]
