"""Arabic: «دعم الجيش … بالأسلحة» ("support the army with weapons") and a support word that is another word's
object («زيادة دعم الجيش في …») take the name after them as what is supported, not as the one who supports
(verb-subject-object had made the army back the next state or group named). Sentences written for these tests."""

from explorer.extract.pipeline import extract_text


def _rels(text: str) -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in extract_text(text, lang="ar", date_="2024-05-01").relations}


def test_support_with_weapons_names_the_army_as_supported() -> None:
    rels = _rels(
        "استقبل الرئيس الصومالي السفير البريطاني، وطلب منه \"دعم الجيش الصومالي بالأسلحة كي يستطيع تأمين كل"
        ' المدن الصومالية".'
    )
    assert not any(s == "org:somali-national-army" and t == "supports" for s, t, _ in rels)


def test_more_support_for_the_army_is_not_the_army_backing_its_enemy() -> None:
    rels = _rels(
        "التقى الرئيس العراقي وزير الخارجية الفرنسي، وطلب منه زيادة دعم الجيش العراقي في مواجهة تنظيم داعش."
    )
    assert not any(t == "supports" and o == "group:isis" for _, t, o in rels)


def test_a_support_verb_at_the_clause_start_keeps_its_subject() -> None:
    rels = _rels("ودعم الجيش التركي الفصائل السورية المعارضة في شمال البلاد.")
    assert any(s == "org:tsk" and t == "supports" for s, t, _ in rels)
