""""Both countries" after two people coordinated with their states only in their titles ("Kenyan Foreign Minister
X and his Somali counterpart Y"): the two states those titles name. A meeting named as a time after such a
collective ("of both countries ahead of the meeting") is no meeting of the pair. Sentences of our own."""

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import check_relations

TEXT = (
    "Kenyan Foreign Minister Alfred Mutua and his Somali counterpart Abshir Omar Huruse agreed to speed up their"
    " talks, the statement said. It added that the ministers also had a joint meeting with the U.S. Secretary of"
    " State Antony Blinken. Meanwhile, Blinken separately expressed his support for the independence and"
    " territorial integrity of both countries ahead of the meeting that took place on Monday."
)


def test_both_countries_are_the_states_of_the_titles() -> None:
    rels = extract_text(TEXT, lang="en", date_="2022-11-08").relations
    check_relations(
        rels,
        [("person:antony-blinken", "supports", "state:ken"), ("person:antony-blinken", "supports", "state:som")],
        [("state:ken", "meets", "state:som")],
    )
