"""Probe-found shapes of diplomacy in conflict news, written as new sentences of our own across conflicts (Ukraine's
grain deal, the Sahel's exit from ECOWAS and the G5, Yemen's Stockholm Agreement, the Iran deal, Saudi-Houthi and
Russia-Ukraine talks, Armenia-Azerbaijan, Gaza), both languages where the shape exists in both: leaving an agreement
or a body opposes it; a dash compound before a talks, meeting or call noun, or two demonyms after it in Arabic, names
its sides. A target ending in * matches any id with that prefix."""

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import fits

FINDS = [
    # leaving an agreement or a body, with or without "from"
    ("en", "Russia pulled out of the grain deal on Monday.", "2023-07-18", ("state:rus", "opposes", "agr:*")),
    ("en", "Mali quit the G5 Sahel force in 2022.", "2023-01-01", ("state:mli", "opposes", "org:g5-sahel")),
    ("en", "Niger exited the G5 Sahel in December.", "2024-01-10", ("state:ner", "opposes", "org:g5-sahel")),
    ("en", "Mali announced its exit from ECOWAS.", "2024-01-28", ("state:mli", "opposes", "org:ecowas")),
    (
        "en",
        "The Houthis abandoned the Stockholm Agreement, the government said.",
        "2019-05-01",
        ("group:houthis", "opposes", "agr:stockholm-agreement-2018"),
    ),
    ("en", "Mali's junta withdrew from the Algiers accord.", "2024-01-26", ("*", "opposes", "agr:*")),
    ("ar", "تنصل الحوثيون من اتفاق ستوكهولم.", "2019-05-01", ("group:houthis", "opposes", "agr:stockholm-*")),
    ("ar", "أعلنت مالي خروجها من مجموعة إيكواس.", "2024-01-28", ("state:mli", "opposes", "org:ecowas")),
    ("ar", "خرجت الولايات المتحدة من الاتفاق النووي مع إيران.", "2019-05-08", ("state:usa", "opposes", "agr:jcpoa")),
    # a dash compound before the noun names the sides of the talks, meeting or call
    ("en", "Saudi-Houthi talks resumed in Riyadh.", "2023-09-15", ("state:sau", "negotiates_with", "group:houthis")),
    (
        "en",
        "The Russia-Ukraine talks resumed in Istanbul.",
        "2025-06-02",
        ("state:rus", "negotiates_with", "state:ukr"),
    ),
    ("en", "US-Iran indirect talks resumed in Muscat.", "2025-04-12", ("state:usa", "negotiates_with", "state:irn")),
    (
        "en",
        "The Putin-Erdogan meeting in Sochi lasted three hours.",
        "2023-09-04",
        ("person:vladimir-putin", "meets", "person:recep-tayyip-erdogan"),
    ),
    (
        "en",
        "The Aliyev-Pashinyan phone call focused on the peace treaty.",
        "2025-03-11",
        ("person:ilham-aliyev", "phones", "person:nikol-pashinyan"),
    ),
    ("en", "A Saudi-Iranian summit was held in Beijing.", "2023-03-10", ("state:sau", "meets", "state:irn")),
    ("en", "Israeli-Palestinian talks collapsed in 2014.", "2015-01-10", ("state:isr", "negotiates_with", "state:pse")),
    (
        "ar",
        "استؤنفت المفاوضات الروسية الأوكرانية في إسطنبول.",
        "2025-06-02",
        ("state:rus", "negotiates_with", "state:ukr"),
    ),
    ("ar", "عقدت القمة الروسية التركية في سوتشي.", "2023-09-04", ("state:rus", "meets", "state:tur")),
    (
        "ar",
        "وتناول الاتصال الهاتفي المصري القطري جهود التهدئة في غزة.",
        "2024-02-10",
        ("state:egy", "phones", "state:qat"),
    ),
    ("ar", "وجاء اللقاء الأرميني الأذربيجاني في براغ.", "2022-10-06", ("state:arm", "meets", "state:aze")),
]

KEEPS_OUT = [
    # leaving a place, a post or talks opposes no one
    ("en", "The RSF abandoned its positions in Omdurman.", "2024-03-12", ("*", "opposes", "*")),
    ("en", "The minister quit his post in protest.", "2024-03-12", ("*", "opposes", "*")),
    ("ar", "وخرجت قوات الأمم المتحدة من مالي.", "2023-12-31", ("*", "opposes", "*")),
    ("ar", "خرج آلاف المتظاهرين من المساجد في الخرطوم.", "2023-01-10", ("*", "opposes", "*")),
    # a broker or a leader of the talks before the dash is no side ("US-brokered", "UN-led")
    ("en", "The US-brokered talks resumed in Jeddah.", "2023-05-20", ("state:usa", "negotiates_with", "*")),
    ("en", "The UN-led talks on Libya resumed in Geneva.", "2020-10-20", ("org:un", "negotiates_with", "*")),
    # one demonym after the noun is the talks' owner, not a pair
    ("ar", "وقال إن المفاوضات النووية الإيرانية متعثرة.", "2021-06-10", ("*", "negotiates_with", "*")),
]


@pytest.mark.parametrize("lang,text,date,want", FINDS, ids=[f"{c[0]}-{n}" for n, c in enumerate(FINDS)])
def test_accord_shape_finds_its_relation(lang, text, date, want):
    ex = extract_text(text, lang=lang, date_=date)
    assert any(fits(r, want) for r in ex.relations), [(r.source, r.type, r.target, r.method) for r in ex.relations]


@pytest.mark.parametrize("lang,text,date,unwanted", KEEPS_OUT, ids=[f"{c[0]}-{n}" for n, c in enumerate(KEEPS_OUT)])
def test_accord_shape_keeps_a_wrong_relation_out(lang, text, date, unwanted):
    ex = extract_text(text, lang=lang, date_=date)
    assert not [(r.source, r.type, r.target) for r in ex.relations if fits(r, unwanted)]
