"""Arabic: an outlet named in quotes after its head noun, with its country's adjective after the quotes («وذكرت
قناة "X" العراقية»), is the subject of the verb of saying, so the statement is nobody else's; «المستشار
الدبلوماسي للرئيس الإماراتي» is a title (lexicon official) whose holder serves that state. Sentences written for
these tests."""

from explorer.extract.pipeline import extract_text


def _rels(text: str, day: str = "2024-04-13") -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in extract_text(text, lang="ar", date_=day).relations}


def test_a_quoted_outlet_with_its_country_is_the_one_who_reports() -> None:
    text = (
        "بحث الرئيس التونسي قيس سعيد مع وزير الخارجية الجزائري الوضع. وذكرت قناة \"الوطنية الأولى\" التونسية "
        "أن اللقاء تناول العلاقات الثنائية."
    )
    assert not any(s == "person:kais-saied" and t == "states" for s, t, _ in _rels(text))


def test_a_diplomatic_adviser_to_a_head_of_state_holds_a_role_in_his_state() -> None:
    text = "وبحث الوفد مع أنور قرقاش، المستشار الدبلوماسي للرئيس الإماراتي، تطورات الملف اليمني."
    assert ("person:anwar-gargash", "holds_role_in", "state:are") in _rels(text, "2022-10-11")
