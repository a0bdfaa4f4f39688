"""Issue 9, read from real news on the Gulf summit of 2021: "Prince Faisal", «الأمير فيصل», "Sheikh Tamim" after
the man's full name are that man (Gulf royals are called by title and given name), and a given name two men share
names neither. Sentences written for these tests (news style)."""

from __future__ import annotations

import pytest

from tests.extract.shapes import named_relations


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Faisal bin Farhan arrived in AlUla on Monday. Prince Faisal said the AlUla Declaration ended it."),
        ("ar", "وصل الأمير فيصل بن فرحان إلى العلا. وقال الأمير فيصل إن إعلان العلا أنهى الخلاف."),
    ],
)
def test_title_and_given_name_after_the_full_name(lang, text):
    assert ("Faisal bin Farhan", "states", "Al-Ula Declaration") in named_relations(text, lang, "2021-01-05")


def test_a_given_name_two_men_share_names_neither():
    text = ("Mohammed bin Salman met Mohamed bin Zayed in Riyadh. Sheikh Mohammed later said the AlUla Declaration "
            "ended the rift.")
    rels = named_relations(text, "en", "2021-01-05")
    assert not any(r == "states" for _, r, _ in rels)
