"""The lead's constructions of session 41: a deal in a clause of condition ("if", "once", "until" with its subject
between the word and the verb) is not reached."""

import pytest

from tests.extract.shapes import named_relations

UNREACHED = [
    "Sanctions on Tehran would be eased if Iran and the United States reach a new nuclear agreement.",
    "Western diplomats said aid would resume once the Sudanese army and the Rapid Support Forces sign a ceasefire.",
    "The blockade will stay until the Houthis and the Yemeni government sign a truce.",
]


@pytest.mark.parametrize("text", UNREACHED)
def test_a_deal_in_a_clause_of_condition_is_not_reached(text):
    assert not [r for r in named_relations(text, "en", "2024-10-20") if r[1] == "agrees_with"]


def test_a_deal_after_once_with_a_past_verb_was_reached():
    text = "Once Armenia and Azerbaijan signed the ceasefire, Russia sent peacekeepers to Nagorno-Karabakh."
    rels = {(s, o) for s, t, o in named_relations(text, "en", "2020-11-20") if t == "agrees_with"}
    assert {s for s, _ in rels} >= {"Armenia", "Azerbaijan"}


ADJUNCT_ALLIES = [
    ("Parliament Speaker Nabih Berri, a Hezbollah ally, said Lebanon would not talk directly to Israel.",
     "Nabih Berri", "Hezbollah"),
    ("Kremlin ally Ramzan Kadyrov sent more Chechen fighters to Ukraine.", "Ramzan Kadyrov", "Kremlin"),
]


@pytest.mark.parametrize(("text", "ally", "backed"), ADJUNCT_ALLIES)
def test_a_name_before_ally_is_the_one_backed(text, ally, backed):
    rels = named_relations(text, "en", "2024-10-20")
    assert (ally, "supports", backed) in rels
    assert (backed, "supports", ally) not in rels


def test_the_council_before_an_english_resolution_number_is_an_entity():
    from explorer.extract import extract
    from explorer.ingest.document import make_document

    text = "The envoy said the talks would follow Security Council resolution 2216 on Yemen."
    names = {e.name for e in extract(make_document(text, path="x.txt", date="2018-12-01", lang="en")).entities}
    assert "UN Security Council" in names
