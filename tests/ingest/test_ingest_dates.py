"""Dates: datelines in every Arabic month family and in English, Hijri, metadata strings, file names."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.ingest.dates import dateline_date, filename_date, parse_date

LEVANTINE = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
             "تشرين الثاني", "كانون الأول"]
EGYPTIAN = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
            "ديسمبر"]
MAGHREBI = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
ALGERIAN = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
ENGLISH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("موسكو ــ 19 تموز 2016: التقى وزير الخارجية الروسي", "2016-07-19"),
        ("موسكو ــ ١٩ تمّوز ٢٠١٦: التقى", "2016-07-19"),
        ("MOSCOW, July 19, 2016 (Wire) - Russia's foreign minister", "2016-07-19"),
        ("GENEVA, 19 July 2016 - talks", "2016-07-19"),
        ("GENEVA, Sept. 5, 2016 - talks", "2016-09-05"),
        ("Tuesday 19th of July 2016\nThe envoy", "2016-07-19"),
        ("الأحد 19 يناير 2020\nالقاهرة ــ التقى", "2020-01-19"),
        ("الرباط - 19 يوليوز 2016 - أجرى", "2016-07-19"),
        ("الرباط - 3 غشت 2016", "2016-08-03"),
        ("الجزائر - 4 جويلية 2016", "2016-07-04"),
        ("تونس - 4 أوت 2016", "2016-08-04"),
        ("بيروت في 5 تشرين الأول 2015 -", "2015-10-05"),
        ("بيروت في 5 تشرين اول 2015 -", "2015-10-05"),
        ("دمشق، 5 كانون الثاني/يناير 2015 (سانا) -", "2015-01-05"),
        ("دمشق، 5 آب (أغسطس) 2015 -", "2015-08-05"),
        ("الرياض - الثلاثاء 14 شوال 1437 هـ", "2016-07-19"),
        ("الرياض - الثلاثاء 14 شوال 1437 هـ الموافق 19 يوليو 2016 م", "2016-07-19"),
        ("Published 2016-07-19 10:00\nGeneva", "2016-07-19"),
        ("19/07/2016 - Geneva", "2016-07-19"),
        ("07/19/2016 - Geneva", "2016-07-19"),
    ],
)
def test_datelines(text, expected):
    assert dateline_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Turkey agreed on Tuesday to push for more talks, citing the resolution adopted on 18 December"
        " 2015 by the council.",  # a date deep in the lead sentence is not the publication date
        "جنيف - 31 شباط 2016",  # no such day
        "MOSCOW, July 19 (Wire) - no year",
        "The meeting is planned for 2016.",
        "",
        "x" * 400 + "\nJuly 19, 2016",  # beyond the first 300 characters
    ],
)
def test_no_dateline(text):
    assert dateline_date(text) is None


@pytest.mark.parametrize("family", [LEVANTINE, EGYPTIAN, MAGHREBI, ALGERIAN])
def test_every_arabic_month_name(family):
    for m, name in enumerate(family, 1):
        assert dateline_date(f"بغداد ــ 7 {name} 2014: قال") == f"2014-{m:02d}-07", name


@settings(max_examples=200, deadline=None)
@given(
    day=st.dates(dt.date(2011, 1, 1), dt.date(2024, 12, 31)),
    family=st.sampled_from([LEVANTINE, EGYPTIAN, MAGHREBI, ALGERIAN, ENGLISH]),
    indic=st.booleans(),
)
def test_any_date_in_any_family_round_trips(day, family, indic):
    text = f"{day.day} {family[day.month - 1]} {day.year}"
    if indic:
        text = text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert dateline_date(f"عمّان ــ {text}: أعلن") == day.isoformat()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_dateline_never_raises(text):
    d = dateline_date(text)
    assert d is None or (len(d) == 10 and "1900" <= d[:4] <= "2100")


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2016-07-19", "2016-07-19"),
        ("2016-07-19T23:30:00-05:00", "2016-07-19"),  # the date as published, not converted to UTC
        ("Tue, 19 Jul 2016 01:30:00 +0300", "2016-07-19"),
        ("20160719", "2016-07-19"),
        ("19 تموز 2016", "2016-07-19"),
        ("14 شوال 1437", "2016-07-19"),
        ("Tue Jul 19 10:30:00 2016", "2016-07-19"),
        (dt.date(2016, 7, 19), "2016-07-19"),
        (dt.datetime(2016, 7, 19, 12), "2016-07-19"),
        (1468900000, "2016-07-19"),
        (1468900000000, "2016-07-19"),
        ("garbage", None),
        ("2016", None),
        ("", None),
        (None, None),
        (True, None),
        ("2016-02-30", None),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "name, expected",
    [
        ("news/2016-07-19-lavrov.txt", "2016-07-19"),
        ("a/20160719_lavrov.html", "2016-07-19"),
        ("2016/07/19/story.txt", "2016-07-19"),
        ("x_2016_07_19.md", "2016-07-19"),
        ("x_2016_13_01.txt", None),
        ("id-12016071900.txt", None),
        ("story.txt", None),
    ],
)
def test_filename_date(name, expected):
    assert filename_date(name) == expected


def test_dateline_parsing_is_fast():
    text = "موسكو ــ 19 تموز 2016: التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي. " * 10
    t = time.perf_counter()
    for _ in range(2000):
        dateline_date(text)
    assert time.perf_counter() - t < 2.0  # ~0.1 ms each; dateparser would be 10-1000 times slower
