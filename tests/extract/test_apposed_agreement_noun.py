"""Issue 9: "the Lusaka Protocol, a fragile deal signed in 1994," — an agreement noun opened by an article right
after the comma ending a named agreement is an aside describing it: the same agreement, not a second one (and the
later "the deal" is then that named agreement too). Sentences written for this test."""

from __future__ import annotations

from explorer.extract.pipeline import extract_text


def _agreements(text: str) -> list[str]:
    ex = extract_text(text, lang="en", date_="2010-06-01")
    return [e.name for e in ex.entities if e.kind == "agreement"]


def test_an_aside_after_a_named_agreement_is_that_agreement():
    text = (
        "UNITA said it still backed the Lusaka Protocol, a fragile deal signed in Zambia in 1994. "
        "Angola's government accused the rebels of violating the deal."
    )
    agreements = _agreements(text)
    assert len(agreements) == 1, agreements


def test_a_new_agreement_after_and_is_another_one():
    text = "UNITA still backed the Lusaka Protocol, and a separate agreement on prisoners was signed in May."
    assert len(_agreements(text)) == 2
