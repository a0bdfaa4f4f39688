"""Where a traveller goes: the place he comes from ("arrived by train from Poland", «وصل قادما من طهران») is no
place he visits; a verb after "and" keeps the subject of the verb before it when only places, times and an
appositive about the trip stand between ("X arrived in Bamako on Monday, his second trip to the Malian capital this
year, and held talks with Y"). Sentences of our own (Ukraine, Iran, Mali)."""

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import check_relations

ROWS = [
    ("en", "Antony Blinken arrived by train from Poland on Tuesday.", [], [("*", "visits", "state:pol")]),
    ("ar", "ووصل عراقجي قادما من طهران صباح اليوم.", [], [("*", "visits", "place:capital-irn")]),
    (
        "en",
        "Algeria's foreign minister Ahmed Attaf arrived in Bamako on Monday, his second trip to the Malian capital "
        "this year, and held talks with Assimi Goita.",
        [("person:ahmed-attaf", "negotiates_with", "person:assimi-goita")],
        [],
    ),
]


@pytest.mark.parametrize("lang,text,wanted,unwanted", ROWS, ids=[f"{r[0]}-{n}" for n, r in enumerate(ROWS)])
def test_travel(lang, text, wanted, unwanted):
    check_relations(extract_text(text, lang=lang, date_="2024-03-07").relations, wanted, unwanted)
