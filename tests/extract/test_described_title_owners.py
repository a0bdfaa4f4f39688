"""Issue 9, read from real news on the Gulf summit of 2021: "the kingdom's foreign minister", "the country's
foreign minister" hold the office of the state named before (for "the kingdom", one whose own name says so), and
the office's holder on the date is the man: «وزير خارجية المملكة» in English news. Sentences written for these
tests (news style)."""

from __future__ import annotations

import pytest

from tests.extract.shapes import named_relations


@pytest.mark.parametrize(
    ("text", "on", "holder", "state"),
    [
        ("Saudi Arabia and Egypt restored full relations with Qatar, the kingdom's foreign minister said on Tuesday.",
         "2021-01-05", "Faisal bin Farhan", "Saudi Arabia"),
        ("Jordan hosted the talks. The kingdom's foreign minister said the meeting was useful.", "2023-05-01",
         "Ayman Safadi", "Jordan"),
        ("Iran rejected the proposal on Monday. The country's foreign minister said talks would go on.", "2023-05-01",
         "Hossein Amir-Abdollahian", "Iran"),
    ],
)
def test_a_described_state_owns_the_title(text, on, holder, state):
    rels = named_relations(text, "en", on)
    assert (holder, "holds_role_in", state) in rels
    assert not any(r == "holds_role_in" and s != holder for s, r, _ in rels)
