"""Whoever condemns an attack did not carry it out (issue 9, arguments in the right order). A relative verb after
an attack noun and its demonym («الضربات التركية التي استهدفت …») acts for that attack: the demonym's state is
its subject, not the condemner. A subject named with its noun and adjective («الحكومة الأردنية») or a time after
it («اليوم الأحد») still stands between the verb of condemning and the attack it takes as object. In English a
demonym before the verb ("The Qatari government condemned attacks on …") is the verb's subject, not the
attack's agent, and a bare plural right after a verb of stance ("denounced strikes on …") is its object.
Sentences written for these tests."""

import pytest

from tests.extract.shapes import named_relations


def _rels(text: str, lang: str) -> set[tuple[str, str, str]]:
    return named_relations(text, lang, "2022-08-14")


@pytest.mark.parametrize(
    "text, condemner, attacker, attacked",
    [
        ("استنكرت الحكومة الأردنية الضربات التركية التي استهدفت مواقع حزب العمال الكردستاني.", "Jordan", "Turkey",
         "Kurdistan Workers' Party"),
        ("أدانت قطر الغارات الإسرائيلية التي استهدفت مواقع لحزب الله في جنوب لبنان.", "Qatar", "Israel", "Hezbollah"),
    ],
)
def test_the_relative_verb_takes_the_attacks_demonym(text, condemner, attacker, attacked) -> None:
    rels = _rels(text, "ar")
    assert (condemner, "opposes", attacker) in rels
    assert (attacker, "fights", attacked) in rels
    assert not any(s == condemner and t == "fights" for s, t, _ in rels)


@pytest.mark.parametrize(
    "text",
    [
        "استنكرت الحكومة الكويتية الضربات الجوية الإيرانية.",
        "أدانت الكويت اليوم الأحد الغارات الجوية الإيرانية على شمال العراق.",
    ],
)
def test_the_condemner_does_not_fight_the_attacker(text) -> None:
    rels = _rels(text, "ar")
    assert ("Kuwait", "opposes", "Iran") in rels
    assert not any(s == "Kuwait" and t == "fights" for s, t, _ in rels)


@pytest.mark.parametrize(
    "text",
    [
        "The Kuwaiti government also condemned attacks on Turkish forces in northern Iraq.",
        "Kuwait denounced strikes on Lebanon overnight.",
    ],
)
def test_english_condemner_fights_nobody(text) -> None:
    assert not any(s == "Kuwait" and t == "fights" for s, t, _ in _rels(text, "en"))
