"""The orgs lane of session 44: which words name an organization and which name a state or another body.
Sentences written for these tests."""

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import named_relations


def _entities(text: str, lang: str, date: str) -> dict[str, str]:
    """Name → kind of the entities extracted."""
    return {e.name: e.kind for e in extract_text(text, lang=lang, date_=date).entities}


def test_demonym_troops_are_the_state_and_a_named_army_stays_the_army():
    text = ("Ugandan troops crossed into Ituri on Tuesday and attacked camps of the Allied Democratic Forces. "
            "The Ugandan army said three soldiers were wounded.")
    rels = named_relations(text, "en", "2021-12-01")
    assert ("Uganda", "fights", "Allied Democratic Forces") in rels
    assert not [r for r in rels if r[0] == "Uganda People's Defence Force" and r[1] == "fights"]
    assert _entities(text, "en", "2021-12-01").get("Uganda People's Defence Force") == "organization"
