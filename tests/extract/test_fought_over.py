"""What two sides fight for control of is the prize, not an enemy: "the army and the RSF are fighting for control
of Sudan" is a fight between the two, and Sudan is fought over (also «يتقاتل … للسيطرة على»)."""

from __future__ import annotations

import pytest

from explorer.extract.pipeline import extract_text

CASES = [
    ("en", "The Libyan National Army and the Government of National Accord are fighting for control of Libya."),
    ("ar", "ويتقاتل الجيش الوطني الليبي وحكومة الوفاق الوطني منذ أشهر للسيطرة على ليبيا."),
]


@pytest.mark.parametrize("lang,text", CASES)
def test_two_sides_fight_each_other_not_the_prize(lang, text, kb):
    ex = extract_text(text, lang=lang, date_="2019-06-01", kb=kb)
    names = {e.id: e.name for e in ex.entities}
    fights = {frozenset((names[r.source], names[r.target])) for r in ex.relations if r.type == "fights"}
    assert not any("Libya" in pair for pair in fights)
    assert any("Libyan National Army" in pair and len(pair) == 2 for pair in fights)
