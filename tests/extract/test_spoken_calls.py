"""How news says two leaders spoke by phone (issue 9, "calls → phones"): the one spoken TO before "by phone"
("spoke to Iran's Amir-Abdollahian by phone", past a possessive owner), and Arabic «بحث X مع Y هاتفياً», a
discussion held by phone (gold: phones; the talks during the call are optional). Sentences written for these
tests."""

import pytest

from explorer.extract.pipeline import extract_text


def _rels(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in extract_text(text, lang=lang, date_="2023-06-03").relations}


@pytest.mark.parametrize(
    "text, a, b",
    [
        ("Blinken spoke to Lavrov by phone on Monday.", "person:antony-blinken", "person:sergei-lavrov"),
        ("Qatar's foreign minister spoke to Iran's Hossein Amir-Abdollahian by phone.",
         "person:mohammed-bin-abdulrahman-al-thani", "person:hossein-amir-abdollahian"),
        ("Kenyan President William Ruto talked to Abiy Ahmed over the phone about the Tigray truce.",
         "person:william-ruto", "person:abiy-ahmed"),
        ("Erdogan told Russia's Vladimir Putin in a phone call that the grain corridor must stay open.",
         "person:recep-tayyip-erdogan", "person:vladimir-putin"),
    ],
)
def test_spoken_to_by_phone_en(text: str, a: str, b: str) -> None:
    rels = _rels(text, "en")
    assert (a, "phones", b) in rels or (b, "phones", a) in rels


@pytest.mark.parametrize(
    "text, a, b",
    [
        ("وبحث الرئيس الكيني وليام روتو مع الرئيس المصري عبد الفتاح السيسي هاتفياً الأزمة في السودان.",
         "person:william-ruto", "person:abdel-fattah-el-sisi"),
        ("وناقش وزير الخارجية التركي هاكان فيدان مع نظيره الأوكراني دميترو كوليبا هاتفيا ملف الحبوب.",
         "person:hakan-fidan", "person:dmytro-kuleba"),
        ("وبحث الرئيس التركي رجب طيب أردوغان مع نظيره الروسي فلاديمير بوتين، في اتصال هاتفي، الأوضاع في سوريا.",
         "person:recep-tayyip-erdogan", "person:vladimir-putin"),
        ("وأبلغ ماكرون نظيره الأمريكي جو بايدن، في اتصال هاتفي، أن فرنسا ستواصل دعم أوكرانيا.",
         "person:emmanuel-macron", "person:joe-biden"),
    ],
)
def test_discussed_with_by_phone_ar(text: str, a: str, b: str) -> None:
    rels = _rels(text, "ar")
    assert (a, "phones", b) in rels or (b, "phones", a) in rels


def test_a_call_word_after_a_named_object_is_no_call_between_others() -> None:
    rels = _rels("Blinken spoke to reporters about Lavrov by phone from Washington.", "en")
    assert not any(t == "phones" for _, t, _ in rels)
