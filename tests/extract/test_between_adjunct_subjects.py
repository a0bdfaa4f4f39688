""""Despite the meeting between A and B, C went on a tirade against X": the sides "between" introduces end an
adjunct that the comma closes; B is not listed with C, so A does not oppose X. Sentences of our own."""

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import check_relations


def test_the_sides_of_a_meeting_are_no_subjects_of_the_next_clause() -> None:
    text = "Despite the meeting between Ruto and Museveni, Kagame on Tuesday launched a tirade against Uganda."
    rels = extract_text(text, lang="en", date_="2022-11-08").relations
    check_relations(
        rels,
        [("person:paul-kagame", "opposes", "state:uga"), ("person:william-ruto", "meets", "person:yoweri-museveni")],
        [("person:william-ruto", "opposes", "*")],
    )
