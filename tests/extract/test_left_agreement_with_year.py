"""Leaving an agreement named with its year before it ("quit the 2022 Black Sea Grain Initiative", "withdrew
from the 2018 Singapore statement") opposes it, as without the year."""

from __future__ import annotations

import pytest

from explorer.extract.pipeline import extract_text


@pytest.mark.parametrize("text", [
    "Moscow said on Monday that Russia had quit the 2022 Black Sea Grain Initiative.",
    "Russia pulled out of the 2022 Black Sea Grain Initiative after a year.",
])
def test_leaving_a_dated_agreement_opposes_it(text, kb):
    ex = extract_text(text, lang="en", date_="2023-07-20", kb=kb)
    names = {e.id: e.name for e in ex.entities}
    got = {(names[r.source], r.type, names[r.target]) for r in ex.relations}
    assert ("Russia", "opposes", "Black Sea Grain Initiative") in got
