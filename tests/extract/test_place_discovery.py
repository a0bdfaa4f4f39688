"""Places the knowledge base does not know, named after the noun that says what they are (explorer/extract/
places.py). Sentences written for these tests: invented or little-known places, news style."""

from __future__ import annotations

import pytest

from explorer.extract.pipeline import extract_text


def _places(lang: str, text: str) -> set[str]:
    ex = extract_text(text, lang=lang, date_="2024-05-10")
    return {m.text for e in ex.entities if e.kind == "place" for m in e.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Shells hit the Azerbaijani city of Ganja on Sunday.", "Ganja"),
        ("en", "Rebels pressed an offensive around the railway hub of Debaltseve.", "Debaltseve"),
        ("en", "Thousands fled to the border town of Renk last week.", "Renk"),
        ("en", "The envoy flew on to the coastal village of Ras Kamboni.", "Ras Kamboni"),
        ("en", "Fighting spread into the Sankura region overnight.", "Sankura"),
        ("ar", "وسقطت قذائف على مدينة كنجة الأذربيجانية.", "كنجة"),
        ("ar", "وفر الآلاف إلى مدينة رنك الحدودية.", "رنك"),
        ("ar", "وتقع بلدة أم روابة على الطريق إلى الأبيض.", "أم روابة"),
        ("ar", "وسيطرت القوات على بلدة شيري صباح الأحد.", "شيري"),
    ],
)
def test_a_place_noun_names_the_place_after_it(lang, text, name):
    assert name in _places(lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Flights to the Kurdish region were halted on Sunday."),  # an adjective, no name
        ("en", "The town of the dead was empty."),
        ("ar", "وطالبهم بالخروج من هذه المنطقة بسلاحهم."),  # the area named before: no name after it
        ("ar", "واتفق الطرفان على إقامة منطقة عازلة على الحدود."),  # a buffer zone
        ("ar", "وزار الوفد مدينة عربية كبيرة."),  # an adjective
    ],
)
def test_a_place_noun_before_no_name_makes_no_place(lang, text):
    assert _places(lang, text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The talks in Entebbe ended on Monday.", "Entebbe"),
        ("Clashes near Tawila killed five people.", "Tawila"),
        ("He said fighting in Greater Equatoria went on.", "Greater Equatoria"),
    ],
)
def test_capitalised_words_after_a_place_preposition_name_a_place(text, name):
    assert name in _places("en", text)


@pytest.mark.parametrize(
    "text",
    [
        "He arrived in January and spoke in Arabic.",  # a month, a language
        "The envoy spoke in Parliament on Monday.",
        "Officials in Kenyan ministries were told.",  # an adjective
        "Troops in Eastern Shield Brigade positions withdrew.",  # a body's name: its head noun after it
    ],
)
def test_no_place_after_a_preposition_from_a_month_a_language_or_a_body(text):
    assert _places("en", text) == set()
