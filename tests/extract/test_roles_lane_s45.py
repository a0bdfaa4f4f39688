"""Issue 9, roles on real news (session 45). Sentences written for these tests."""

from __future__ import annotations

from explorer.extract.pipeline import extract_text


def _rels(text: str, lang: str, date: str) -> set[tuple[str, str, str]]:
    ex = extract_text(text, lang=lang, date_=date)
    name = {e.id: e.name for e in ex.entities}
    return {(name.get(r.source, r.source), r.type, name.get(r.target, r.target)) for r in ex.relations}


def test_a_ranked_name_then_an_unnamed_title_is_the_verbs_object():
    """«استقبل المشير X السفيرَ الفرنسي»: the rank is X's own title; the ambassador is the one received."""
    rels = _rels("واستقبل المشير خليفة حفتر السفير الفرنسي في مقر القيادة بالرجمة.", "ar", "2020-06-10")
    assert ("Khalifa Haftar", "holds_role_in", "France") not in rels, rels
    rels = _rels("والتقى الفريق أول عبد الفتاح البرهان المبعوث البريطاني إلى السودان في الخرطوم.", "ar", "2022-06-10")
    assert ("Abdel Fattah al-Burhan", "holds_role_in", "United Kingdom") not in rels, rels


def test_a_ranked_name_keeps_his_own_title_in_apposition():
    rels = _rels("والتقى الفريق أول عبد الفتاح البرهان رئيس مجلس السيادة وفدا من رجال الأعمال.", "ar", "2022-06-10")
    assert ("Abdel Fattah al-Burhan", "holds_role_in", "Transitional Sovereignty Council") in rels, rels


def test_an_army_title_reaches_a_ranked_name_over_the_armys_adjective():
    """«قائد الجيش الوطني المشير X», «القائد العام للقوات المسلحة، المشير X»: the army's adjective (and a comma)
    between the title and a ranked name; the knowledge base gives the army he commands."""
    rels = _rels("وأكد قائد الجيش الوطني المشير خليفة حفتر أن المعارك ستتوقف قريبا.", "ar", "2019-05-02")
    assert ("Khalifa Haftar", "holds_role_in", "Libyan National Army") in rels, rels
    rels = _rels("وبحث القائد العام للقوات المسلحة، المشير خليفة حفتر، الوضع في الجنوب.", "ar", "2019-05-02")
    assert ("Khalifa Haftar", "holds_role_in", "Libyan National Army") in rels, rels
