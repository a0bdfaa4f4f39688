"""Talks and ties named as what a stance verb backs or rejects ("Egypt backs negotiations with the Houthis",
«رفض المجلس العسكري الحوار مع إيكواس»): the side the talks are with is not backed (though refusing talks with
someone opposes them), and neither the backer nor the refuser holds the talks; talks whose two sides are named
after them still join those sides. Sentences of our own
about several conflicts, in both languages."""

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import check_relations

FINDS = [
    ("en", "Turkey supports talks between Kyiv and Moscow.", ("state:ukr", "negotiates_with", "state:rus")),
    ("ar", "وتدعم قطر المفاوضات بين حماس وإسرائيل.", ("group:hamas", "negotiates_with", "state:isr")),
    ("en", "Egypt held talks with the Houthis in Cairo.", ("state:egy", "negotiates_with", "group:houthis")),
    ("ar", "وأجرت مصر محادثات مع الحوثيين.", ("state:egy", "negotiates_with", "group:houthis")),
    ("en", "Iran has long backed the Houthis.", ("state:irn", "supports", "group:houthis")),
    ("ar", "وأكدت مصر دعمها للجيش السوداني.", ("state:egy", "supports", "*")),
    ("en", "Algeria rejected the talks, and it condemned Morocco.", ("state:dza", "opposes", "state:mar")),
    # a trigger's word inside a name backs nothing («طالبان» is no «طالب», demands)
    ("ar", "تجري حركة طالبان مفاوضات مع باكستان منذ مارس.", ("group:taliban", "negotiates_with", "state:pak")),
    # refusing talks with someone opposes them
    ("en", "The Russian president rejected any talks with Zelensky.", ("*", "opposes", "person:*")),
]

KEEPS_OUT = [
    ("en", "Egypt backs negotiations with the Houthis.", ("state:egy", "supports", "group:houthis")),
    ("en", "Egypt backs negotiations with the Houthis.", ("state:egy", "negotiates_with", "group:houthis")),
    ("en", "Russia supports dialogue with Ukraine.", ("state:rus", "negotiates_with", "state:ukr")),
    ("en", "Turkey supports talks between Kyiv and Moscow.", ("state:tur", "supports", "*")),
    ("en", "Mali's junta rejected talks with ECOWAS.", ("*", "negotiates_with", "org:ecowas")),
    ("en", "The UAE welcomed cooperation with Sudan's army.", ("state:are", "supports", "*")),
    ("ar", "وأكدت مصر دعمها للحوار مع الحوثيين.", ("state:egy", "supports", "group:houthis")),
    ("ar", "وأكدت مصر دعمها للحوار مع الحوثيين.", ("state:egy", "negotiates_with", "group:houthis")),
    ("ar", "وأعلنت تركيا دعمها للمحادثات بين كييف وموسكو.", ("state:tur", "supports", "*")),
    ("ar", "وقال لافروف إن روسيا تدعم الحوار مع أوكرانيا.", ("state:rus", "supports", "state:ukr")),
    ("ar", "وقال لافروف إن روسيا تدعم الحوار مع أوكرانيا.", ("state:rus", "negotiates_with", "state:ukr")),
    # the sides named with "between" after a noun are that thing's sides, neither backed nor opposed
    (
        "en",
        "Saudi Arabia expressed concern over the fighting between the army and the RSF.",
        ("state:sau", "opposes", "group:rsf"),
    ),
    ("en", "Kenya condemned the clashes between Ethiopia and Eritrea.", ("state:ken", "opposes", "*")),
    ("ar", "وأعربت السعودية عن قلقها إزاء القتال بين الجيش وقوات الدعم السريع.", ("state:sau", "opposes", "*")),
    # an offer to mediate is no talks yet
    ("en", "China offered to mediate between Russia and Ukraine.", ("state:rus", "negotiates_with", "state:ukr")),
]


@pytest.mark.parametrize(
    "lang,text,shape,found",
    [(*r, True) for r in FINDS] + [(*r, False) for r in KEEPS_OUT],
    ids=[f"find-{n}" for n in range(len(FINDS))] + [f"out-{n}" for n in range(len(KEEPS_OUT))],
)
def test_backed_talks(lang, text, shape, found):
    rels = extract_text(text, lang=lang, date_="2024-05-10").relations
    check_relations(rels, [shape] if found else [], [] if found else [shape])
