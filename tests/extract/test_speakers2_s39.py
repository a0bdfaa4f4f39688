"""Speakers the titles before them used to hide (session 39, round 2): a spokesman whose given name is the word
«باسم» that his title already used once."""

from tests.extract.shapes import named_relations


def test_a_spokesman_named_basim_after_the_body_he_speaks_for():
    text = (
        "وقال المتحدث باسم الحكومة العراقية باسم العوادي إن بغداد ترفض أي هجوم تشنه الولايات المتحدة على "
        "الأراضي الإيرانية."
    )
    rels = named_relations(text, "ar", "2020-01-06")
    assert ("باسم العوادي", "member_of", "Iraq") in rels  # a government's spokesman is one of its members


def test_a_spokesman_for_a_two_word_body_glued_to_li():
    text = (
        "وقال المتحدث الإعلامي لرئاسة الوزراء سعد الحديثي إن بغداد تدين الغارات الإسرائيلية على جنوب لبنان."
    )
    rels = named_relations(text, "ar", "2015-01-01")
    assert ("سعد الحديثي", "states", "Iraq") in rels


def test_a_states_delegation_speaks_for_it_after_its_possessive():
    text = "Armenia's delegation said on Friday that Azerbaijan had shelled villages near the border."
    rels = named_relations(text, "en", "2022-09-16")
    assert ("Armenia", "states", "Azerbaijan") in rels


def test_its_delegation_opening_a_sentence_speaks_for_the_body_named_before():
    text = (
        "Kenya hosted the second round of talks in Nairobi. Its delegation said the Somali government and the "
        "clan militias had agreed to a truce."
    )
    rels = named_relations(text, "en", "2023-02-01")
    assert ("Kenya", "states", "Somalia") in rels


def test_a_ministry_with_a_joined_portfolio_of_a_named_government_is_the_speaker():
    text = (
        "وقالت وزارة الخارجية والتعاون الدولي بحكومة الوحدة الوطنية الليبية في بيان إنها تدين القصف "
        "الإسرائيلي على قطاع غزة."
    )
    rels = named_relations(text, "ar", "2023-11-02")
    speakers = {s for s, t, o in rels if t == "opposes" and o == "Israel"}
    assert "Libyan Foreign Ministry" in speakers, rels
    assert not any("Israeli Foreign Ministry" in (s, o) for s, t, o in rels)
