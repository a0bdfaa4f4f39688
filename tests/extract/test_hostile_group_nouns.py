"""A group noun a sentence acts against is not that sentence's own group (issue 9, no edge an actor cannot take):
"Hezbollah fought alongside Syrian government forces against the rebels" made the army fight Hezbollah, because
"the rebels" was read as Hezbollah, the armed group named last. "The rebels" in the next sentence is still the
group named before. Sentences written for these tests."""

from explorer.extract.pipeline import extract_text


def _rels(text: str, date: str) -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in extract_text(text, lang="en", date_=date).relations}


def test_the_group_a_sentence_fights_against_is_not_its_own_subject() -> None:
    rels = _rels("Hezbollah fought alongside Syrian government forces against the rebels.", "2015-10-01")
    assert not any(t == "fights" and "group:hezbollah" in (s, o) for s, t, o in rels)
    assert ("group:hezbollah", "supports", "state:syr") in rels


def test_the_rebels_of_the_next_sentence_are_still_the_group_named_before() -> None:
    text = "The Houthis attacked ships in the Red Sea. The United States struck the rebels in Hodeidah."
    assert ("state:usa", "fights", "group:houthis") in _rels(text, "2024-01-12")
