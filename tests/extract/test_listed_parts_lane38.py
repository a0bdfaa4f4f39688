"""Parts of a body listed after a word of inclusion: "factions of the Islamic Resistance in Iraq, including Kataib
Hezbollah and Harakat al-Nujaba", «فصائل المقاومة الإسلامية في العراق، ومنها كتائب حزب الله»: a plural noun of groups
owned by the body, a comma, then "including" / «ومنها» / «ومن بينها»: each name listed is a member of the body.
Sentences of our own (Iraq)."""

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import check_relations

ROWS = [
    (
        "en",
        "Factions of the Islamic Resistance in Iraq, including Kataib Hezbollah, claimed drone attacks on US bases.",
        [("group:kataib-hezbollah", "member_of", "*")],
        [],
    ),
    (
        "ar",
        "وأعلنت فصائل المقاومة الإسلامية في العراق، ومن بينها كتائب حزب الله، مسؤوليتها عن الهجمات.",
        [("group:kataib-hezbollah", "member_of", "*")],
        [],
    ),
]


@pytest.mark.parametrize("lang,text,wanted,unwanted", ROWS, ids=[f"{r[0]}-{n}" for n, r in enumerate(ROWS)])
def test_listed_parts(lang, text, wanted, unwanted):
    check_relations(extract_text(text, lang=lang, date_="2024-02-01").relations, wanted, unwanted)
