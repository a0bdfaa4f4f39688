"""Talks, meetings and visits (session 46): talks hosted at a place before their "between" ("hosted talks in the
Kenyan capital between X and Y", «محادثات استضافها في العاصمة القطرية بين X وY») are between the two sides, not
the host's. Sentences of our own (Sudan, Chad, Kenya, Qatar, Egypt)."""

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import check_relations

ROWS = [
    (
        "en",
        "Kenya hosted talks in the Kenyan capital between Sudan and Chad on Friday.",
        [("state:sdn", "negotiates_with", "state:tcd")],
        [("state:ken", "negotiates_with", "*")],
    ),
    (
        "ar",
        "انتهت محادثات استضافها في العاصمة القطرية بين الرئيس السوداني عمر البشير والرئيس التشادي إدريس ديبي.",
        [("person:omar-al-bashir", "negotiates_with", "person:idriss-deby")],
        [],
    ),
    (
        "ar",
        "وقال الوزير بعد استضافته محادثات في أديس أبابا بين الرئيس السوداني عمر البشير والرئيس التشادي إدريس ديبي "
        "إن الجانبين اتفقا.",
        [("person:omar-al-bashir", "negotiates_with", "person:idriss-deby")],
        [],
    ),
    (
        "ar",
        "استضافت مصر يوم الاثنين محادثات في القاهرة بين السودان وتشاد.",
        [("state:sdn", "negotiates_with", "state:tcd")],
        [("state:egy", "negotiates_with", "*")],
    ),
]


@pytest.mark.parametrize("lang,text,wanted,unwanted", ROWS, ids=[f"{r[0]}-{n}" for n, r in enumerate(ROWS)])
def test_talks(lang, text, wanted, unwanted):
    check_relations(extract_text(text, lang=lang, date_="2024-03-07").relations, wanted, unwanted)
