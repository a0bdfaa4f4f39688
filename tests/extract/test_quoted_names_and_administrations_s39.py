"""Arabic names in quotation marks and a state's «الإدارة» (issue 9, arguments in the right order).
- «الموالية لتنظيم «داعش»»: the name after a loyalty or backing phrase modifies the quoted body before it, which
  acts (not the patron), also with a time between the phrase and the act.
- «"جماعة بوكو حرام" النيجيرية»: a demonym right after a quoted group's name is its adjective, no one attacked.
- «الإدارة الأمريكية»: the administration is the state acting; sanctions it decides are its own, not those of
  whoever condemns the decision.
Sentences written for these tests."""

import pytest

from tests.extract.shapes import named_relations


def _rels(text: str) -> set[tuple[str, str, str]]:
    return named_relations(text, "ar", "2021-03-02")


@pytest.mark.parametrize(
    "text",
    [
        "هاجمت «حركة الشباب» الموالية لتنظيم «القاعدة» صباح أمس قاعدة تابعة للجيش الكيني.",
        "ونفذت «حركة الشباب» الموالية لتنظيم «القاعدة» يوم الأحد هجوما على قاعدة للجيش الكيني.",
    ],
)
def test_the_quoted_group_acts_not_its_patron(text) -> None:
    rels = _rels(text)
    assert not any(s == "al-Qaeda" and t == "fights" for s, t, _ in rels), rels
    assert not any("al-Qaeda" in (s, o) and t == "fights" and "al-Shabaab" in (s, o) for s, t, o in rels), rels


def test_a_demonym_after_a_quoted_group_is_its_adjective() -> None:
    rels = _rels("شنت «حركة الشباب» الصومالية هجوما على قاعدة لقوات الاتحاد الأفريقي.")
    assert not any(o == "Somalia" for _, t, o in rels if t == "fights"), rels


def test_the_administration_imposes_the_sanctions_it_decides() -> None:
    rels = _rels("ونددت الخارجية الصينية بقرار الإدارة الأمريكية فرض عقوبات على شركات روسية.")
    assert ("United States", "opposes", "Russia") in rels, rels
    assert not any(s == "Chinese Foreign Ministry" and o == "Russia" for s, _, o in rels), rels
