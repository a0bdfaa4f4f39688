"""A call verb after "and" whose nearest name closes the first verb's object with "of": that name does not call."""

from tests.extract.shapes import named_relations


def test_a_name_after_of_before_and_called_does_not_call():
    text = (
        "The council adopted the resolution on Friday. The resolution reaffirmed the unity of Libya and called on "
        "all sides to abide by the Skhirat agreement."
    )
    rels = named_relations(text, "en", "2016-03-04")
    assert not [r for r in rels if r[0] == "Libya" and r[1] in ("references", "supports")], rels


def test_a_state_that_calls_still_backs_what_it_calls_for():
    rels = named_relations("Libya called on all sides to abide by the Skhirat agreement.", "en", "2016-03-04")
    assert any(s == "Libya" and t == "references" for s, t, o in rels), rels


def test_past_a_short_phrase_that_names_no_one_the_name_still_does_not_call():
    text = (
        "The resolution reaffirmed the integrity of Chad within its borders and called on all sides to abide by "
        "the Doha Agreement."
    )
    rels = named_relations(text, "en", "2022-08-10")
    assert not [r for r in rels if r[0] == "Chad" and r[1] in ("references", "supports")], rels
