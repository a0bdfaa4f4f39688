"""Arabic: "their support" («دعمهم», «دعمهما») is never the one man named before: a plural or dual pronoun on a
verbal noun does not take a single person as its agent («شكر الرئيس قادة المنطقة على دعمهم للجيش»: the leaders
back the army, not the president). Sentences written for these tests."""

from explorer.extract.pipeline import extract_text


def _rels(text: str) -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in extract_text(text, lang="ar", date_="2024-06-04").relations}


def test_their_support_is_not_the_speakers() -> None:
    rels = _rels('وقال الرئيس الصومالي حسن شيخ محمود: "أشكر زعماء الدول المجاورة على دعمهم للجيش الوطني الصومالي".')
    assert ("person:hassan-sheikh-mohamud", "supports", "org:somali-national-army") not in rels


def test_his_support_is_still_his() -> None:
    rels = _rels("وجدد الرئيس الصومالي حسن شيخ محمود دعمه للجيش الوطني الصومالي.")
    assert ("person:hassan-sheikh-mohamud", "supports", "org:somali-national-army") in rels
