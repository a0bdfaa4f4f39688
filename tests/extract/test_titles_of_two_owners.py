""""The presidents of Burundi and the Central African Republic": a title's second owner after "and the" is an
owner too (each president holds the office of his own state), not a bare subject of the clause. Sentences of
our own."""

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import check_relations


def test_and_the_second_state_owns_the_title_too() -> None:
    text = "The presidents of Burundi and the Central African Republic have expressed support for a ceasefire."
    rels = extract_text(text, lang="en", date_="2025-03-19").relations
    check_relations(
        rels,
        [("person:*", "holds_role_in", "state:caf"), ("person:*", "supports", "agr:*")],
        [("state:caf", "supports", "*")],
    )
