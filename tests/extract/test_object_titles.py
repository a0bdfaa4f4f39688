"""A title between two names belongs to the name it introduces (issue 9). «التقى لافروف رئيسَ المجلس الرئاسي
الليبي، محمد المنفي»: Lavrov met al-Menfi, who heads the council; Lavrov does not head it, the two are not a
list, and no subject of an earlier sentence met either of them. Sentences written for these tests."""

from explorer.extract.pipeline import extract_text


def _rels(text: str, lang: str = "ar") -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in extract_text(text, lang=lang, date_="2024-03-05").relations}


def _meets(rels: set, a: str, b: str) -> bool:
    return (a, "meets", b) in rels or (b, "meets", a) in rels


BEFORE = "واستقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأمريكي، أنتوني بلينكن، في القاهرة.\n\n"


def test_the_title_after_a_subject_introduces_the_object_after_a_comma():
    rels = _rels(BEFORE + "والتقى لافروف رئيس المجلس الرئاسي الليبي، محمد المنفي، في موسكو.")
    assert _meets(rels, "person:sergei-lavrov", "person:mohamed-al-menfi")
    assert ("person:mohamed-al-menfi", "holds_role_in", "org:libya-pc") in rels
    assert ("person:sergei-lavrov", "holds_role_in", "org:libya-pc") not in rels
    for earlier in ("person:abdel-fattah-el-sisi", "person:antony-blinken"):
        assert not _meets(rels, earlier, "person:sergei-lavrov")
        assert not _meets(rels, earlier, "person:mohamed-al-menfi")


def test_the_title_introduces_the_object_without_a_comma():
    rels = _rels("واستقبل أردوغان وزير الخارجية الإيراني عباس عراقجي في أنقرة أمس.")
    assert _meets(rels, "person:recep-tayyip-erdogan", "person:abbas-araghchi")
    assert ("person:abbas-araghchi", "holds_role_in", "state:irn") in rels
    assert ("person:recep-tayyip-erdogan", "holds_role_in", "state:irn") not in rels


def test_a_title_in_apposition_with_nothing_named_after_it_stays_the_name_before():
    rels = _rels("وقال مايك بومبيو وزير الخارجية الأمريكي إن واشنطن تدعم وقف إطلاق النار في ليبيا.")
    assert ("person:mike-pompeo", "holds_role_in", "state:usa") in rels


def test_the_army_commander_of_a_state_is_the_one_met_not_the_state():
    rels = _rels("والتقى الرئيس المصري عبد الفتاح السيسي قائد الجيش الليبي، خليفة حفتر، في القاهرة.")
    assert _meets(rels, "person:abdel-fattah-el-sisi", "person:khalifa-haftar")
    assert not _meets(rels, "person:abdel-fattah-el-sisi", "state:lby")
    rels = _rels("Abdel Fattah el-Sisi met the commander of the Libyan army, Khalifa Haftar, in Cairo.", "en")
    assert _meets(rels, "person:abdel-fattah-el-sisi", "person:khalifa-haftar")
    assert not _meets(rels, "person:abdel-fattah-el-sisi", "state:lby")


def test_the_head_of_a_body_named_after_the_title_is_the_one_met_not_the_body():
    rels = _rels("Sergei Lavrov met the head of the Presidential Council, Mohamed al-Menfi, in Moscow.", "en")
    assert _meets(rels, "person:sergei-lavrov", "person:mohamed-al-menfi")
    assert not any(r[1] == "meets" and r[2].startswith("org:") for r in rels)
