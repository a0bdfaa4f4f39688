"""Issue 9: after a title, an unknown person's name ends before the verb's object when that object is a common
noun phrase: an indefinite noun with an adjective of a body («مواقع عسكرية», «مجموعات مسلحة») or a word of
direction before a place («شمال المدينة»). Sentences written for this test (made-up commanders)."""

from __future__ import annotations

from explorer.extract.pipeline import extract_text


def _people(text: str) -> list[str]:
    ex = extract_text(text, lang="ar", date_="2024-05-01")
    return [e.name for e in ex.entities if e.kind == "person"]


def test_an_object_with_an_adjective_ends_the_name():
    people = _people("وقصف قائد الفرقة الثالثة عادل مرجان مواقع عسكرية قرب الحدود.")
    assert people == ["عادل مرجان"], people


def test_a_direction_before_a_place_ends_the_name():
    people = _people("وهاجم قائد الكتيبة التاسعة رضوان سليم شمال بنغازي فجر الأحد.")
    assert people == ["رضوان سليم"], people


def test_a_three_word_name_stays_whole():
    people = _people("وقال قائد الفرقة الثالثة عادل مرجان الزوي إن قواته انسحبت.")
    assert people == ["عادل مرجان الزوي"], people
