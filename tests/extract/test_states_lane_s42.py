"""Who speaks, and of whom: a pronoun after "what" or after a closing quotation is the statement verb's subject
(not the name before it), and a speaker on talks between his own side and another speaks of the other."""

from tests.extract.shapes import named_relations


def _states(text: str, lang: str, date: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in named_relations(text, lang, date) if t == "states"}


def test_the_pronoun_after_what_speaks_not_the_body_named_before_it():
    text = "Somalia urged the African Union to reject what it said was Ethiopia's violation of Somali sovereignty."
    states = _states(text, "en", "2024-01-10")
    assert ("African Union", "Ethiopia") not in states, states


def test_the_pronoun_after_a_closing_quotation_speaks_not_a_body_quoted_in_it():
    text = (
        "Serbia's foreign ministry issued a statement on Tuesday. \"Belgrade will never accept the decision of "
        'Kosovo to ban the dinar, and the European Union must react," it said.'
    )
    states = _states(text, "en", "2024-02-06")
    assert not any(s == "European Union" for s, _ in states), states


def test_a_speaker_on_talks_between_his_side_and_another_speaks_of_the_other():
    text = (
        "Eritrea's information minister Yemane Gebremeskel said the talks between Eritrea and Ethiopia in Asmara "
        "had been warm."
    )
    states = _states(text, "en", "2018-07-09")
    assert ("Yemane Gebremeskel", "Ethiopia") in states, states
    ar = "وقال المتحدث باسم وزارة الخارجية الإيرانية سعيد خطيب زاده إن المحادثات بين إيران والسعودية كانت ودية."
    assert ("Saeed Khatibzadeh", "Saudi Arabia") in _states(ar, "ar", "2021-10-04")


def test_names_inside_a_fronted_phrase_do_not_speak_for_the_subject_after_its_comma():
    text = (
        "Concerning a plan to have the Arab League, the United Nations and the European Union monitor the "
        "border, the Libyan envoy said Tunis had not replied."
    )
    states = _states(text, "en", "2019-03-02")
    assert not any(s in ("Arab League", "United Nations", "European Union") for s, _ in states), states
    call = "In a call with Recep Tayyip Erdogan, the Iraqi premier said the PKK must leave Sinjar."
    assert not any(s == "Recep Tayyip Erdoğan" for s, _ in _states(call, "en", "2019-03-02"))
