"""Issue 9, constructions seen in several real news reports on Syria (Security Council votes, visits to Damascus,
Astana rounds), read in other conflicts. Sentences written for these tests (news style)."""

from __future__ import annotations

from explorer.extract.pipeline import extract_text


def _read(text: str, lang: str, on: str):
    ex = extract_text(text, lang=lang, date_=on)
    names = {e.id: e.name for e in ex.entities}
    kinds = {e.name: e.kind for e in ex.entities}
    return kinds, {(names[r.source], r.type, names[r.target]) for r in ex.relations}


def test_a_time_word_between_a_veto_and_the_draft_does_not_part_them():
    kinds, rels = _read(
        "استخدمت الولايات المتحدة الفيتو في مجلس الأمن مساء الأربعاء ضد مشروع قرار قدمته الجزائر بشأن غزة.",
        "ar",
        "2024-02-21",
    )
    draft = next(n for n, k in kinds.items() if k == "agreement")
    assert ("United States", "opposes", draft) in rels
