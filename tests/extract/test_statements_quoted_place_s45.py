"""Who states what, session 45: a quotation before its speaker that names a country only as the place of the matter
it weighs ('"… a step toward stability in Sudan," X said': a solution, peace, stability in a country,
`topic_place_nouns`) is about that country, as the same words after the verb are. Sentences written for these
tests."""

from tests.extract.shapes import named_relations


def _states(text: str, date: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in named_relations(text, "en", date) if t == "states"}


def test_a_quotation_on_peace_in_a_country_is_about_it():
    text = '"The meeting is an important step toward stability in Sudan," Kenyan Foreign Minister Alfred Mutua said.'
    assert ("Alfred Mutua", "Sudan") in _states(text, "2023-05-01")
