"""Issue 9: «العاصمة العمانية» with no city named after it is the capital acting for its state, as "the Omani
capital" is in English (the dev conventions: a demonym inside a description names the state); «العاصمة اليونانية
أثينا» stays the city it names. Sentences written for these tests (news style)."""

from __future__ import annotations

from tests.extract.shapes import triples


def _triples(text: str) -> set[tuple[str, str, str]]:
    return triples(text, "ar", "2025-04-12")


def test_an_unnamed_capital_is_its_state():
    text = "ووصل وزير الخارجية الإيراني عباس عراقجي مساء الخميس إلى العاصمة العمانية لإجراء محادثات."
    assert ("person:abbas-araghchi", "visits", "state:omn") in _triples(text)


def test_a_named_capital_stays_the_city():
    text = "ووصل وزير الخارجية الإيراني عباس عراقجي إلى العاصمة اليونانية أثينا."
    rels = _triples(text)
    assert not [t for t in rels if t[1] == "visits" and t[2] == "state:grc"], rels
    assert [t for t in rels if t[1] == "visits"], rels
