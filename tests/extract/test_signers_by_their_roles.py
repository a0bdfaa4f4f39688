"""Issue 9: the people who sign name the sides they lead. "The deal was signed in Doha by Zalmay Khalilzad and
Mullah Abdul Ghani Baradar" is the US–Taliban agreement (Baradar is the Taliban's deputy leader), not the
US–Afghan declaration of the same day in Kabul. Sentences written for these tests (news style)."""

from __future__ import annotations

import pytest

from tests.extract.shapes import named_relations


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The deal was signed in Doha by Zalmay Khalilzad and Mullah Abdul Ghani Baradar."),
        ("ar", "ووقع زلماي خليل زاد والملا عبد الغني برادر الاتفاق في الدوحة."),
    ],
)
def test_signers_name_the_sides_they_lead(lang, text):
    rels = named_relations(text, lang, "2020-02-29")
    assert ("Abdul Ghani Baradar", "agrees_with", "Doha Agreement") in rels
    assert not any("Joint Declaration" in t for _, _, t in rels)
