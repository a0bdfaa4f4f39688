"""Which body a generic name stands for. A knowledge-base body's generic names («المعارضة المسلحة», «الجبهة الشعبية»)
stand for it only in an article that names its home state; elsewhere they name that conflict's own camp. A bare
«الخارجية» is the ministry named before it. Sentences written for the test."""

import pytest

from explorer.extract.pipeline import extract_text


def _by_text(text: str) -> dict[str, tuple[str, str, bool]]:
    ex = extract_text(text, lang="ar", date_="2022-09-01")
    return {m.text: (e.id, e.kind, e.known) for e in ex.entities for m in e.mentions}


@pytest.mark.parametrize(
    "text,words,kb_body",
    [
        ("قالت الحكومة التشادية إنها توصلت إلى تفاهم مع المعارضة المسلحة في الدوحة.", "المعارضة المسلحة",
         "group:syrian-armed-opposition"),
        ("وطالبت الجبهة الشعبية في إقليم أوروميا بانسحاب القوات الحكومية من المدن.", "الجبهة الشعبية", "org:pflp"),
    ],
)
def test_a_generic_name_elsewhere_is_a_camp_of_its_own(text, words, kb_body):
    eid, kind, known = _by_text(text)[words]
    assert eid != kb_body and not known


def test_a_generic_name_in_an_article_on_its_home_is_the_known_body():
    found = _by_text("وقصفت الطائرات الروسية مواقع المعارضة المسلحة في ريف إدلب شمال غربي سوريا.")
    assert found["المعارضة المسلحة"][0] == "group:syrian-armed-opposition"


def test_a_bare_ministry_is_the_ministry_named_before_it():
    # Greece's ministry is not in the knowledge base; Turkey's is, and Turkey is named: the bare one is still Greece's
    text = (
        "أعلنت وزارة الخارجية اليونانية أن الوزير التقى نظيره التركي هاكان فيدان في أنقرة. "
        "وأضافت الخارجية أن الوزيرين بحثا ملف قبرص."
    )
    found = _by_text(text)
    assert found["الخارجية"][0] == found["وزارة الخارجية اليونانية"][0] != "org:mfa-tur"


def test_a_place_short_name_is_the_agreement_whose_sides_the_article_names():
    # «اتفاق الدوحة» is the US–Taliban deal's short name; in an article on Chad a month after Chad's Doha accord, that
    text = "وقال رئيس المجلس العسكري في تشاد إن اتفاق الدوحة يمهد للحوار الوطني."
    ex = extract_text(text, lang="ar", date_="2022-09-01")
    assert {e.id for e in ex.entities if e.kind == "agreement"} == {"agr:doha-chad-2022"}


def test_a_place_short_name_before_its_known_agreement_was_signed_is_an_older_one_there():
    # in 2009 «اتفاق الدوحة» cannot be the deal of 2020; Lebanon's speaker means Lebanon's accord of 2008 signed there,
    # not a Darfur accord signed in Doha the month before whose parties the sentence does not name
    text = "وقال رئيس البرلمان اللبناني نبيه بري إن اتفاق الدوحة أنهى الأزمة في لبنان."
    ex = extract_text(text, lang="ar", date_="2009-03-01")
    assert {e.id for e in ex.entities if e.kind == "agreement"} == {"agr:doha-agreement-lebanon-2008"}
    text = "Lebanese Speaker Nabih Berri said the Doha agreement had ended the crisis."
    ex = extract_text(text, lang="en", date_="2009-03-01")
    assert {e.id for e in ex.entities if e.kind == "agreement"} == {"agr:doha-agreement-lebanon-2008"}


def test_the_party_named_chooses_among_agreements_signed_at_one_place():
    # early 2012: the Fatah–Hamas declaration of Doha was a month old, the Darfur document eight months; the
    # Liberation and Justice Movement signed the second
    text = "وقالت حركة التحرير والعدالة في دارفور إن اتفاق الدوحة يجب أن ينفذ كاملا."
    ex = extract_text(text, lang="ar", date_="2012-03-01")
    assert {e.id for e in ex.entities if e.kind == "agreement"} == {"agr:doha-darfur-2011"}
