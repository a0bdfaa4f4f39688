"""Who states what, session 46: a body named with "of" and the list of states it is made of speaks as itself,
not as its members ("The Quartet of A, B, C and D said …"); "voiced doubts" (hope, regret …) and "echoed" report
what a speaker says, and Arabic «أثنى على» (praised) is a statement about whom it praises; praise is about every
state of the list it names (past a relative clause on the praised efforts), not the speaker's own. Sentences written
for these tests."""

import pytest

from tests.extract.shapes import named_relations


def _states(text: str, lang: str, date: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in named_relations(text, lang, date) if t == "states"}


def test_a_body_of_listed_states_is_the_speaker_not_its_members():
    text = ("The Quartet of the United States, Russia, the European Union and the United Nations said on Friday that "
            "Israel must halt settlement building.")
    states = _states(text, "en", "2011-09-23")
    assert ("Quartet", "Israel") in states, states
    assert not {s for s, _ in states} & {"United States", "Russia", "European Union", "United Nations"}, states


def test_a_body_of_listed_states_past_an_apposition_voices_doubts():
    text = ("The Arab Quartet of Saudi Arabia, the UAE, Bahrain and Egypt, which cut ties in June, has voiced doubts "
            "about Doha's pledge to stop funding Hamas.")
    states = _states(text, "en", "2017-07-20")
    assert ("Anti-Terror Quartet", "Qatar") in states, states
    assert ("Bahrain", "Qatar") not in states, states


ECHOED_OR_VOICED = [
    ("Nicholas Haysom, who leads UNMISS, echoed the calls for an end to the war in Sudan.",
     ("Nicholas Haysom", "Sudan"), "2023-04-20"),
    ("The African Union has voiced doubts about al-Shabaab's pledge to release the hostages.",
     ("African Union", "al-Shabaab"), "2020-11-10"),
]


@pytest.mark.parametrize(("text", "want", "date"), ECHOED_OR_VOICED)
def test_echoed_and_voiced_report_a_statement(text, want, date):
    states = _states(text, "en", date)
    assert want in states, states


def test_arabic_praise_verb_athna_is_a_statement_on_whom_it_praises():
    text = "وأثنى وزير الخارجية الأردني أيمن الصفدي على الدور الذي قامت به مصر لوقف القتال."
    states = _states(text, "ar", "2021-05-22")
    assert ("Ayman Safadi", "Egypt") in states, states


PRAISED_LISTS = [
    ("Kenyan President William Ruto thanked Ethiopia and Uganda for their help in the talks.", "en", "2023-07-11",
     {("William Ruto", "Ethiopia"), ("William Ruto", "Uganda")}),
    ("وأشاد وزير الخارجية التونسي بالجهود التي بذلتها الجزائر والمغرب لإنهاء الأزمة.", "ar", "2019-03-02",
     {("Khemaies Jhinaoui", "Algeria"), ("Khemaies Jhinaoui", "Morocco")}),
    ("وثمنت الرئاسة الكينية الدور الذي أدته إثيوبيا وأوغندا في وقف القتال.", "ar", "2023-07-11",
     {("Kenyan Presidency", "Ethiopia"), ("Kenyan Presidency", "Uganda")}),
]


@pytest.mark.parametrize(("text", "lang", "date", "want"), PRAISED_LISTS)
def test_praise_is_about_every_state_of_the_list_it_names(text, lang, date, want):
    states = _states(text, lang, date)
    assert want <= states, states


def test_praise_is_not_about_the_speakers_own_state():
    text = "Ugandan President Yoweri Museveni praised Uganda and Kenya for their patience during the talks."
    states = _states(text, "en", "2023-07-11")
    assert ("Yoweri Museveni", "Kenya") in states, states
    assert ("Yoweri Museveni", "Uganda") not in states, states


def test_praise_past_the_ministrys_full_name_its_state_and_a_statement_medium():
    text = ("رحبت دولة قطر بتوقيع الطرفين على اتفاق الهدنة. وثمنت وزارة الخارجية والتعاون الدولي بدولة قطر في بيان "
            "الدور الذي أدته مصر وتركيا لوقف القتال.")
    states = _states(text, "ar", "2021-05-22")
    assert {("Qatari Foreign Ministry", "Egypt"), ("Qatari Foreign Ministry", "Turkey")} <= states, states
    assert ("Qatari Foreign Ministry", "Qatar") not in states, states
