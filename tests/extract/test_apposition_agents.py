"""Issue 9: an agent noun in an apposition ("Iran, the main backer of the Houthis, …") is what the name before
it is, not the verb of a clause with a subject of its own: the own-clause-subject construction (a common noun
after a comma is the clause's own subject) leaves it to the name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.shapes import named_relations


@pytest.mark.parametrize(
    ("text", "on", "pair"),
    [
        ("Iran, the main backer of the Houthis, denied sending weapons to Yemen.", "2019-09-20", ("Iran", "Houthis")),
        ("Rwanda, a key backer of the M23 according to UN experts, rejected the report.", "2024-07-10",
         ("Rwanda", "March 23 Movement")),
    ],
)
def test_an_apposed_backer_backs(text, on, pair):
    assert (pair[0], "supports", pair[1]) in named_relations(text, "en", on)


def test_a_clause_with_its_own_subject_still_has_none_before():
    text = "After talks mediated by the African Union began in Pretoria, delegates from both sides signed an agreement."
    assert not any(s == "African Union" and r == "agrees_with" for s, r, _ in named_relations(text, "en", "2022-11-02"))
