"""Stance lane, session 41 (issue 9): arguments in the right order for condemnation and blame. A day phrase
between a verb of condemning and the attack it takes ("condemned on Sunday attacks by X") leaves the condemner
out of the fight; an agreement whose breach is condemned is not opposed; "both sides" after "by" in a sentence
that opens with a pair is not that pair; an Arabic demonym right after a group's name is that name's adjective;
«وحمّلت» after a comma has the subject of the clause before, and a long title with a comma still leaves the
object of «حمّل» in reach. Sentences written for these tests."""

import pytest

from tests.extract.shapes import named_relations


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria condemned on Sunday attacks by Boko Haram near Maiduguri.",
        "Nigeria condemned late on Friday raids by Boko Haram in Borno state.",
    ],
)
def test_a_day_before_the_condemned_attack(text) -> None:
    rels = named_relations(text, "en", "2021-06-01")
    assert ("Nigeria", "opposes", "Boko Haram") in rels
    assert not any(r == "fights" for _, r, _ in rels)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Kenya condemned repeated violations of the Pretoria agreement in northern Ethiopia.", "en"),
        ("ودانت قطر خروقات الهدنة في محيط طرابلس.", "ar"),
    ],
)
def test_a_breached_agreement_is_not_opposed(text, lang) -> None:
    rels = named_relations(text, lang, "2023-03-01")
    assert not any(r == "opposes" for _, r, _ in rels)


def test_both_sides_after_by_are_not_the_condemners() -> None:
    rels = named_relations("Kenya and Uganda condemned the attacks by both sides.", "en", "2023-03-01")
    assert ("Kenya", "opposes", "Uganda") not in rels
    assert ("Uganda", "opposes", "Kenya") not in rels


@pytest.mark.parametrize(
    "text, src, tgt",
    [
        ("وانتقدت حركة فتح الفلسطينية القرار الإسرائيلي بإغلاق المعابر.", "Fatah", "Israel"),
        ("ونددت جماعة الحوثي اليمنية بالغارات الأمريكية على صنعاء.", "Houthis", "United States"),
    ],
)
def test_a_demonym_after_a_group_name_is_its_adjective(text, src, tgt) -> None:
    rels = named_relations(text, "ar", "2023-10-10")
    assert (src, "opposes", tgt) in rels
    assert not any(s == src and t in ("Palestine", "Yemen") for s, _, t in rels)


def test_blame_after_a_comma_has_the_first_clause_subject() -> None:
    text = (
        "وفي القاهرة، أدانت مصر اغتيال رئيس المكتب السياسي لحركة حماس، إسماعيل هنية، وحمّلت إسرائيل المسؤولية"
        " الكاملة عن التصعيد."
    )
    rels = named_relations(text, "ar", "2024-08-01")
    assert ("Egypt", "opposes", "Israel") in rels
    assert ("Ismail Haniyeh", "opposes", "Israel") not in rels


def test_blame_after_a_long_title_and_a_comma() -> None:
    text = "وحمّل وزير الخارجية والمغتربين السوري فيصل المقداد، الولايات المتحدة المسؤولية عن معاناة السوريين."
    assert ("Faisal Mekdad", "opposes", "United States") in named_relations(text, "ar", "2021-01-01")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Rwanda rejected in a letter to the African Union the accusations made by Kinshasa.", "en"),
        ("ورفضت رواندا في رسالة إلى الاتحاد الأفريقي الأسبوع الماضي هذه الاتهامات.", "ar"),
    ],
)
def test_the_addressee_of_a_letter_is_not_opposed(text, lang) -> None:
    rels = named_relations(text, lang, "2024-03-01")
    assert ("Rwanda", "opposes", "African Union") not in rels


@pytest.mark.parametrize(
    "text, backer, backed",
    [
        ("Turkish drones struck YPG positions near Kobani. The US-backed militia said two of its fighters died.",
         "United States", "People's Protection Units"),
        ("The Houthis fired a missile at Eilat on Monday, a week after a naval attack by the Iran-backed group.",
         "Iran", "Houthis"),
    ],
)
def test_a_definite_backed_group_stands_for_the_group_before(text, backer, backed) -> None:
    assert (backer, "supports", backed) in named_relations(text, "en", "2024-02-01")


def test_a_collective_in_a_relative_clause_on_the_pair_is_others() -> None:
    text = (
        "Qatar and Egypt, which have mediated between the warring parties in Cairo, condemned the shelling by both"
        " sides."
    )
    rels = named_relations(text, "en", "2024-02-01")
    assert not any({s, t} == {"Qatar", "Egypt"} for s, _, t in rels)


def test_shebab_is_al_shabaab() -> None:
    rels = named_relations("Kenya strongly condemned a Shebab attack on a police post near Lamu.", "en", "2020-01-05")
    assert ("Kenya", "opposes", "al-Shabaab") in rels
