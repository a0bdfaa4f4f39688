"""Issue 9, read from real news on the Gulf summit of 2021: a full Gulf name holds its lineage ("Tamim bin Hamad
bin Khalifa Al Thani", «محمد بن زايد بن سلطان آل نهيان»); the father's known name inside it is no second man at
the meeting. Sentences written for these tests (news style)."""

from __future__ import annotations

import pytest

from explorer.extract.pipeline import extract_text


@pytest.mark.parametrize(
    ("lang", "text", "on", "person", "father"),
    [
        ("en", "Sheikh Tamim bin Hamad bin Khalifa Al Thani arrived in AlUla on Tuesday.", "2021-01-05",
         "Tamim bin Hamad Al Thani", "Hamad bin Khalifa Al Thani"),
        ("ar", "واستقبل ولي العهد السعودي أمير قطر الشيخ تميم بن حمد بن خليفة آل ثاني في العلا.", "2021-01-05",
         "Tamim bin Hamad Al Thani", "Hamad bin Khalifa Al Thani"),
    ],
)
def test_a_lineage_inside_a_name_is_one_man(lang, text, on, person, father):
    ex = extract_text(text, lang=lang, date_=on)
    names = {e.name for e in ex.entities}
    assert person in names and father not in names
    whole = next(e for e in ex.entities if e.name == person)
    assert any("Khalifa" in m.text or "خليفة" in m.text for m in whole.mentions)  # the whole name is his mention


def test_father_and_son_named_apart_stay_two():
    ex = extract_text("Emir Tamim bin Hamad met his father Hamad bin Khalifa in Doha.", lang="en", date_="2021-01-05")
    names = {e.id: e.name for e in ex.entities}
    rels = {(names[r.source], r.type, names[r.target]) for r in ex.relations}
    assert ("Tamim bin Hamad Al Thani", "meets", "Hamad bin Khalifa Al Thani") in rels
