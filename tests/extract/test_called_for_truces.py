"""A truce "between A and B" that is the object of a call or a discussion («دعا إلى وقف إطلاق النار بين …», "called
for a ceasefire between …", «بحث المبعوث … وقف إطلاق النار بين …») is not one A and B reached: no agrees_with for
them (the caller still backs it). Sentences written for these tests."""

from explorer.extract.pipeline import extract_text


def _rels(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in extract_text(text, lang=lang, date_="2024-11-30").relations}


def test_a_called_for_truce_is_not_agreed_by_its_sides_ar() -> None:
    rels = _rels("وطالب الاتحاد الأفريقي بوقف إطلاق النار بين الجيش السوداني وقوات الدعم السريع.", "ar")
    assert not any(t == "agrees_with" for _, t, _ in rels)


def test_a_discussed_truce_is_not_agreed_by_its_sides_ar() -> None:
    rels = _rels("وناقش المبعوث الأمريكي مع رئيس البرلمان وقف إطلاق النار بين لبنان وإسرائيل.", "ar")
    assert not any(t == "agrees_with" for _, t, _ in rels)


def test_a_called_for_truce_is_not_agreed_by_its_sides_en() -> None:
    rels = _rels("The African Union urged a ceasefire between the Sudanese army and the RSF.", "en")
    assert not any(t == "agrees_with" for _, t, _ in rels)


def test_a_signed_truce_between_two_sides_still_has_them_as_parties() -> None:
    rels = _rels("ووقع الطرفان في جدة اتفاق وقف إطلاق النار بين الجيش السوداني وقوات الدعم السريع.", "ar")
    assert any(s == "org:saf" and t == "agrees_with" for s, t, _ in rels)
