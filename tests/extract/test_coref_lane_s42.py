"""Ends of a relation named before the sentence (issue 9), session 42. Sentences written for these tests."""

from explorer.extract.pipeline import extract_text


def _rels(text: str, lang: str, day: str) -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in extract_text(text, lang=lang, date_=day).relations}


def test_he_inside_a_quotation_is_not_the_one_who_speaks_it():
    """'"He agreed. …," the minister said': "he" is someone the speaker talks about, never the speaker."""
    text = (
        "Kenyan Foreign Minister Alfred Mutua told the BBC that Debretsion Gebremichael had agreed to a truce with "
        'Ethiopia before the talks collapsed. "He agreed. Yes, the Tigrayan side agreed," Foreign Minister Mutua said.'
    )
    rels = _rels(text, "en", "2022-11-12")
    assert ("person:debretsion-gebremichael", "agrees_with", "agr:pretoria-agreement-2022") in rels
    assert ("person:alfred-mutua", "agrees_with", "agr:pretoria-agreement-2022") not in rels


def test_a_third_person_verb_inside_a_quotation_has_not_the_speaker_for_subject():
    """«وأضاف X: "كل عشيرة … وتقاتل معه ضد …"»: the verb's subject is in the quotation, not the speaker."""
    text = (
        "اتهم الرئيس الصومالي حسن شيخ محمود حركة الشباب بقتل المدنيين في مقديشو. وأضاف شيخ محمود: "
        '"كل عشيرة في البلاد تدعم جيشها وتقاتل معه ضد حركة الشباب".'
    )
    rels = _rels(text, "ar", "2022-09-10")
    assert ("person:hassan-sheikh-mohamud", "opposes", "group:al-shabaab") in rels
    assert ("person:hassan-sheikh-mohamud", "fights", "group:al-shabaab") not in rels


def test_the_title_that_speaks_a_quotation_is_not_a_holder_named_inside_it():
    """'"… with President Putin. Russia supports it," the president said': the president named before the
    quotation speaks, not the one it names."""
    text = (
        "Azerbaijani President Ilham Aliyev said on Monday that Baku was ready to sign the treaty. "
        '"I discussed the text with President Putin last week. Russia supports it," the president said.'
    )
    rels = _rels(text, "en", "2024-05-20")
    assert ("person:ilham-aliyev", "states", "state:rus") in rels
    assert ("person:vladimir-putin", "states", "state:rus") not in rels
