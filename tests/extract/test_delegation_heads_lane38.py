"""A delegation headed by a person meets, talks or travels as he does: "A Houthi delegation led by X met Y",
«وفد من الحكومة السودانية برئاسة X، نائب رئيس مجلس السيادة، التقى Y» (an Arabic verb right after the head's title
set off by commas goes on his clause), «والتقى وفد من الحكومة السودانية برئاسة X Y» (the verb first); the person
and the side that sends the delegation meet Y. A title with a glued preposition after a comma («، برئيس …») ends
the list of those who chair. Sentences of our own (Yemen, Sudan, Gaza)."""

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import check_relations

ROWS = [
    (
        "en",
        "A Houthi delegation led by Mohammed Abdulsalam met Omani Foreign Minister Badr Albusaidi in Muscat.",
        [("person:mohammed-abdulsalam", "meets", "person:badr-albusaidi")],
        [],
    ),
    (
        "ar",
        "وقال المكتب الإعلامي إن وفدا من الحكومة السودانية برئاسة مالك عقار، نائب رئيس مجلس السيادة، "
        "التقى الرئيس الكيني وليام روتو في نيروبي.",
        [("person:malik-agar", "meets", "person:william-ruto")],
        [],
    ),
    (
        "ar",
        "والتقى وفد من الحكومة السودانية برئاسة مالك عقار الرئيس الكيني وليام روتو في نيروبي.",
        [("person:malik-agar", "meets", "person:william-ruto")],
        [],
    ),
    (
        "ar",
        "واجتمع وفد من قيادات حركة الجهاد الإسلامي برئاسة الأمين العام للحركة زياد النخالة، "
        "برئيس جهاز المخابرات العامة المصري اللواء عباس كامل، في القاهرة.",
        [],
        [("person:abbas-kamel", "member_of", "*")],
    ),
]


@pytest.mark.parametrize("lang,text,wanted,unwanted", ROWS, ids=[f"{r[0]}-{n}" for n, r in enumerate(ROWS)])
def test_delegation_heads(lang, text, wanted, unwanted):
    check_relations(extract_text(text, lang=lang, date_="2023-09-10").relations, wanted, unwanted)
