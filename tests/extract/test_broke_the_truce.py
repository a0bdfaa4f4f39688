""""X said Y had broken the truce": the statement is about the truce and about the side said to break it."""

from tests.extract.shapes import named_relations


def test_the_side_said_to_have_broken_the_truce_is_spoken_of():
    text = "Armenian Prime Minister Nikol Pashinyan said Azerbaijan had broken the ceasefire near Jermuk."
    rels = named_relations(text, "en", "2022-09-14")
    states = {(s, o) for s, t, o in rels if t == "states"}
    assert ("Nikol Pashinyan", "Azerbaijan") in states, rels


def test_flouting_the_deal_names_the_side_too():
    text = "The Yemeni government said on Sunday that the Houthis were flouting the Stockholm Agreement in Hodeidah."
    rels = named_relations(text, "en", "2019-03-03")
    states = {(s, o) for s, t, o in rels if t == "states"}
    assert ("Yemen", "Houthis") in states, rels
