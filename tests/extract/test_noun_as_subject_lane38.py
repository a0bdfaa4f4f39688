"""A meeting or visit noun that is the subject of a verb of sequence ("The visit comes ahead of a summit in X", "the
meeting came days before talks in Y") names no place or partner after that verb; "X's visit to Y comes …" still
visits Y. Sentences of our own (Ukraine, Turkey)."""

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import check_relations

ROWS = [
    (
        "Zelensky arrived in Istanbul on Friday. The visit also comes ahead of a NATO summit in Vilnius next week.",
        [("person:volodymyr-zelensky", "visits", "*")],
        [("*", "visits", "place:capital-ltu")],
    ),
    (
        "Lavrov's visit to Ankara comes days before a summit in Astana.",
        [("person:sergei-lavrov", "visits", "*")],
        [("*", "visits", "place:capital-kaz")],
    ),
]


@pytest.mark.parametrize("text,wanted,unwanted", ROWS, ids=[f"en-{n}" for n in range(len(ROWS))])
def test_noun_as_subject(text, wanted, unwanted):
    check_relations(extract_text(text, lang="en", date_="2023-07-08").relations, wanted, unwanted)
