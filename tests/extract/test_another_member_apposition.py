"""Issue 9: "X, another member of Y," — a title in apposition opened by "another" (as by "a") describes the name
before its comma, a person the knowledge base may not know. Sentences written for this test (made-up people)."""

from __future__ import annotations

from explorer.extract.pipeline import extract_text


def _rels(text: str) -> set[tuple[str, str, str]]:
    ex = extract_text(text, lang="en", date_="2023-02-01")
    name = {e.id: e.name for e in ex.entities}
    return {(name[r.source], r.type, name[r.target]) for r in ex.relations}


def test_another_member_of_a_delegation():
    rels = _rels("Osman Dirar, another member of the JEM delegation, told reporters the session was postponed.")
    assert ("Osman Dirar", "member_of", "Justice and Equality Movement") in rels, rels


def test_another_senior_official_of_a_party():
    rels = _rels("Halima Adam, another senior official of the Umma Party, said the coalition would not take part.")
    assert ("Halima Adam", "member_of", "National Umma Party") in rels, rels
