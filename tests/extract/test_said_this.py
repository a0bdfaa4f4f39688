""""X stated this at a session of Y": what was said came before the verb; the body whose session it was is no topic."""

from tests.extract.shapes import named_relations


def test_the_council_of_the_session_is_not_what_the_minister_spoke_of():
    text = (
        "Ethiopia's new dam threatens the water security of millions; Egyptian Foreign Minister Sameh Shoukry "
        "stated this at a session of the Arab League in Cairo."
    )
    rels = named_relations(text, "en", "2021-03-03")
    states = {(s, o) for s, t, o in rels if t == "states"}
    assert ("Sameh Shoukry", "Ethiopia") in states, rels
    assert ("Sameh Shoukry", "Arab League") not in states, rels


def test_said_so_points_back_to_the_sentence_before():
    text = (
        "The Taliban have broken their promise to let girls attend secondary school. "
        "The UN special envoy, Roza Otunbayeva, said so at a briefing of the Security Council."
    )
    rels = named_relations(text, "en", "2023-03-08")
    states = {(s, o) for s, t, o in rels if t == "states"}
    assert ("Roza Otunbayeva", "Taliban") in states, rels
    assert ("Roza Otunbayeva", "UN Security Council") not in states, rels
