"""Issue 9: a clergy title before a name ("Archbishop X", "Patriarch X", «البطريرك X», «المطران X») is a cue like a
rank: the person after it is discovered, and the title is no part of the name. Sentences written for this test
(made-up clergy)."""

from __future__ import annotations

from explorer.extract.pipeline import extract_text


def _people(text: str, lang: str) -> list[str]:
    ex = extract_text(text, lang=lang, date_="2024-05-01")
    return [e.name for e in ex.entities if e.kind == "person"]


def test_archbishop_before_an_unknown_name_en():
    assert _people("The protest movement, led by Archbishop Levon Sargsian, rejected the border deal.", "en") == [
        "Levon Sargsian"
    ]


def test_patriarch_before_an_unknown_name_ar():
    assert _people("وقال البطريرك يوسف الخوري إن الحوار هو الطريق الوحيد.", "ar") == ["يوسف الخوري"]
