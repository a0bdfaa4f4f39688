"""English: a ministry's statement that opens with its own state is about the state or group named after it."""

from tests.extract.shapes import named_relations


def test_the_ministrys_own_state_gives_way_to_the_other_side():
    text = "The Turkish Foreign Ministry said Turkey would not accept the presence of PKK militants near its border."
    rels = named_relations(text, "en", "2022-11-21")
    states = {(s, o) for s, t, o in rels if t == "states"}
    assert ("Turkish Foreign Ministry", "Kurdistan Workers' Party") in states, rels
    assert ("Turkish Foreign Ministry", "Turkey") not in states, rels


def test_alone_the_ministrys_state_is_still_what_it_speaks_of():
    text = "The Egyptian foreign ministry said on Sunday that Egypt would send more aid trucks through the crossing."
    rels = named_relations(text, "en", "2024-02-11")
    states = {(s, o) for s, t, o in rels if t == "states"}
    assert ("Egyptian Foreign Ministry", "Egypt") in states, rels
