"""A possessive that opens a sentence ("Their spokesman X", "Its leader X") belongs to the subject of the
sentence before, not to a state named inside that sentence's relative clause."""

from __future__ import annotations

from tests.extract.shapes import named_relations


def _triples(text: str, kb) -> set[tuple[str, str, str]]:
    return named_relations(text, "en", "2021-03-01", kb)


def test_their_spokesman_is_the_groups_not_the_country_in_the_relative_clause(kb):
    text = ("The Taliban, who now hold most districts of Afghanistan, rejected the proposal. "
            "Their spokesman Zabihullah Mujahid said the movement wanted a new round of talks.")
    got = _triples(text, kb)
    assert ("Zabihullah Mujahid", "member_of", "Taliban") in got
    assert not any(s == "Zabihullah Mujahid" and t == "Afghanistan" for s, _, t in got)
