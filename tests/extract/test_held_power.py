"""A right held in a role is no act: "with Beijing's veto power as a permanent member of the Security Council"
does not oppose the Council; "used its veto power to block the resolution" still opposes it. Sentences of our
own."""

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import check_relations


def _rels(text: str):
    return extract_text(text, lang="en", date_="2022-03-01").relations


def test_a_power_held_as_a_member_opposes_no_one() -> None:
    text = "With Beijing's veto power as a permanent member of the Security Council, the draft was doomed."
    check_relations(_rels(text), [], [("state:chn", "opposes", "*")])


def test_a_power_used_still_acts() -> None:
    text = "Russia used its veto power to block the resolution."
    check_relations(_rels(text), [("state:rus", "opposes", "agr:*")], [])
