"""Issue 9: a body of two states named with both, joined by a hyphen ("the Chad-Sudan Joint Border Force"), keeps
both in its name: the first state is not dropped from it. Sentence written for this test."""

from __future__ import annotations

from explorer.extract.pipeline import extract_text


def test_both_states_of_a_hyphenated_pair_name_the_body():
    text = "The Chad-Niger Joint Patrol Command said it had intercepted the convoy."
    ex = extract_text(text, lang="en", date_="2022-04-01")
    orgs = [e.name for e in ex.entities if e.kind in ("organization", "armed_group")]
    assert "Chad-Niger Joint Patrol Command" in orgs, orgs
