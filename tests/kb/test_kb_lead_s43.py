"""Knowledge-base spellings added in session 43. Sentences written for these tests."""

from tests.extract.shapes import named_relations


def test_armenian_family_names_in_ian_are_the_yan_spellings():
    rels = named_relations("Pashinian and Aliyev accused each other of violating the ceasefire.", "en", "2022-11-15")
    assert ("Nikol Pashinyan", "opposes", "Ilham Aliyev") in rels
    rels = named_relations("Foreign Minister Ararat Mirzoian met Jeyhun Bayramov in Almaty.", "en", "2024-05-10")
    assert ("Ararat Mirzoyan", "meets", "Jeyhun Bayramov") in rels
