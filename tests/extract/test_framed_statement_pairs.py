"""'In a statement, A and B criticized X': the statement noun framing a clause whose verb follows a list of
speakers is that verb's, so neither speaker makes a statement about the other. Sentences of our own."""

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import check_relations


def test_a_framing_statement_of_two_is_no_statement_about_either() -> None:
    rels = extract_text("In a statement, Kenya and Norway criticized the RSF.", lang="en", date_="2023-06-01").relations
    check_relations(
        rels,
        [("state:ken", "opposes", "group:rsf"), ("state:nor", "opposes", "group:rsf")],
        [("state:ken", "states", "state:nor")],
    )
