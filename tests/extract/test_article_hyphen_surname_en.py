"""Issue 9: an English name written with a capital article and a hyphen ("Al-Hamdani") is one word of a name:
after a rank ("General Al-Hamdani") it is the surname of the person named in full before, not a second person
of two words. Sentences written for this test (made-up officer)."""

from __future__ import annotations

from explorer.extract.pipeline import extract_text


def test_rank_and_capital_article_surname_is_the_same_person():
    text = (
        "The interior minister received the commander of the southern zone, General Tarek Al-Hamdani, in Sabha. "
        "The talks between the minister and General Al-Hamdani covered border security."
    )
    ex = extract_text(text, lang="en", date_="2021-03-01")
    people = [e.name for e in ex.entities if e.kind == "person"]
    assert people == ["Tarek Al-Hamdani"], people


def test_given_name_and_capital_article_surname_is_still_a_name():
    ex = extract_text("Colonel Hassan El-Rifai said the convoy was attacked.", lang="en", date_="2021-03-01")
    assert [e.name for e in ex.entities if e.kind == "person"] == ["Hassan El-Rifai"]
