"""Stance, travel and keeping words news uses in every conflict (sentences written for these tests): an arms
embargo or a blacklisting opposes its target (the passive's 'by' names who imposes it), demanding that a group be
disbanded opposes it, fleeing to a country is a visit, and a party that says it will abide by the deal reached
that week agrees with it."""

from __future__ import annotations

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import check_relations

CASES = [
    (
        "en",
        "2015-04-14",
        "The Security Council on Tuesday imposed an arms embargo on Yemen's Houthi rebels.",
        [("org:unsc", "opposes", "group:houthis")],
        [("org:unsc", "opposes", "state:yem")],
    ),
    (
        "en",
        "2023-06-01",
        "The United States blacklisted the Wagner Group over its role in Mali.",
        [("state:usa", "opposes", "group:wagner")],
        [],
    ),
    (
        "en",
        "2018-06-01",
        "Hayat Tahrir al-Sham was blacklisted by the United Nations in 2018.",
        [("org:un", "opposes", "group:hts")],
        [("group:hts", "opposes", "*")],
    ),
    (
        "en",
        "2021-08-16",
        "Ashraf Ghani fled to the United Arab Emirates as the Taliban entered Kabul.",
        [("person:ashraf-ghani", "visits", "state:are")],
        [],
    ),
    (
        "ar",
        "2019-04-20",
        "ولجأ الرئيس السوداني المعزول عمر البشير إلى الإمارات.",
        [("*", "visits", "state:are")],
        [],
    ),
    (
        "en",
        "2019-10-10",
        "Turkey demanded that the YPG be disbanded.",
        [("state:tur", "opposes", "group:ypg")],
        [("state:tur", "supports", "group:ypg")],
    ),
    (
        "ar",
        "2020-06-01",
        "وطالب العراق بتفكيك قوات الحشد الشعبي.",
        [("state:irq", "opposes", "group:pmf")],
        [("state:irq", "supports", "group:pmf")],
    ),
    (
        "en",
        "2022-11-03",
        "Ethiopia and the TPLF signed the Pretoria Agreement on Wednesday. Al-Shabaab rejected it, but the TPLF "
        "said it would abide by the deal.",
        [("group:tplf", "agrees_with", "agr:pretoria-agreement-2022")],
        [("group:al-shabaab", "agrees_with", "*")],
    ),
    # a purpose adjunct is the act of the actor that opens the sentence, not of the name just before it
    (
        "en",
        "2013-01-20",
        "France and Chad deployed troops against the jihadists in a bid to restore Mali's territorial integrity.",
        [("state:fra", "supports", "state:mli"), ("state:tcd", "supports", "state:mli")],
        [],
    ),
    (
        "en",
        "2015-04-14",
        "Saudi Arabia launched air strikes against the Houthis in an effort to restore President Hadi.",
        [("state:sau", "supports", "person:abdrabbuh-mansour-hadi")],
        [("group:houthis", "supports", "*")],
    ),
    # "will not sign" an agreement refuses it ("did not sign" only reports; "any document" is no agreement)
    (
        "en",
        "2018-09-13",
        "The SPLM-IO said it will not sign the Khartoum Declaration.",
        [("group:splm-io", "opposes", "agr:*")],
        [("group:splm-io", "agrees_with", "*")],
    ),
    (
        "en",
        "2022-03-30",
        "Mykhailo Podolyak said Kyiv would not sign any document with Russia.",
        [],
        [("state:ukr", "opposes", "state:rus")],
    ),
    (
        "en",
        "2018-09-13",
        "Sudan signed the Khartoum Declaration, but Uganda did not sign it.",
        [],
        [("state:uga", "opposes", "*")],
    ),
    # voting for a text approves it, in every form of the verb
    (
        "en",
        "2024-03-25",
        "The Security Council adopted Resolution 2728, with Algeria voting for it and the United States abstaining.",
        [("state:dza", "agrees_with", "agr:unscr-2728")],
        [("state:usa", "agrees_with", "agr:unscr-2728")],
    ),
    # welcoming an agreement backs it; going on to speak of it ("saying", «وأكد») is a statement about it too
    (
        "en",
        "2022-11-03",
        "Kenya welcomed the Pretoria Agreement and said it was a step toward peace in Ethiopia.",
        [
            ("state:ken", "supports", "agr:pretoria-agreement-2022"),
            ("state:ken", "states", "agr:pretoria-agreement-2022"),
        ],
        [],
    ),
    (
        "ar",
        "2020-10-04",
        "ورحّبت مصر باتفاق جوبا للسلام، مؤكدة دعمها للسودان.",
        [("state:egy", "supports", "agr:juba-peace-2020"), ("state:egy", "states", "agr:juba-peace-2020")],
        [],
    ),
    (
        "ar",
        "2018-12-14",
        "كما رحّبت الحكومة اليمنية باتفاق ستوكهولم، وقال وزير الخارجية خالد اليماني إن الحكومة ستلتزم به.",
        [("state:yem", "supports", "agr:stockholm-agreement-2018")],
        [("state:yem", "states", "agr:stockholm-agreement-2018")],
    ),
    (
        "en",
        "2022-07-23",
        "The United States welcomed the Black Sea Grain Initiative, but Antony Blinken said Washington would hold "
        "Russia accountable.",
        [("state:usa", "supports", "agr:black-sea-grain-initiative-2022")],
        [("state:usa", "states", "agr:black-sea-grain-initiative-2022")],
    ),
    (
        "en",
        "2023-05-12",
        "Kenya urged the army and the RSF to abide by the Jeddah Declaration.",
        [("state:ken", "supports", "agr:jeddah-declaration-2023")],
        [("state:ken", "agrees_with", "*")],
    ),
]


@pytest.mark.parametrize("lang,date,text,wanted,unwanted", CASES)
def test_stance_words(lang, date, text, wanted, unwanted):
    check_relations(extract_text(text, lang=lang, date_=date).relations, wanted, unwanted)
