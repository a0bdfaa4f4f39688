"""Arabic titles listed in a delegation: a title whose office is held for a region («رئيس الحركة في الخارج»)
reaches the name after the region; a courtesy word («المهندس») stands between a title and its name; a member's
title opening the next item of a list («، وعضو المكتب السياسي …») with no name after it is someone new, not the
person named before. Sentences of our own (Gaza, Yemen)."""

import pytest

from explorer.extract.pipeline import extract_text
from tests.extract.shapes import check_relations

ROWS = [
    (
        "وحضر الاجتماع عن حركة حماس نائب رئيس الحركة خليل الحية، ورئيس الحركة في الخارج خالد مشعل.",
        [("person:khaled-meshaal", "holds_role_in", "group:hamas")],
        [],
    ),
    (
        "وأكد عضو مجلس القيادة الرئاسي اليمني المهندس فرج البحسني أن الحكومة ستواصل دعم جهود السلام.",
        [("person:*", "member_of", "org:plc-yemen")],
        [],
    ),
    (
        "وضم وفد حركة الجهاد الإسلامي نائب الأمين العام للحركة محمد الهندي، "
        "وعضو المكتب السياسي للحركة القادم من بيروت.",
        [],
        [("*", "member_of", "*")],
    ),
]


@pytest.mark.parametrize("text,wanted,unwanted", ROWS, ids=[f"ar-{n}" for n in range(len(ROWS))])
def test_listed_titles_ar(text, wanted, unwanted):
    check_relations(extract_text(text, lang="ar", date_="2023-05-10").relations, wanted, unwanted)
