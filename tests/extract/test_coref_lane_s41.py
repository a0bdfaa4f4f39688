"""Ends of a relation named before the sentence (issue 9), session 41. Sentences written for these tests."""

from explorer.extract.pipeline import extract_text


def _rels(text: str, lang: str, day: str = "2025-01-08") -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in extract_text(text, lang=lang, date_=day).relations}


def test_a_speech_verb_after_but_goes_on_with_the_person_he_stands_for():
    """ "He said the group … but warned that X …": the one "he" stands for warns, not the group he spoke of."""
    text = (
        "Houthi negotiator Mohammed Abdulsalam spoke to reporters in Muscat on Tuesday. He said the group remained "
        "committed to the truce but warned that Saudi Arabia was still blocking fuel ships bound for Hodeidah."
    )
    rels = _rels(text, "en", "2022-06-01")
    assert ("person:mohammed-abdulsalam", "states", "state:sau") in rels
    assert ("group:houthis", "states", "state:sau") not in rels


def test_after_a_talks_noun_the_subject_goes_on_past_but_not_its_object():
    """ "X have been holding peace talks with Y … but refuse to recognise Z": X refuses, not Y."""
    text = (
        "The Taliban have been holding peace talks with the United States for nearly a year but refuse to "
        "recognise the Afghan government in Kabul."
    )
    rels = _rels(text, "en", "2019-08-20")
    assert ("group:taliban", "opposes", "state:afg") in rels
    assert ("state:usa", "opposes", "state:afg") not in rels


def test_a_role_denied_in_an_attack_is_no_fight():
    """ "The movement denied any role in the attack on X": the one who denies is not said to have attacked."""
    text = (
        "Hezbollah fired drones at an Israeli position on Sunday. Two days later the movement denied any role in "
        "the attack on the Irish peacekeepers of UNIFIL near Bint Jbeil."
    )
    fights = {r for r in _rels(text, "en", "2024-12-20") if r[1] == "fights"}
    assert fights == {("group:hezbollah", "fights", "state:isr")}
    arabic = "ونفت حركة الشباب أي علاقة لها بالهجوم على قافلة بعثة الاتحاد الأفريقي قرب مقديشو."
    assert not {r for r in _rels(arabic, "ar", "2021-05-02") if r[1] == "fights"}


def test_an_agreement_before_and_is_the_object_of_the_verb_before_not_the_subject_of_the_next():
    """ "X urged both sides to keep the ceasefire and met with the two delegations": X met the two sides."""
    text = (
        "Delegations of the Colombian government and the ELN opened a new round in Caracas on Monday. Venezuelan "
        "Foreign Minister Yvan Gil urged both sides to keep the ceasefire and met with the two delegations."
    )
    met = {r for r in _rels(text, "en", "2023-11-20") if r[1] == "meets"}
    assert {r[2] for r in met} >= {"state:col", "group:eln"}


def test_its_ministry_is_the_ministry_of_the_state_that_opens_the_sentence_before():
    """ "Russia criticised the declaration … signed by A and B. Its foreign ministry said …": Russia's ministry
    speaks, not A's or B's, and not nobody."""
    text = (
        "Russia criticised the Washington declaration signed by Armenia and Azerbaijan on Friday. Its foreign "
        "ministry said the accord ignored the interests of the South Caucasus."
    )
    assert ("org:mfa-rus", "states", "agr:washington-armenia-azerbaijan-2025") in _rels(text, "en", "2025-08-10")
