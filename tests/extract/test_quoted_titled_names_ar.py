"""Arabic: a name in quotes right after a title and its rank is the title's holder («القائد العام للجيش الوطني
الليبي، المشير "خليفة حفتر"»); «رئيس حكومة الوفاق» heads the government so named, whose second word is no state's
adjective (only «وزيرة الخارجية الأميركية» turns the ministry the gazetteer read into the state). Sentences
written for these tests."""

from explorer.extract.pipeline import extract_text


def _rels(text: str, day: str) -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in extract_text(text, lang="ar", date_=day).relations}


def test_a_quoted_name_after_a_title_and_rank_holds_the_title() -> None:
    rels = _rels('التقى القائد العام للجيش الوطني الليبي، المشير "خليفة حفتر"، السفير الفرنسي في بنغازي.', "2023-09-01")
    assert ("person:khalifa-haftar", "holds_role_in", "group:lna") in rels


def test_the_head_of_a_named_government_holds_his_role_in_it() -> None:
    rels = _rels("وصل رئيس حكومة الوفاق فايز السراج إلى روما لإجراء محادثات مع الحكومة الإيطالية.", "2019-05-01")
    assert ("person:fayez-al-sarraj", "holds_role_in", "org:gna") in rels
    assert ("person:fayez-al-sarraj", "holds_role_in", "state:lby") not in rels


def test_a_minister_of_a_state_named_by_its_adjective_keeps_the_state() -> None:
    rels = _rels("قالت وزيرة الخارجية الأميركية كوندوليزا رايس إن واشنطن تدعم المحادثات.", "2007-05-01")
    assert ("person:condoleezza-rice", "holds_role_in", "state:usa") in rels
