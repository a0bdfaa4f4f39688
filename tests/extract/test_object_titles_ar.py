"""Issue 9, read from real news on the Gulf summit of 2021: in «التقى الشيخ تميم ولي العهد السعودي» the title
after a name with no title of its own is the verb's object, not an apposition, when the knowledge base gives that
office, that day, to someone else; a title the named man holds stays his. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.shapes import named_relations


@pytest.mark.parametrize(
    ("text", "on", "subject", "guest"),
    [
        ("والتقى الشيخ تميم ولي العهد السعودي في العلا.", "2021-01-05", "Tamim bin Hamad Al Thani",
         "Mohammed bin Salman"),
        ("واستقبل الشيخ تميم بن حمد الرئيس التركي في الدوحة.", "2021-11-26", "Tamim bin Hamad Al Thani",
         "Recep Tayyip Erdoğan"),
    ],
)
def test_a_title_after_a_bare_name_is_the_object_when_another_holds_it(text, on, subject, guest):
    rels = named_relations(text, "ar", on)
    assert (subject, "meets", guest) in rels or (guest, "meets", subject) in rels
    assert not any(s == subject and r == "holds_role_in" for s, r, _ in rels)


def test_a_title_the_named_man_holds_stays_his():
    rels = named_relations("واستقبل الشيخ تميم أمير قطر وزير الخارجية الأمريكي في الدوحة.", "ar", "2021-09-07")
    assert ("Tamim bin Hamad Al Thani", "holds_role_in", "Qatar") in rels
