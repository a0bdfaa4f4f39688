"""The lead's constructions of session 45. Sentences written for these tests."""

from tests.extract.shapes import named_relations as _rels


def test_an_operation_backed_by_is_the_clause_subjects():
    """What a participle after a military operation backs is the operation's side (the clause's subject), never the
    enemy named before it."""
    text = ("Since January the Somali army and clan fighters have pushed al-Shabaab out of several towns in an "
            "offensive backed by American drones.")
    rels = _rels(text, "en", "2023-02-10")
    assert ("United States", "supports", "al-Shabaab") not in rels, rels
    assert ("United States", "supports", "Somali National Army") in rels, rels
