"""Stance lane, session 42 (issue 9): who a later "condemned the attack" opposes, and the sides of a fight named
by the man their forces are loyal to. An attack on a place (a hotel, a camp, a tanker, a town) names no side it
hit, so no fights relation is made, but its subject still struck: the next sentence's condemnation of "the
attack" opposes that subject, not nobody. A fight named only as a pair ("the Israel-Houthi conflict") is no one
side's strike: condemning the strikes of that sentence opposes the one who struck. Sentences written for these
tests."""

import pytest

from tests.extract.shapes import named_relations


@pytest.mark.parametrize(
    "text, lang, source, target",
    [
        (
            "Fighters of al-Shabaab stormed a hotel in Kismayo on Friday, killing nine people. "
            "Kenya condemned the attack.",
            "en",
            "Kenya",
            "al-Shabaab",
        ),
        (
            "The Houthis fired two missiles at a tanker off Hodeidah. Britain condemned the attack on Tuesday.",
            "en",
            "United Kingdom",
            "Houthis",
        ),
        (
            "شن مسلحو جماعة نصرة الإسلام والمسلمين هجوما على بلدة جيبو في شمال بوركينا فاسو. ودانت الجزائر الهجوم.",
            "ar",
            "Algeria",
            "Jama'at Nusrat al-Islam wal-Muslimin",
        ),
    ],
)
def test_condemned_attack_on_a_place(text, lang, source, target) -> None:
    rels = named_relations(text, lang, "2024-02-01")
    assert (source, "opposes", target) in rels


def test_a_pair_conflict_is_no_attacker() -> None:
    text = (
        "On Sunday, Britain launched strikes on Houthi radar sites, a new turn in the Israel-Houthi conflict. "
        "Iran condemned the strikes."
    )
    rels = named_relations(text, "en", "2024-02-01")
    assert ("Iran", "opposes", "United Kingdom") in rels
    assert ("Iran", "opposes", "Israel") not in rels


def test_talks_broken_off_after_an_attack_make_no_attacker() -> None:
    text = (
        "The president suspended talks with the rebels after a car bomb attack on a barracks in Cali. "
        "The Colombian ombudsman condemned the attack."
    )
    rels = named_relations(text, "en", "2022-02-01")
    assert not any(r == "opposes" for _, r, _ in rels)


@pytest.mark.parametrize(
    "text, lang, date, source, target",
    [
        (
            "Clashes between troops loyal to Salva Kiir and forces loyal to Riek Machar broke out in Malakal.",
            "en",
            "2016-07-10",
            "Salva Kiir Mayardit",
            "Riek Machar",
        ),
        (
            "وتجددت المعارك في تعز بين مسلحي الحوثيين والمقاتلين الموالين للرئيس عبد ربه منصور هادي.",
            "ar",
            "2015-06-01",
            "Houthis",
            "Abdrabbuh Mansour Hadi",
        ),
        (
            "واندلعت اشتباكات في ترهونة بين قوات حكومة الوفاق ومسلحي خليفة حفتر.",
            "ar",
            "2019-06-01",
            "Government of National Accord",
            "Libyan National Army",
        ),
    ],
)
def test_forces_loyal_to_a_man_are_a_side(text, lang, date, source, target) -> None:
    """ "between troops loyal to Kiir and forces loyal to Machar": each man stands for his forces, the second one
    too (a fight's target may be the man named for a side); «ومسلحي خليفة حفتر»: the gunmen of the man who
    commands an armed group are that group, «و» glued or not."""
    assert (source, "fights", target) in named_relations(text, lang, date)
