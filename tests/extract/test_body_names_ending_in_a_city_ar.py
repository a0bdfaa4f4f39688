"""Issue 9: a body's name may end in the city or state it belongs to («شبكة تضامن نساء كابول»); a known place right
after a bare noun of the name is the genitive that ends it, not a place named beside the body. Sentence written for
this test (made-up network)."""

from __future__ import annotations

from explorer.extract.pipeline import extract_text


def test_a_city_after_a_bare_noun_ends_the_bodys_name():
    ex = extract_text("وقالت شبكة تضامن نساء الموصل في بيان إنها ترفض المقترح.", lang="ar", date_="2024-05-01")
    orgs = [e.name for e in ex.entities if e.kind == "organization"]
    assert "شبكة تضامن نساء الموصل" in orgs, orgs


def test_a_city_after_a_definite_word_is_only_a_place():
    ex = extract_text("وقالت وكالة الأنباء العراقية إن الوفد وصل إلى بغداد.", lang="ar", date_="2024-05-01")
    assert "Baghdad" in [e.name for e in ex.entities if e.kind == "place"]
