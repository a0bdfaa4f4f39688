"""Arabic verb-first: time words between the announcer and the announced approval («وأعلن X أمس الأحد موافقة
لبنان على …») do not hide whose approval it is, and the partner after «مع» is a party too."""

from __future__ import annotations

from explorer.extract.pipeline import extract_text


def test_approval_announced_with_a_time_word_names_both_parties(kb):
    text = "وأعلن رئيس البرلمان اللبناني نبيه بري أمس الأحد موافقة لبنان على اتفاق وقف إطلاق النار مع إسرائيل."
    ex = extract_text(text, lang="ar", date_="2024-11-24", kb=kb)
    names = {e.id: e.name for e in ex.entities}
    kinds = {e.id: e.kind for e in ex.entities}
    parties = {names[r.source] for r in ex.relations if r.type == "agrees_with" and kinds[r.target] == "agreement"}
    assert {"Lebanon", "Israel"} <= parties
