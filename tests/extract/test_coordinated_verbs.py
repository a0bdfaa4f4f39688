"""A verb joined by "and" (English "and backed", Arabic «وأكدت») shares the subject of the clause's verb
before it, however long that verb's object ("Iran condemned the Israeli strikes on Yemen and backed the Houthis":
Iran backs them, not Israel); a trigger word right after a demonym is a noun ("the Israeli strikes"), whose agent
is the demonym's state and which is no verb of the clause; an Arabic word with a pronoun suffix right after a verb
is its object noun, owned by the verb's subject («وأكدت دعمها للحوثيين»). Sentences of our own about several
conflicts."""

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import check_relations

ROWS = [
    (
        "Iran condemned the Israeli strikes on Yemen and backed the Houthis.",
        [("state:irn", "supports", "group:houthis"), ("state:isr", "fights", "state:yem")],
        [("state:isr", "supports", "*")],
    ),
    (
        "Turkey denounced the Russian attacks on Kharkiv and supported Ukraine.",
        [("state:tur", "supports", "state:ukr")],
        [("state:rus", "supports", "*")],
    ),
    (
        "Egypt criticised the Ethiopian dam on the Blue Nile and backed Sudan.",
        [("state:egy", "supports", "state:sdn")],
        [("state:eth", "supports", "*")],
    ),
    (
        "Russia and Iran backed Assad.",
        [("state:rus", "supports", "person:*"), ("state:irn", "supports", "person:*")],
        [],
    ),
    (
        "Israeli strikes killed 20 Hamas fighters.",
        [("state:isr", "fights", "group:hamas")],
        [],
    ),
]


AR_ROWS = [
    (
        "وأدانت إيران الضربات الإسرائيلية على اليمن وأكدت دعمها للحوثيين.",
        [("state:irn", "supports", "group:houthis")],
        [("state:yem", "supports", "*")],
    ),
    (
        "وجدد الرئيس الجزائري رفضه للتطبيع مع إسرائيل، وأكد دعمه للشعب الفلسطيني.",
        [("person:*", "supports", "state:pse")],
        [("state:isr", "supports", "*")],
    ),
    (
        "واستقبل الرئيس الكيني وليام روتو وفد الحكومة الإثيوبية في نيروبي، وجدد دعمه لاتفاق بريتوريا.",
        [("person:*", "supports", "agr:*")],
        [("state:eth", "supports", "*")],
    ),
    ("وأكدت مصر دعمها للجيش السوداني.", [("state:egy", "supports", "org:saf")], []),
]


@pytest.mark.parametrize("text,wanted,unwanted", ROWS, ids=[f"en-{n}" for n in range(len(ROWS))])
def test_coordinated_verb(text, wanted, unwanted):
    check_relations(extract_text(text, lang="en", date_="2024-05-10").relations, wanted, unwanted)


@pytest.mark.parametrize("text,wanted,unwanted", AR_ROWS, ids=[f"ar-{n}" for n in range(len(AR_ROWS))])
def test_coordinated_verb_ar(text, wanted, unwanted):
    check_relations(extract_text(text, lang="ar", date_="2024-05-10").relations, wanted, unwanted)
