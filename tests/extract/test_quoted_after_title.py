"""Arabic: a quotation opened right after a spokesman's title is what he said, not his name in quotes."""

from tests.extract.shapes import named_relations


def test_words_quoted_after_the_title_are_no_person():
    text = 'وقال أبو عبيدة، الناطق باسم كتائب القسام "سنواصل القتال حتى آخر جندي في غزة".'
    rels = named_relations(text, "ar", "2024-01-20")
    assert not [r for r in rels if r[0].startswith("سنواصل")], rels


def test_a_name_in_quotes_after_the_title_is_still_the_spokesman():
    text = 'وقال الناطق باسم حركة الجهاد الإسلامي "داود شهاب" إن الحركة ملتزمة بالتهدئة.'
    rels = named_relations(text, "ar", "2021-05-21")
    assert [r for r in rels if r[0] == "داود شهاب" and r[1] == "member_of"], rels
