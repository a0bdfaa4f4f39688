"""Who received whom: an Arabic host named with a venue («بمقر الحكومة في مقديشو», `venue_words`) still receives
the guest named after it (the body whose seat is named is no one met); a courtesy «النائب» (MP) stands between a
title and its name; "X flew to Y, where he was received by Z": the pronoun before the passive is X. Sentences of
our own (Somalia, Lebanon, Ethiopia and Eritrea)."""

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import check_relations

ROWS = [
    (
        "ar",
        "استقبل رئيس الوزراء الصومالي حمزة عبدي بري، أمس الأحد، بمقر الحكومة في مقديشو، المبعوث الأممي جيمس سوان.",
        [("person:*", "meets", "person:james-swan")],
        [],
    ),
    (
        "ar",
        "والتقى السفير الأمريكي رئيس كتلة الوفاء للمقاومة النائب محمد رعد في بيروت.",
        [("person:mohammad-raad", "holds_role_in", "*")],
        [],
    ),
    (
        "en",
        "Ethiopian Prime Minister Abiy Ahmed flew to Asmara on Sunday, where he was received by President Isaias "
        "Afwerki.",
        [("person:isaias-afwerki", "meets", "person:abiy-ahmed")],
        [],
    ),
]


@pytest.mark.parametrize("lang,text,wanted,unwanted", ROWS, ids=[f"{r[0]}-{n}" for n, r in enumerate(ROWS)])
def test_hosts(lang, text, wanted, unwanted):
    check_relations(extract_text(text, lang=lang, date_="2023-06-18").relations, wanted, unwanted)
