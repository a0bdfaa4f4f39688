"""A hyphenated backer before a document ("a Kenya-backed resolution", "an Egyptian-sponsored truce between A and
B"): the backer supports the document, not the first party named after it."""

from tests.extract.shapes import named_relations


def test_a_hyphenated_backer_supports_the_resolution_it_qualifies():
    rels = named_relations("A Kenya-backed resolution on Somalia was vetoed by China on Tuesday.", "en", "2024-03-12")
    assert any(s == "Kenya" and t == "supports" and o.startswith("Draft resolution") for s, t, o in rels), rels


def test_a_hyphenated_sponsor_of_a_truce_between_two_sides_backs_the_truce_not_a_side():
    text = "An Egyptian-sponsored truce between Israel and Islamic Jihad held through the weekend."
    rels = named_relations(text, "en", "2023-05-15")
    assert ("Egypt", "supports", "Israel") not in rels, rels
    assert any(s == "Egypt" and t == "supports" and "ceasefire" in o.lower() for s, t, o in rels), rels


def test_listed_hyphenated_sponsors_all_back_the_document_and_the_veto_hits_the_document():
    rels = named_relations("China vetoed a Chile and Peru-sponsored resolution on Monday.", "en", "2024-03-12")
    assert ("China", "opposes", "Chile") not in rels, rels
    for sponsor in ("Chile", "Peru"):
        assert any(s == sponsor and t == "supports" and o.startswith("Draft resolution") for s, t, o in rels), rels
    assert any(s == "China" and t == "opposes" and o.startswith("Draft resolution") for s, t, o in rels), rels
