"""Issue 9, read from real Arabic news: foreign ministers whose portfolio is joined by «و» (Jordan's «وزير الخارجية
وشؤون المغتربين», Egypt's «وزير الخارجية والهجرة وشؤون المصريين بالخارج») are one title, not a title and a person
named after the rest; a demonym inside the title names the minister's state. Sentences written for these tests."""

from __future__ import annotations

from explorer.extract.pipeline import extract_text


def _read(text: str, on: str):
    ex = extract_text(text, lang="ar", date_=on)
    names = {e.id: e.name for e in ex.entities}
    people = {e.name for e in ex.entities if e.kind == "person"}
    return people, {(names[r.source], r.type, names[r.target]) for r in ex.relations}


def test_a_portfolio_joined_by_and_is_part_of_the_title():
    people, rels = _read(
        "أجرى وزير الخارجية وشؤون المغتربين الأردني أيمن الصفدي اتصالا هاتفيا مع نظيره المصري بدر عبد العاطي.",
        "2024-09-02",
    )
    assert people == {"Ayman Safadi", "Badr Abdelatty"}  # (before: a person called «وشؤون المغتربين»)
    assert ("Ayman Safadi", "holds_role_in", "Jordan") in rels
    assert ("Ayman Safadi", "phones", "Badr Abdelatty") in rels


def test_the_demonym_inside_a_long_title_names_the_ministers_state():
    people, rels = _read(
        "التقى وزير الخارجية والهجرة وشؤون المصريين بالخارج بدر عبد العاطي نظيره السعودي في الرياض.", "2024-09-02"
    )
    assert ("Badr Abdelatty", "holds_role_in", "Egypt") in rels
    assert ("Badr Abdelatty", "meets", "Faisal bin Farhan") in rels


def test_a_deputy_prime_minister_and_foreign_minister_is_one_person():
    people, rels = _read(
        "أجرى نائب رئيس الوزراء ووزير الخارجية وشؤون المغتربين أيمن الصفدي اليوم اتصالا هاتفيا مع وزير الخارجية "
        "التركي هاكان فيدان.",
        "2025-09-13",
    )
    assert people == {"Ayman Safadi", "Hakan Fidan"}
    assert ("Ayman Safadi", "phones", "Hakan Fidan") in rels
