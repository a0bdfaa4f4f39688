"""Who states what, session 44: wire verbs of saying that were missing ("cautioned", "maintained that",
"lamented", …), and an Arabic capital after «مع» on ties or talks («تطبيع العلاقات مع أنقرة», «المفاوضات مع موسكو») is
the state across them, so a statement about those ties is about that state. Sentences written for these tests."""

import pytest

from tests.extract.shapes import named_relations


def _states(text: str, lang: str, date: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in named_relations(text, lang, date) if t == "states"}


SAYING_VERBS = [
    ("Kenyan President William Ruto spoke to troops in Garissa on Monday. He cautioned that al-Shabaab was "
     "regrouping near the border.", ("William Ruto", "al-Shabaab"), "2023-06-05"),
    ("Armenian Prime Minister Nikol Pashinyan maintained that Azerbaijan still held positions inside Armenian "
     "territory.", ("Nikol Pashinyan", "Azerbaijan"), "2023-03-14"),
    ("Lebanese Prime Minister Najib Mikati lamented that Israel had kept its troops in five hilltop positions.",
     ("Najib Mikati", "Israel"), "2025-02-20"),
]


@pytest.mark.parametrize(("text", "want", "date"), SAYING_VERBS)
def test_a_wire_verb_of_saying_makes_a_statement(text, want, date):
    states = _states(text, "en", date)
    assert want in states, states


TIES_WITH_CAPITAL = [
    ("وقال وزير الخارجية المصري سامح شكري إن المحادثات مع أنقرة بلغت مرحلة متقدمة.", ("Sameh Shoukry", "Turkey"),
     "2023-04-13"),
    ("وقالت الإمارات إن تطبيع العلاقات مع أنقرة يسير بخطى ثابتة.", ("United Arab Emirates", "Turkey"), "2022-02-02"),
]


@pytest.mark.parametrize(("text", "want", "date"), TIES_WITH_CAPITAL)
def test_a_capital_across_ties_or_talks_is_the_state_spoken_of(text, want, date):
    states = _states(text, "ar", date)
    assert want in states, states


def test_a_capital_one_works_with_stays_out_of_the_statement():
    text = "وأكد الرئيس التركي رجب طيب أردوغان أن أنقرة ستعمل مع موسكو على إعادة اللاجئين إلى بلادهم."
    states = _states(text, "ar", "2019-10-23")
    assert not any(o == "Russia" for _, o in states), states
