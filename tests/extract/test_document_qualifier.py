"""A body named right before a document noun ("an AU Peace and Security Council resolution that …") qualifies the
document; it is not the subject of a noun of relation later in the relative clause."""

from tests.extract.shapes import named_relations


def test_a_body_before_a_resolution_noun_is_not_the_agent_of_a_later_noun():
    text = "India vetoed a UN Security Council resolution that deplored its aggression against Nepal."
    rels = named_relations(text, "en", "2024-02-02")
    assert not [r for r in rels if r[0] == "UN Security Council" and r[2] == "Nepal"], rels
