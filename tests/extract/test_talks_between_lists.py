"""Issue 9, read from real news on the Nile dam talks: "talks between A, B and C" are talks of every two of them,
and talks named as what a stance verb backs keep their sides when an adjective comes between the noun and
"between" («المفاوضات الجارية بين»). Sentences written for these tests (news style)."""

from __future__ import annotations

import pytest

from explorer.extract.pipeline import extract_text


def _talks(lang: str, text: str, on: str = "2020-02-12") -> set[frozenset]:
    ex = extract_text(text, lang=lang, date_=on)
    names = {e.id: e.name for e in ex.entities}
    return {frozenset((names[r.source], names[r.target])) for r in ex.relations if r.type == "negotiates_with"}


def _pairs(*names: str) -> set[frozenset]:
    return {frozenset((a, b)) for n, a in enumerate(names) for b in names[n + 1 :]}


@pytest.mark.parametrize(
    ("lang", "text", "sides"),
    [
        ("en", "The negotiations between Egypt, Ethiopia and Sudan resumed in Washington on Wednesday.",
         ("Egypt", "Ethiopia", "Sudan")),
        ("en", "The talks between Russia, Turkey and Iran opened in Astana on Monday.", ("Russia", "Turkey", "Iran")),
        ("ar", "واستؤنفت المفاوضات بين مصر وإثيوبيا والسودان في واشنطن الأربعاء.", ("Egypt", "Ethiopia", "Sudan")),
        ("ar", "وانطلقت في أستانا المحادثات بين روسيا وتركيا وإيران.", ("Russia", "Turkey", "Iran")),
    ],
)
def test_talks_between_three_are_talks_of_every_two(lang, text, sides):
    assert _pairs(*sides) <= _talks(lang, text)


@pytest.mark.parametrize(
    ("lang", "text", "sides"),
    [
        ("ar", "وقال البيت الأبيض إن الرئيس يدعم المفاوضات الجارية بين مصر وإثيوبيا للتوصل إلى اتفاق.",
         ("Egypt", "Ethiopia")),
        ("ar", "وأعربت قطر عن دعمها للمحادثات المباشرة بين أرمينيا وأذربيجان.", ("Armenia", "Azerbaijan")),
        ("ar", "وأكد الاتحاد الأفريقي دعمه للمفاوضات الجارية بين الحكومة الإثيوبية وجبهة تحرير تيغراي.",
         ("Ethiopia", "Tigray People's Liberation Front")),
    ],
)
def test_backed_talks_keep_their_sides_past_an_adjective(lang, text, sides):
    talks = _talks(lang, text, "2022-10-20")
    assert talks == _pairs(*sides)  # the backer holds no talks


def test_two_sides_are_not_a_list_of_three():
    text = "Talks between Egypt, Sudan and the African Union on one side and Ethiopia on the other stalled."
    talks = _talks("en", text)
    assert frozenset(("Egypt", "Sudan")) not in talks
