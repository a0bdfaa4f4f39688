"""Arabic: a call for "X's support for Y" («دعا إلى دعم تركيا للجيش») asks X to back Y: the actor in construct
after the indefinite support noun is its agent, not what the caller backs (called-to had made the caller back
X). Sentences written for these tests."""

from explorer.extract.pipeline import extract_text


def _rels(text: str) -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in extract_text(text, lang="ar", date_="2024-06-04").relations}


def test_the_state_in_construct_backs_the_army_not_the_caller_the_state() -> None:
    rels = _rels("ودعا الرئيس الصومالي حسن شيخ محمود إلى دعم تركيا للجيش الوطني الصومالي.")
    assert ("person:hassan-sheikh-mohamud", "supports", "state:tur") not in rels
    assert ("state:tur", "supports", "org:somali-national-army") in rels


def test_a_call_to_back_someone_still_backs_him() -> None:
    rels = _rels("ودعا الرئيس الصومالي حسن شيخ محمود تركيا إلى دعم الجيش الوطني الصومالي.")
    assert ("person:hassan-sheikh-mohamud", "supports", "org:somali-national-army") in rels
