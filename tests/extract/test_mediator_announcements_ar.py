"""Issue 9, read from real Arabic reports of a Gaza deal announced by its mediators: a movement written out in
words the knowledge base does not list, with its known short name in brackets («حركة المقاومة الفلسطينية
الإسلامية (حماس)»), is that movement, so the deal "between Israel and" it has both sides; «الإعلان عن التوصل
لاتفاق» announces the agreement after it and is no declaration of its own. Sentences written for these tests."""

from __future__ import annotations

from explorer.extract.pipeline import extract_text

ON = "2025-01-15"


def _read(text: str):
    ex = extract_text(text, lang="ar", date_=ON)
    names = {e.id: e.name for e in ex.entities}
    agreements = [e.name for e in ex.entities if e.kind == "agreement"]
    return agreements, {(names[r.source], r.type, names[r.target]) for r in ex.relations}


def test_a_movement_written_out_with_its_short_name_in_brackets_is_that_movement():
    agreements, rels = _read(
        "أعلنت قطر إنجاز اتفاق لوقف إطلاق النار في غزة بين إسرائيل وحركة المقاومة الفلسطينية الإسلامية (حماس)."
    )
    deal = "Gaza Ceasefire Agreement of January 2025"
    assert agreements == [deal]
    assert {("Israel", "agrees_with", deal), ("Hamas", "agrees_with", deal)} <= rels
    assert not [r for r in rels if "Palestine" in r]  # the demonym inside the name names no state here


def test_announcing_an_agreement_is_no_declaration():
    agreements, rels = _read(
        'وقال رئيس الوزراء القطري في مؤتمر صحفي: "يسر قطر ومصر والولايات المتحدة الإعلان عن التوصل لاتفاق بشأن غزة".'
    )
    deal = "Gaza Ceasefire Agreement of January 2025"
    assert agreements == [deal]  # (before: also a "Gaza Strip declaration (January 2025)")
    assert {("Qatar", "states", deal), ("Egypt", "states", deal), ("United States", "states", deal)} <= rels
