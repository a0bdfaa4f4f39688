"""Speakers the titles before them used to hide (session 39, round 2): a spokesman whose given name is the word
«باسم» that his title already used once."""

from tests.extract.shapes import named_relations


def test_a_spokesman_named_basim_after_the_body_he_speaks_for():
    text = (
        "وقال المتحدث باسم الحكومة العراقية باسم العوادي إن بغداد ترفض أي هجوم تشنه الولايات المتحدة على "
        "الأراضي الإيرانية."
    )
    rels = named_relations(text, "ar", "2020-01-06")
    assert ("باسم العوادي", "holds_role_in", "Iraq") in rels


def test_a_spokesman_for_a_two_word_body_glued_to_li():
    text = (
        "وقال المتحدث الإعلامي لرئاسة الوزراء سعد الحديثي إن بغداد تدين الغارات الإسرائيلية على جنوب لبنان."
    )
    rels = named_relations(text, "ar", "2015-01-01")
    assert ("سعد الحديثي", "states", "Iraq") in rels
