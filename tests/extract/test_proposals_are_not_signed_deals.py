"""Issue 9: "Iran rejected the proposal" weeks after Iran signed the Beijing agreement with Saudi Arabia is not a
rejection of that agreement: a proposal comes before a deal, so a bare "proposal" names no known agreement signed
before the article (one signed after it may still be the proposal that became the deal). Sentences written for
these tests (news style)."""

from __future__ import annotations

import pytest

from tests.extract.shapes import named_relations


@pytest.mark.parametrize(
    ("lang", "text", "on", "known"),
    [
        ("en", "Iran rejected the proposal on Monday.", "2023-05-01", "Saudi-Iran Beijing Agreement"),
        ("ar", "ورفضت إيران المقترح.", "2023-05-01", "Saudi-Iran Beijing Agreement"),
    ],
)
def test_a_proposal_is_no_deal_signed_before(lang, text, on, known):
    rels = named_relations(text, lang, on)
    assert not any(t == known for _, _, t in rels)
    assert any(r == "opposes" and t.startswith("Proposal") for _, r, t in rels)
