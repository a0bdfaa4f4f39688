"""Issue 9: a body "led by" or «بقيادة» a ranked commander ("Gen.", "Field Marshal", «الفريق أول») is led by the man
named after the rank, and an English rank of two capitalized words is no person of its own. Sentences written for
these tests (news style)."""

from __future__ import annotations

import pytest

from explorer.extract.pipeline import extract_text


@pytest.mark.parametrize(
    ("lang", "text", "leader", "body"),
    [
        ("en", "The Sudanese paramilitary Rapid Support Forces, led by Gen. Mohamed Hamdan Dagalo, shelled El Fasher.",
         "person:mohamed-hamdan-dagalo", "group:rsf"),
        ("ar", "وقصفت قوات الدعم السريع بقيادة الفريق أول محمد حمدان دقلو مدينة الفاشر.",
         "person:mohamed-hamdan-dagalo", "group:rsf"),
        ("en", "The Libyan National Army, commanded by Field Marshal Khalifa Haftar, took Sirte in 2020.",
         "person:khalifa-haftar", "group:lna"),
    ],
)
def test_the_commander_after_a_rank_leads_the_body(lang, text, leader, body):
    ex = extract_text(text, lang=lang, date_="2023-06-10")
    assert (leader, "holds_role_in", body) in {(r.source, r.type, r.target) for r in ex.relations}


def test_a_two_word_rank_is_no_person():
    ex = extract_text("The Libyan National Army, commanded by Field Marshal Khalifa Haftar, took Sirte.", lang="en",
                      date_="2023-06-10")
    assert [e.name for e in ex.entities if e.kind == "person"] == ["Khalifa Haftar"]
