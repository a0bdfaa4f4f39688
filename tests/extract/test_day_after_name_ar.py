"""Issue 9: a day or time word right after an Arabic name («… رودريغو لوندونو الخميس اتفاق …») ends the name; the
day is when it happened, not a word of it. Sentence written for this test."""

from __future__ import annotations

from explorer.extract.pipeline import extract_text


def test_a_weekday_after_a_name_is_not_part_of_it():
    text = "ووقع الرئيس الكولومبي خوان مانويل سانتوس والقائد الأعلى لفارك رودريغو لوندونو الخميس اتفاق السلام."
    ex = extract_text(text, lang="ar", date_="2016-09-26")
    people = {e.id: e.name for e in ex.entities if e.kind == "person"}
    assert not [p for p in people.values() if "الخميس" in p], people
    signers = {people.get(r.source) for r in ex.relations if r.type == "agrees_with"}
    assert {"Juan Manuel Santos", "Rodrigo Londoño"} <= signers, signers
