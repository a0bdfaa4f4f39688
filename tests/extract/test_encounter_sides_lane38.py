"""Who is on which side of a meeting: a name that is the object of an earlier meeting, talk or visit in the
sentence is not the subject of the next meeting noun ("X's meeting with A came after a similar meeting with B", "X
met A during his visit to B": X met B, X visited B); «التقى X ونائبه Y … بـZ»: the deputies named after him
(`associate_nouns`) meet Z with him, they do not meet him. Sentences of our own (Gaza and Israel, Sudan)."""

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import check_relations

ROWS = [
    (
        "en",
        "Blinken's meeting with Mahmoud Abbas came a day after a similar meeting with Egyptian President Abdel "
        "Fattah al-Sisi.",
        [("person:antony-blinken", "meets", "person:abdel-fattah-el-sisi")],
        [("person:mahmoud-abbas", "meets", "person:abdel-fattah-el-sisi")],
    ),
    (
        "en",
        "Witkoff met Netanyahu during his visit to Jerusalem on Friday.",
        [],
        [("person:benjamin-netanyahu", "visits", "*")],
    ),
    (
        "ar",
        "التقى رئيس مجلس السيادة عبد الفتاح البرهان ونائبه مالك عقار اليوم بالمبعوث الأمريكي توم بيرييلو.",
        [("person:malik-agar", "meets", "person:tom-perriello")],
        [("person:abdel-fattah-al-burhan", "meets", "person:malik-agar")],
    ),
]


@pytest.mark.parametrize("lang,text,wanted,unwanted", ROWS, ids=[f"{r[0]}-{n}" for n, r in enumerate(ROWS)])
def test_encounter_sides(lang, text, wanted, unwanted):
    check_relations(extract_text(text, lang=lang, date_="2024-04-01").relations, wanted, unwanted)
