"""Who was met, fought or backed when the object phrase is long: a camp label is no verb ("met opposition leader
Raila Odinga"), an owner's title for a person names that person ("Putin's envoy Kirill Dmitriev"), a participle's
agent is not a partner ("the families of hostages held by Hamas"), a time word and an event noun end the object
("met Abbas in Ramallah after talks with Netanyahu"), a verb between a name and a participle gives the participle
its own noun ("fought militias backed by Russia"), and an appositive right after a name describes it ("the RSF,
backed by the UAE"); Arabic likewise («مبعوث بوتين كيريل دميترييف», «ميليشيات مدعومة من روسيا»). Sentences of
our own about several conflicts."""

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import check_relations

ROWS = [
    (
        "Kenyan President William Ruto met opposition leader Raila Odinga.",
        [("person:william-ruto", "meets", "person:raila-odinga")],
        [],
    ),
    (
        "Witkoff met Putin's envoy Kirill Dmitriev in Miami.",
        [("person:*", "meets", "person:kirill-dmitriev")],
        [("*", "meets", "person:vladimir-putin")],
    ),
    ("Erdogan met the families of hostages held by Hamas.", [], [("*", "meets", "group:hamas")]),
    ("Lavrov met a Syrian delegation led by Faisal Mekdad.", [("*", "meets", "person:sergei-lavrov")], []),
    (
        "Blinken met Hamas's political chief Ismail Haniyeh in Doha.",
        [("person:antony-blinken", "meets", "person:ismail-haniyeh")],
        [("*", "meets", "group:hamas")],
    ),
    (
        "Blinken met Abbas in Ramallah after talks with Netanyahu.",
        [("person:antony-blinken", "negotiates_with", "person:benjamin-netanyahu")],
        [("person:antony-blinken", "meets", "person:benjamin-netanyahu")],
    ),
    (
        "Egypt condemned the attack on Rafah after a meeting with Qatar.",
        [],
        [("state:egy", "opposes", "state:qat")],
    ),
    (
        "Ukrainian forces fought militias backed by Russia in Bakhmut.",
        [],
        [("state:rus", "supports", "*")],
    ),
    (
        "Sudan accused the RSF, backed by the UAE, of genocide.",
        [("state:are", "supports", "group:rsf")],
        [("state:are", "supports", "state:sdn")],
    ),
    (
        "Rwanda rejected accusations by the DR Congo that it supports M23.",
        [("state:cod", "opposes", "state:rwa")],
        [],
    ),
    (
        "Hezbollah, which is backed by Iran, fired rockets at Israel.",
        [("state:irn", "supports", "group:hezbollah")],
        [],
    ),
    (
        "Abiy met Isaias in Asmara, weeks after Eritrea backed Ethiopia's offensive against the TPLF.",
        [("person:abiy-ahmed", "meets", "person:isaias-afwerki")],
        [("person:abiy-ahmed", "meets", "state:eri")],
    ),
]


AR_ROWS = [
    (
        "والتقى ويتكوف مبعوث بوتين كيريل دميترييف في ميامي.",
        [("person:*", "meets", "person:kirill-dmitriev")],
        [("*", "meets", "person:vladimir-putin")],
    ),
    ("وقاتلت القوات الأوكرانية ميليشيات مدعومة من روسيا في باخموت.", [], [("state:rus", "supports", "*")]),
    (
        "وشنت قوات الدعم السريع، المدعومة من الإمارات، هجوما على الفاشر.",
        [("state:are", "supports", "group:rsf")],
        [],
    ),
]


@pytest.mark.parametrize("text,wanted,unwanted", ROWS, ids=[f"en-{n}" for n in range(len(ROWS))])
def test_meeting_objects(text, wanted, unwanted):
    check_relations(extract_text(text, lang="en", date_="2025-04-01").relations, wanted, unwanted)


@pytest.mark.parametrize("text,wanted,unwanted", AR_ROWS, ids=[f"ar-{n}" for n in range(len(AR_ROWS))])
def test_meeting_objects_ar(text, wanted, unwanted):
    check_relations(extract_text(text, lang="ar", date_="2025-04-01").relations, wanted, unwanted)
